import QtQuick
import FieldLedger.Office
import QtQuick.Controls
import QtQuick.Layouts

// The honest page for a desk this version does not have yet: says so, and what to use.
Item {
    id: page
    objectName: "deskUnavailable"
    // The desk's name as the user knows it, e.g. "The call-back desk".
    property string deskTitle

    Rectangle {
        anchors.fill: parent
        color: OfficeTheme.page
    }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 560)
        spacing: 12
        Label {
            objectName: "deskUnavailableTitle"
            text: page.deskTitle
            font.pixelSize: 24
            font.bold: true
            color: OfficeTheme.primary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "deskUnavailableText"
            text: qsTr("This desk is not available yet in this version of FieldLedger. You are signed in; the other desks and the technicians' phones work as usual.")
            color: OfficeTheme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
