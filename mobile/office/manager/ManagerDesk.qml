import QtQuick
import FieldLedger.Office

// The service manager's desk: not built yet, so it says so.
DeskUnavailable {
    objectName: "managerDesk"
    deskTitle: qsTr("The manager's desk")
}
