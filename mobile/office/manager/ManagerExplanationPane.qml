pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// The jobs (or shifts) behind one rate: which side of the fraction each is on, and why.
Pane {
    id: pane
    property ManagerScorecard card
    property ManagerStaffModel staff
    padding: 12
    Material.elevation: 2
    background: Rectangle { color: OfficeTheme.card }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "explanationTitle"
                text: qsTr("Why: %1").arg(pane.card.explainedTitle)
                font.pixelSize: 18
                font.bold: true
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "closeExplanation"
                text: "✕"
                onClicked: pane.card.closeExplanation()
                Accessible.name: qsTr("Close the explanation")
            }
        }
        Label {
            objectName: "explanationSummary"
            text: pane.card.explainedSummary
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: pane.card.explainedAtText.length > 0
            text: qsTr("As computed at %1").arg(pane.card.explainedAtText)
            color: OfficeTheme.muted
            font.pixelSize: 12
        }
        BusyIndicator {
            running: pane.card.explainLoading
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            visible: !pane.card.explainLoading && list.count === 0
            text: qsTr("No jobs in this figure for the period.")
            color: OfficeTheme.muted
        }
        ListView {
            id: list
            objectName: "explanationList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pane.card.explanations
            spacing: 4
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: row
                required property string reference
                required property string technicianId
                required property string outcome
                required property string side
                required property bool inNumerator
                required property bool inDenominator
                required property string reason
                width: ListView.view.width - 8
                implicitHeight: rowColumn.implicitHeight + 12
                radius: 4
                color: inNumerator ? "#EAF5EA" : inDenominator ? "#FBEAEA" : "#F1F2F4"
                ColumnLayout {
                    id: rowColumn
                    anchors.fill: parent
                    anchors.margins: 6
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: row.reference
                            font.bold: true
                        }
                        Label {
                            text: pane.staff ? pane.staff.nameOf(row.technicianId) : row.technicianId
                            color: OfficeTheme.muted
                            elide: Label.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.outcome
                            color: row.inNumerator ? OfficeTheme.ok : row.inDenominator ? OfficeTheme.late
                                                                                   : OfficeTheme.muted
                            font.bold: true
                        }
                    }
                    Label {
                        text: row.reason
                        wrapMode: Label.WordWrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Counts in: %1").arg(row.side)
                        color: OfficeTheme.muted
                        font.pixelSize: 12
                    }
                }
            }
        }
    }
}
