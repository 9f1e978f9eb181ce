import QtQuick
import FieldLedger.Office

// The call-back agent's desk: not built yet, so it says so. The callback desk replaces
// this file (and callback/desk.cmake).
DeskUnavailable {
    objectName: "callBackDesk"
    deskTitle: qsTr("The call-back desk")
}
