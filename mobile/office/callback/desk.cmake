# The call-back agent's desk. Not built yet: CallBackDesk.qml says so honestly. The
# callback desk replaces this folder (see ../CMakeLists.txt for how a desk adds itself).
list(APPEND OFFICE_QML_FILES callback/CallBackDesk.qml)
