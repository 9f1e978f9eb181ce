import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger

// The same sync strip on every page: state, what is waiting, and a way to sync now.
// Tapping the strip (anywhere but the button) asks for the Sync page.
ToolBar {
    id: bar
    signal openRequested()
    Material.background: {
        switch (Session.syncState) {
        case Session.Error: return Theme.lateTint
        case Session.Offline: return Theme.warnTint
        default: return Theme.strip
        }
    }
    MouseArea {
        objectName: "syncStripArea"
        anchors.fill: parent
        onClicked: bar.openRequested()
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Show what is waiting to be sent")
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 4
        SyncDot {}
        Label {
            objectName: "syncText"
            text: Session.syncText
            elide: Label.ElideRight
            Layout.fillWidth: true
        }
        Label {
            visible: Session.rejectedCount > 0
            text: qsTr("%n rejected", "", Session.rejectedCount)
            color: Theme.late
        }
        Label {
            // A hint that the strip opens a page.
            text: "›"
            font.pixelSize: 22
            color: Theme.muted
        }
        ToolButton {
            objectName: "syncNowButton"
            text: qsTr("Sync now")
            enabled: Session.syncState !== Session.Syncing
            onClicked: Session.syncNow()
        }
    }
}
