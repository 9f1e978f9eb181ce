# The office desks' tests (included from tests/qml/CMakeLists.txt when the office is
# built): Qt Quick Tests of every desk and dialog against a real in-process server, and
# the office models' unit tests.
qt_add_executable(office_qml_tests office_test_main.cpp)
target_link_libraries(office_qml_tests PRIVATE fieldledger_office_lib fieldledger_office_libplugin
                                               fieldledger_app_lib fieldledger_app_libplugin
                                               fieldledger_server_lib Qt6::QuickTest GTest::gtest
                                               fieldledger_warnings)
target_include_directories(office_qml_tests PRIVATE "${PROJECT_SOURCE_DIR}/tests/unit/server")
# The QML files live in tests/office_qml, outside tests/qml: qml_pages reads tests/qml
# recursively and has no FieldLedger.Office module.
add_test(NAME office_qml COMMAND office_qml_tests -input "${PROJECT_SOURCE_DIR}/tests/office_qml")
set_tests_properties(office_qml PROPERTIES LABELS qml TIMEOUT 180
                     ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_QUICK_CONTROLS_STYLE=Material")
# The same every-QML-file check as qml_pages' tst_every_qml_file.qml, over the app and
# the office modules together (this runner links both).
add_test(NAME office_every_qml_file
         COMMAND office_qml_tests -input "${PROJECT_SOURCE_DIR}/tests/qml/app_qml/tst_every_qml_file.qml")
set_tests_properties(office_every_qml_file PROPERTIES LABELS qml TIMEOUT 120
                     ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_QUICK_CONTROLS_STYLE=Material")

qt_add_executable(office_model_tests app_test_main.cpp office_board_test.cpp
                                     office_board_live_test.cpp)
# The server library too: the live test restarts a real server in-process.
target_link_libraries(office_model_tests PRIVATE fieldledger_office_lib fieldledger_server_lib
                                                 Qt6::Test GTest::gtest fieldledger_warnings)
target_include_directories(office_model_tests PRIVATE "${PROJECT_SOURCE_DIR}/tests/unit/server")
gtest_discover_tests(office_model_tests PROPERTIES LABELS unit TIMEOUT 60
                     ENVIRONMENT "QT_QPA_PLATFORM=offscreen" DISCOVERY_TIMEOUT 30)

# Every office view and dialog rendered to PNG at 1366x768 and 1920x1080 in both
# languages (build/screenshots-office) under a virtual X server against a demo server:
# fails if any screen cannot be reached or saved.
add_test(NAME office_screenshots
         COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/screenshots-office.sh"
                 "${CMAKE_BINARY_DIR}/screenshots-office")
set_tests_properties(office_screenshots PROPERTIES LABELS qml TIMEOUT 300
                     ENVIRONMENT "FIELDLEDGER_BUILD_DIR=${CMAKE_BINARY_DIR}")
