# The call-back desk's tests (included from tests/qml/CMakeLists.txt with the office):
# the Qt Quick Test of the desk against a real in-process server on a clock the test
# moves, and the desk's model under QAbstractItemModelTester.
qt_add_executable(callback_desk_tests callback_test_main.cpp callback_live_server.h)
target_link_libraries(callback_desk_tests PRIVATE fieldledger_office_lib fieldledger_office_libplugin
                                                  fieldledger_app_lib fieldledger_app_libplugin
                                                  fieldledger_server_lib Qt6::QuickTest GTest::gtest
                                                  fieldledger_warnings)
target_include_directories(callback_desk_tests PRIVATE "${PROJECT_SOURCE_DIR}/tests/unit/server")
# The file is named without the tst_ prefix on purpose: qml_pages runs every tst_*.qml
# under tests/qml, and this one needs its own runner (the server and clock above).
add_test(NAME callback_desk_qml COMMAND callback_desk_tests -input
         "${CMAKE_CURRENT_SOURCE_DIR}/callback_qml/callback_desk_test.qml")
set_tests_properties(callback_desk_qml PROPERTIES LABELS qml TIMEOUT 180
                     ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_QUICK_CONTROLS_STYLE=Material")

qt_add_executable(callback_model_tests callback_queue_model_test.cpp)
target_link_libraries(callback_model_tests PRIVATE fieldledger_office_lib Qt6::Test GTest::gtest
                                                   fieldledger_warnings)
gtest_discover_tests(callback_model_tests PROPERTIES LABELS unit TIMEOUT 60
                     ENVIRONMENT "QT_QPA_PLATFORM=offscreen" DISCOVERY_TIMEOUT 30)

# Not a test: renders the desk to PNG under Xvfb (see the file's header).
qt_add_executable(callback_screenshots callback_screenshots.cpp callback_live_server.h)
target_link_libraries(callback_screenshots PRIVATE fieldledger_office_lib fieldledger_office_libplugin
                                                   fieldledger_app_lib fieldledger_app_libplugin
                                                   fieldledger_server_lib fieldledger_warnings)
target_include_directories(callback_screenshots PRIVATE "${PROJECT_SOURCE_DIR}/tests/unit/server")

# End to end: phone (device core) -> server -> the desk's controller -> the scorecard.
qt_add_executable(callback_e2e_tests callback_e2e_test.cpp callback_live_server.h)
target_link_libraries(callback_e2e_tests PRIVATE fieldledger_office_lib fieldledger_app_lib
                                                 fieldledger_device_core fieldledger_server_lib
                                                 GTest::gtest fieldledger_warnings)
target_include_directories(callback_e2e_tests PRIVATE "${PROJECT_SOURCE_DIR}/tests/unit/server")
add_test(NAME callback_e2e COMMAND callback_e2e_tests)
set_tests_properties(callback_e2e PROPERTIES LABELS e2e TIMEOUT 120
                     ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
