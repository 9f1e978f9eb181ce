# The service manager's desk: scorecards with their explanations, the PK ranking, the
# month's pay behind the bonus gate, service revenue and KPI trends, with CSV, Excel and
# PDF exports; the month's shift schedule with its editor, and the assessment cycle.
# Included by mobile/office/CMakeLists.txt.
list(APPEND OFFICE_QML_FILES
  manager/ManagerDesk.qml
  manager/ManagerFilterBar.qml
  manager/ManagerScorecardTab.qml
  manager/ManagerKpiTile.qml
  manager/ManagerExplanationPane.qml
  manager/ManagerRankingTab.qml
  manager/ManagerPayTab.qml
  manager/ManagerRevenueTab.qml
  manager/ManagerTrendTab.qml
  manager/ManagerTrendChart.qml
  manager/ManagerExportMenu.qml
  manager/ManagerTableHeader.qml
  manager/ManagerAttendanceTab.qml
  manager/ManagerShiftDialog.qml
  manager/ManagerReasonDialog.qml
  manager/ManagerAssessmentTab.qml
)
list(APPEND OFFICE_SOURCES
  manager/src/item_model_types.h
  manager/src/manager_text.h manager/src/manager_text.cpp
  manager/src/manager_query.h manager/src/manager_query.cpp
  manager/src/manager_rpc.h manager/src/manager_rpc.cpp
  manager/src/manager_export.h manager/src/manager_export.cpp
  manager/src/staff_model.h manager/src/staff_model.cpp
  manager/src/scorecard_models.h manager/src/scorecard_models.cpp
  manager/src/scorecard_controller.h manager/src/scorecard_controller.cpp
  manager/src/ranking_model.h manager/src/ranking_model.cpp
  manager/src/pay_model.h manager/src/pay_model.cpp
  manager/src/revenue_model.h manager/src/revenue_model.cpp
  manager/src/trend_model.h manager/src/trend_model.cpp
  manager/src/shift_import_text.h manager/src/shift_import_text.cpp
  manager/src/attendance_model.h manager/src/attendance_model.cpp
  manager/src/assessment_model.h manager/src/assessment_model.cpp
)
list(APPEND OFFICE_INCLUDE_DIRS "${CMAKE_CURRENT_LIST_DIR}/src")
# Excel workbooks: Debian's libxlsxwriter-dev (scripts/setup-debian.sh installs it).
find_package(PkgConfig REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET GLOBAL xlsxwriter)
list(APPEND OFFICE_LINK_LIBRARIES PkgConfig::XLSXWRITER)
