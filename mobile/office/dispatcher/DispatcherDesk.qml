import QtQuick
import FieldLedger.Office

// The dispatcher's desk. The board arrives in the next steps; until then it says so.
DeskUnavailable {
    objectName: "dispatcherDesk"
    deskTitle: qsTr("The dispatcher's board")
}
