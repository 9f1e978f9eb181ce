pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// Where the visit stands, at a glance: five steps, done ones filled in.
RowLayout {
    id: steps
    property int step: 0
    spacing: 2

    Repeater {
        model: [qsTr("On my way"), qsTr("Arrived"), qsTr("Work"), qsTr("Fee"), qsTr("Signed")]
        delegate: ColumnLayout {
            id: stepItem
            required property int index
            required property string modelData
            // The Visit.Step each one needs; the fee is settled when the work is recorded.
            readonly property bool done: steps.step >= [Visit.OnTheWay, Visit.Arrived, Visit.WorkRecorded,
                                                        Visit.WorkRecorded, Visit.Completed][index]
            objectName: "step_" + index
            spacing: 2
            // Equal columns whatever the label lengths.
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                width: 22
                height: 22
                radius: 11
                color: stepItem.done ? Theme.ok : "transparent"
                border.color: stepItem.done ? Theme.ok : Theme.muted
                border.width: 2
                Label {
                    anchors.centerIn: parent
                    text: stepItem.done ? "✓" : (stepItem.index + 1)
                    color: stepItem.done ? Theme.card : Theme.muted
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
            }
            Label {
                Layout.alignment: Qt.AlignHCenter
                text: stepItem.modelData
                font.pixelSize: Theme.smallSize
                horizontalAlignment: Text.AlignHCenter
                // Two lines rather than "On my…" on a narrow phone.
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                color: stepItem.done ? Theme.ok : Theme.muted
            }
        }
    }
}
