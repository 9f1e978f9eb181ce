# The dispatcher's desk: the live board of every technician's day and the actions on jobs.
list(APPEND OFFICE_QML_FILES dispatcher/DispatcherDesk.qml)
