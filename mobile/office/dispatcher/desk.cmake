# The dispatcher's desk: the live board of every technician's day and the actions on jobs.
list(APPEND OFFICE_QML_FILES
  dispatcher/DispatcherDesk.qml dispatcher/BoardTimeline.qml dispatcher/BoardJobList.qml
  dispatcher/AlertList.qml dispatcher/JobDetail.qml dispatcher/CreateJobDialog.qml
  dispatcher/RescheduleDialog.qml dispatcher/ReasonDialog.qml)
list(APPEND OFFICE_SOURCES
  dispatcher/board_texts.h dispatcher/board_texts.cpp
  dispatcher/board_models.h dispatcher/board_models.cpp
  dispatcher/board_watch.h dispatcher/board_watch.cpp
  dispatcher/job_history_model.h dispatcher/job_history_model.cpp
  dispatcher/dispatcher_board.h dispatcher/dispatcher_board.cpp)
list(APPEND OFFICE_INCLUDE_DIRS "${CMAKE_CURRENT_LIST_DIR}")

# The board's rules (states, alerts) without Qt, so the end-to-end tests use them too.
add_library(fieldledger_dispatch_rules STATIC dispatcher/board_state.cpp)
target_include_directories(fieldledger_dispatch_rules PUBLIC "${CMAKE_CURRENT_LIST_DIR}")
target_link_libraries(fieldledger_dispatch_rules PUBLIC fieldledger_core PRIVATE fieldledger_warnings)
list(APPEND OFFICE_LINK_LIBRARIES fieldledger_dispatch_rules)
