# The manager desk's tests (included from tests/qml/CMakeLists.txt when the office is
# built): a Qt Quick Test of the desk against a real in-process server with a month of
# known work (manager_live_server.h), the desk's models and exports under gtest, and the
# screenshot tour scripts/screenshots-manager.sh runs against the demo server.
qt_add_executable(manager_qml_tests manager_test_main.cpp)
target_link_libraries(manager_qml_tests PRIVATE fieldledger_office_lib fieldledger_office_libplugin
                                                fieldledger_app_lib fieldledger_app_libplugin
                                                fieldledger_server_lib Qt6::QuickTest GTest::gtest
                                                fieldledger_warnings)
target_include_directories(manager_qml_tests PRIVATE "${PROJECT_SOURCE_DIR}/tests/unit/server")
add_test(NAME manager_qml COMMAND manager_qml_tests -input "${CMAKE_CURRENT_SOURCE_DIR}/manager_qml")
set_tests_properties(manager_qml PROPERTIES LABELS qml TIMEOUT 180
                     ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_QUICK_CONTROLS_STYLE=Material")

# The workbook test opens the .xlsx (a zip) with Debian's minizip to read its sheets back.
find_package(PkgConfig REQUIRED)
pkg_check_modules(MINIZIP REQUIRED IMPORTED_TARGET minizip)
qt_add_executable(manager_model_tests app_test_main.cpp manager_model_test.cpp manager_export_test.cpp
                                      manager_text_test.cpp)
target_link_libraries(manager_model_tests PRIVATE fieldledger_office_lib fieldledger_office_libplugin
                                                  fieldledger_app_lib fieldledger_app_libplugin
                                                  fieldledger_server_lib Qt6::Test GTest::gtest
                                                  PkgConfig::MINIZIP
                                                  fieldledger_warnings)
target_include_directories(manager_model_tests PRIVATE "${PROJECT_SOURCE_DIR}/tests/unit/server")
gtest_discover_tests(manager_model_tests PROPERTIES LABELS unit TIMEOUT 60
                     ENVIRONMENT "QT_QPA_PLATFORM=offscreen" DISCOVERY_TIMEOUT 30)

# The manager's desk rendered to PNG (scripts/screenshots-manager.sh).
qt_add_executable(manager_screenshots manager_screenshots.cpp)
target_link_libraries(manager_screenshots PRIVATE fieldledger_office_lib fieldledger_office_libplugin
                                                  fieldledger_app_lib fieldledger_app_libplugin
                                                  fieldledger_warnings)
# Every tab of the desk rendered to PNG in both languages at both sizes, and the month's
# exports written, against a fresh demo server under Xvfb: fails if a screen cannot be
# reached or saved (build/screenshots-manager).
add_test(NAME manager_screenshots
         COMMAND bash "${PROJECT_SOURCE_DIR}/scripts/screenshots-manager.sh"
                 "${CMAKE_BINARY_DIR}/screenshots-manager")
set_tests_properties(manager_screenshots PROPERTIES LABELS qml TIMEOUT 400
                     ENVIRONMENT "FIELDLEDGER_BUILD_DIR=${CMAKE_BINARY_DIR}")
