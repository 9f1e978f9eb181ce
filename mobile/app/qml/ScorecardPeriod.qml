pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger

// One period of the technician's scorecard: on time, retention and satisfaction, each
// as a percentage with the jobs behind it (n/d), or "No data" when nothing counted.
Pane {
    id: card
    // MyScorecard.week or .month: {title, range, rates: [...]}.
    property var period: ({})
    padding: 14
    background: Rectangle { color: Theme.card; radius: 10; border.color: Theme.border }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "periodTitle"
                text: card.period.title ?? ""
                font.pixelSize: 18
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "periodRange"
                text: card.period.range ?? ""
                color: Theme.muted
            }
        }
        Repeater {
            model: card.period.rates ?? []
            delegate: ColumnLayout {
                id: rate
                required property var modelData
                objectName: "rate_" + modelData.key
                spacing: 2
                Layout.fillWidth: true
                RowLayout {
                    Layout.fillWidth: true
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label {
                            text: rate.modelData.name
                            font.pixelSize: 16
                            font.bold: true
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: rate.modelData.hint
                            color: Theme.muted
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "detail"
                            visible: text.length > 0
                            text: rate.modelData.detail
                            color: Theme.late
                            font.pixelSize: Theme.smallSize
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        objectName: "percent"
                        text: rate.modelData.percent
                        font.pixelSize: rate.modelData.hasValue ? 24 : 16
                        font.bold: rate.modelData.hasValue
                        color: !rate.modelData.hasValue ? Theme.muted
                               : rate.modelData.gate === "missed" ? Theme.late
                               : rate.modelData.gate === "met" ? Theme.ok
                               : Theme.primary
                        Layout.alignment: Qt.AlignVCenter
                    }
                    Label {
                        objectName: "fraction"
                        text: rate.modelData.fraction
                        color: Theme.muted
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: 52
                        Layout.alignment: Qt.AlignVCenter
                    }
                }
                Rectangle {
                    // The rate as a bar, so week and month compare at a glance.
                    Layout.fillWidth: true
                    Layout.preferredHeight: 4
                    radius: 2
                    color: Theme.border
                    Rectangle {
                        width: parent.width * Math.max(0, Math.min(1, rate.modelData.value))
                        height: parent.height
                        radius: 2
                        color: rate.modelData.gate === "missed" ? Theme.late
                               : rate.modelData.gate === "met" ? Theme.ok
                               : Theme.primary
                        visible: rate.modelData.hasValue
                    }
                }
            }
        }
    }
}
