pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger

// The fee for the recorded work, with the company's reason for every figure, so the
// technician can explain it to the customer before they sign.
Page {
    id: page
    objectName: "feePage"
    required property Visit visit
    readonly property var quote: visit?.quote ?? ({})
    title: qsTr("Fee")
    background: Rectangle { color: Theme.page }
    signal editWork()
    signal sign()

    Flickable {
        anchors.fill: parent
        contentHeight: body.implicitHeight + 32
        ColumnLayout {
            id: body
            x: 16
            y: 16
            width: page.width - 32
            spacing: 12

            Pane {
                Layout.fillWidth: true
                background: Rectangle { color: page.quote.free ? Theme.okTint : Theme.card; radius: 10 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 6
                    Label {
                        objectName: "feeTotal"
                        text: page.quote.ok ? page.quote.total : qsTr("Fee to be confirmed by the office")
                        font.pixelSize: page.quote.ok ? 32 : 20
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        color: page.quote.free ? Theme.ok : Theme.primary
                    }
                    Label {
                        objectName: "feeVerdict"
                        visible: page.quote.ok === true
                        text: page.quote.verdict || ""
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: page.quote.errors || []
                        delegate: Label {
                            required property string modelData
                            objectName: "feeError"
                            text: modelData
                            color: Theme.late
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            Label {
                visible: page.quote.ok === true
                text: qsTr("One line per fault")
                font.bold: true
                color: Theme.muted
            }
            Repeater {
                model: page.quote.ok ? page.quote.lines : []
                delegate: Pane {
                    id: line
                    required property var modelData
                    required property int index
                    objectName: "feeLine_" + index
                    Layout.fillWidth: true
                    background: Rectangle { color: Theme.card; radius: 8; border.color: Theme.border }
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                text: line.modelData.fault
                                font.bold: true
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: line.modelData.amount
                                font.bold: true
                                color: line.modelData.charged ? Theme.primary : Theme.ok
                            }
                        }
                        Label {
                            text: line.modelData.reason
                            color: Theme.muted
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            Label {
                text: qsTr("Rules: %1").arg(page.quote.policy || "")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "signButton"
                text: qsTr("Customer signs")
                highlighted: true
                font.pixelSize: 18
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                onClicked: page.sign()
            }
            Button {
                objectName: "editWorkButton"
                text: qsTr("Change the work record")
                flat: true
                Layout.fillWidth: true
                onClicked: page.editWork()
            }
        }
    }
}
