# The call-back agent's desk (docs/callbacks.md): the queue, one visit at a time, the
# keyboard-first record and the agent's own scorecard.
list(APPEND OFFICE_QML_FILES
  callback/CallBackDesk.qml
  callback/CallQueuePane.qml
  callback/VisitPane.qml
  callback/RecordPane.qml
  callback/AgentCardPane.qml)
list(APPEND OFFICE_SOURCES
  callback/call_queue_model.h callback/call_queue_model.cpp
  callback/callback_views.h callback/callback_views.cpp
  callback/callback_desk_controller.h callback/callback_desk_controller.cpp)
list(APPEND OFFICE_INCLUDE_DIRS "${CMAKE_CURRENT_LIST_DIR}")
