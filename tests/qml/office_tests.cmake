# The office desks' tests (included from tests/qml/CMakeLists.txt when the office is
# built): Qt Quick Tests of every desk and dialog against a real in-process server, and
# the office models' unit tests.
qt_add_executable(office_qml_tests office_test_main.cpp)
target_link_libraries(office_qml_tests PRIVATE fieldledger_office_lib fieldledger_office_libplugin
                                               fieldledger_app_lib fieldledger_app_libplugin
                                               fieldledger_server_lib Qt6::QuickTest GTest::gtest
                                               fieldledger_warnings)
target_include_directories(office_qml_tests PRIVATE "${PROJECT_SOURCE_DIR}/tests/unit/server")
add_test(NAME office_qml COMMAND office_qml_tests -input "${CMAKE_CURRENT_SOURCE_DIR}/office_qml")
set_tests_properties(office_qml PROPERTIES LABELS qml TIMEOUT 180
                     ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_QUICK_CONTROLS_STYLE=Material")

qt_add_executable(office_model_tests app_test_main.cpp office_board_test.cpp)
target_link_libraries(office_model_tests PRIVATE fieldledger_office_lib Qt6::Test GTest::gtest
                                                 fieldledger_warnings)
gtest_discover_tests(office_model_tests PROPERTIES LABELS unit TIMEOUT 60
                     ENVIRONMENT "QT_QPA_PLATFORM=offscreen" DISCOVERY_TIMEOUT 30)
