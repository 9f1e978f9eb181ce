pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger
import FieldLedger.Office

// The agent's own figures for today, this week or this month: calls made, reach rate,
// first calls within the policy's deadline, mean time per call.
Pane {
    id: pane
    objectName: "agentCardPane"
    required property CallBackDeskController controller
    readonly property var card: controller.card
    Material.elevation: 1
    padding: 12

    function percent(has, value) {
        return has ? Math.round(value * 100) + "%" : qsTr("No data")
    }
    function duration(seconds) {
        const s = Math.round(seconds)
        return qsTr("%1 min %2 s").arg(Math.floor(s / 60)).arg(s % 60)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("My scorecard")
                font.bold: true
                font.pixelSize: 16
                Layout.fillWidth: true
            }
            Repeater {
                model: [
                    { key: "day", label: qsTr("Today") },
                    { key: "week", label: qsTr("This week") },
                    { key: "month", label: qsTr("This month") }
                ]
                delegate: Button {
                    required property var modelData
                    objectName: "cardPeriod_" + modelData.key
                    text: modelData.label
                    flat: pane.controller.cardPeriod !== modelData.key
                    highlighted: pane.controller.cardPeriod === modelData.key
                    focusPolicy: Qt.NoFocus
                    onClicked: pane.controller.cardPeriod = modelData.key
                }
            }
        }

        GridLayout {
            columns: 4
            columnSpacing: 16
            rowSpacing: 2
            Layout.fillWidth: true

            Label { text: qsTr("Calls"); color: OfficeTheme.muted }
            Label { text: qsTr("Reached"); color: OfficeTheme.muted }
            Label { text: qsTr("Called in time"); color: OfficeTheme.muted }
            Label { text: qsTr("Time per call"); color: OfficeTheme.muted }

            Label {
                objectName: "cardCalls"
                text: pane.card.calls
                font.pixelSize: 20
                font.bold: true
            }
            Label {
                objectName: "cardReach"
                text: pane.percent(pane.card.hasReachRate, pane.card.reachRate)
                font.pixelSize: 20
                font.bold: true
            }
            Label {
                objectName: "cardWithin"
                text: pane.percent(pane.card.hasWithinRate, pane.card.withinRate)
                font.pixelSize: 20
                font.bold: true
            }
            Label {
                objectName: "cardMean"
                text: pane.card.hasMeanSeconds ? pane.duration(pane.card.meanSeconds) : qsTr("No data")
                font.pixelSize: 20
                font.bold: true
            }

            Label {
                text: qsTr("%1 unreachable · %2 wrong number").arg(pane.card.unreachable).arg(pane.card.wrongNumber)
                color: OfficeTheme.muted
                font.pixelSize: 12
                Layout.columnSpan: 2
            }
            Label {
                text: qsTr("%1 of %2 first calls").arg(pane.card.withinNumerator).arg(pane.card.withinDenominator)
                color: OfficeTheme.muted
                font.pixelSize: 12
            }
            Label {
                text: qsTr("%1 complaints · %2 repairs").arg(pane.card.complaints).arg(pane.card.repairJobs)
                color: OfficeTheme.muted
                font.pixelSize: 12
            }
        }
    }
}
