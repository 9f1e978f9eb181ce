pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// The scorecard of the filter bar's scope and period: every KPI as a tile (a click shows
// the jobs behind it), the policy version and computation time, the service revenue and
// the bonus gate check by check.
Item {
    id: tab
    property var query
    property ManagerStaffModel staff
    readonly property alias card: card
    property bool stale: true

    function refresh() {
        stale = false
        card.load(query)
    }
    onQueryChanged: { stale = true; if (visible) refresh() }
    onVisibleChanged: if (visible && stale) refresh()
    Connections {
        target: OfficeSession
        function onSignedInChanged() { if (tab.visible) tab.refresh() }
    }

    ManagerScorecard {
        id: card
        objectName: "managerScorecard"
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 12

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroll.availableWidth
                spacing: 12

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 16
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            objectName: "scorecardScope"
                            text: card.hasCard ? card.scopeLabel : ""
                            font.pixelSize: 22
                            font.bold: true
                        }
                        Label {
                            objectName: "scorecardPeriod"
                            text: card.periodText
                            color: OfficeTheme.muted
                        }
                        Label {
                            objectName: "scorecardPolicy"
                            visible: card.hasCard
                            text: qsTr("Scoring policy %1 · computed %2").arg(card.policyVersion).arg(card.computedAtText)
                            color: OfficeTheme.muted
                            font.pixelSize: 13
                        }
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    ColumnLayout {
                        visible: card.hasCard
                        spacing: 0
                        Label {
                            text: qsTr("Service revenue")
                            color: OfficeTheme.muted
                            Layout.alignment: Qt.AlignRight
                        }
                        Label {
                            objectName: "scorecardRevenue"
                            text: card.revenueText
                            font.pixelSize: 22
                            font.bold: true
                            Layout.alignment: Qt.AlignRight
                        }
                        Label {
                            text: qsTr("%n job(s) with a checked fee", "", card.revenueJobs)
                            color: OfficeTheme.muted
                            font.pixelSize: 12
                            Layout.alignment: Qt.AlignRight
                        }
                    }
                    ManagerExportMenu {
                        objectName: "scorecardExport"
                        enabled: card.hasCard
                        choices: [
                            { text: qsTr("Scorecard as PDF"), name: "scorecard.pdf", filter: qsTr("PDF (*.pdf)"),
                              save: function(url) { card.exportPdf(url) } },
                            { text: qsTr("Explanations as CSV"), name: "scorecard-explanations.csv",
                              filter: qsTr("CSV (*.csv)"), save: function(url) { card.exportExplanationsCsv(url) } }
                        ]
                    }
                }

                Label {
                    objectName: "scorecardError"
                    visible: card.error.length > 0
                    text: card.error
                    color: OfficeTheme.late
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: card.exportMessage.length > 0
                    text: card.exportMessage
                    color: OfficeTheme.muted
                    elide: Label.ElideMiddle
                    Layout.fillWidth: true
                }
                BusyIndicator {
                    running: card.loading
                    visible: running
                    Layout.alignment: Qt.AlignHCenter
                }

                // A Flow, not a GridLayout: the tiles are recreated on every card, and Qt 6.4's
                // GridLayout crashes when its Repeater's items go while it lays them out.
                Flow {
                    id: grid
                    objectName: "kpiGrid"
                    Layout.fillWidth: true
                    spacing: 12
                    readonly property int columns: Math.max(2, Math.floor((width + spacing) / 292))
                    readonly property real tileWidth: (width - spacing * (columns - 1)) / columns
                    Repeater {
                        model: card.kpis
                        delegate: ManagerKpiTile {
                            objectName: "kpiTile_" + key
                            width: grid.tileWidth
                            height: Math.max(implicitHeight, 150)
                            selected: card.explainedKey === key
                            onExplainRequested: (k) => card.explain(k)
                        }
                    }
                }

                Rectangle {
                    objectName: "bonusGate"
                    visible: card.hasCard
                    Layout.fillWidth: true
                    implicitHeight: gateColumn.implicitHeight + 24
                    radius: 6
                    color: OfficeTheme.card
                    border.color: card.gatePassed ? OfficeTheme.ok : OfficeTheme.late
                    ColumnLayout {
                        id: gateColumn
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 6
                        Label {
                            objectName: "bonusGateVerdict"
                            text: card.gatePassed ? qsTr("Bonus gate passed: every gated metric met its target")
                                                  : qsTr("Bonus gate not passed: the metric bonus is not earned")
                            color: card.gatePassed ? OfficeTheme.ok : OfficeTheme.late
                            font.bold: true
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: 8
                            Repeater {
                                model: card.gateChecks
                                delegate: Rectangle {
                                    id: chip
                                    required property var modelData
                                    width: checkLabel.implicitWidth + 20
                                    height: 32
                                    radius: 16
                                    color: modelData.status === "met" ? "#EAF5EA"
                                                                      : modelData.status === "missed" ? "#FBEAEA" : "#FFF6DD"
                                    Label {
                                        id: checkLabel
                                        anchors.centerIn: parent
                                        // "No data" already says the verdict: it is not repeated.
                                        text: chip.modelData.status === "no_data"
                                              ? qsTr("%1: no data (target %2)").arg(chip.modelData.name).arg(chip.modelData.targetText)
                                              : qsTr("%1: %2 (target %3) %4").arg(chip.modelData.name).arg(chip.modelData.rateText)
                                                  .arg(chip.modelData.targetText).arg(chip.modelData.statusText)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        ManagerExplanationPane {
            objectName: "explanationPane"
            visible: card.explainedKey.length > 0
            card: card
            staff: tab.staff
            Layout.preferredWidth: Math.min(520, tab.width * 0.38)
            Layout.fillHeight: true
        }
    }
}
