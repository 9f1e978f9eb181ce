import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger

// The same sync strip on every page: state, what is waiting, and a way to sync now.
ToolBar {
    id: bar
    Material.background: {
        switch (Session.syncState) {
        case Session.Error: return "#FFEBEE"
        case Session.Offline: return "#FFF8E1"
        default: return "#ECEFF1"
        }
    }
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 4
        Rectangle {
            width: 10
            height: 10
            radius: 5
            color: {
                switch (Session.syncState) {
                case Session.UpToDate: return Session.pendingCount > 0 ? Theme.amber : Theme.ok
                case Session.Syncing: return Theme.primary
                case Session.Offline: return Theme.amber
                default: return Theme.late
                }
            }
        }
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
        ToolButton {
            objectName: "syncNowButton"
            text: qsTr("Sync now")
            enabled: Session.syncState !== Session.Syncing
            onClicked: Session.syncNow()
        }
    }
}
