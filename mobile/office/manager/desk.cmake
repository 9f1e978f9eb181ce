# The service manager's desk. Not built yet: ManagerDesk.qml says so honestly.
list(APPEND OFFICE_QML_FILES manager/ManagerDesk.qml)
