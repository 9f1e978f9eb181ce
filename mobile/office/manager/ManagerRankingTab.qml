pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// The PK ranking of one metric over the filter bar's period (the selected team's, else
// the company's): 1st, 2nd, 3rd by the Wilson lower bound, ties sharing a place, and
// technicians under the minimum sample listed without a place, with the reason.
Item {
    id: tab
    property var query
    property string metric: "on_time"
    readonly property alias ranking: ranking
    property bool stale: true

    function refresh() {
        stale = false
        ranking.load(metric, query)
    }
    onQueryChanged: { stale = true; if (visible) refresh() }
    onMetricChanged: { stale = true; if (visible) refresh() }
    onVisibleChanged: if (visible && stale) refresh()

    ManagerRankingModel {
        id: ranking
        objectName: "managerRanking"
    }

    readonly property var columns: [
        { title: qsTr("Place"), width: 110 },
        { title: qsTr("Technician"), width: 0 },
        { title: qsTr("Successes / trials"), width: 150, right: true },
        { title: qsTr("Rate"), width: 90, right: true },
        { title: qsTr("Wilson lower bound"), width: 160, right: true },
        { title: qsTr("Rank reward"), width: 110, right: true },
        { title: qsTr("Note"), width: 330 }
    ]

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            Repeater {
                model: [
                    { key: "on_time", text: qsTr("On-time arrival") },
                    { key: "retention", text: qsTr("Repair retention") },
                    { key: "satisfaction", text: qsTr("Customer satisfaction") },
                    { key: "attendance", text: qsTr("Attendance") },
                    { key: "first_time_fix", text: qsTr("First-time fix") }
                ]
                delegate: Button {
                    required property var modelData
                    objectName: "rankMetric_" + modelData.key
                    text: modelData.text
                    highlighted: tab.metric === modelData.key
                    flat: tab.metric !== modelData.key
                    onClicked: tab.metric = modelData.key
                }
            }
            Item { Layout.fillWidth: true }
            ManagerExportMenu {
                objectName: "rankingExport"
                choices: [
                    { text: qsTr("Ranking as CSV"), name: "ranking-" + tab.metric + ".csv", filter: qsTr("CSV (*.csv)"),
                      save: function(url) { ranking.exportCsv(url) } }
                ]
            }
        }

        Label {
            objectName: "rankingTitle"
            text: qsTr("%1 · %2").arg(ranking.metricTitle).arg(ranking.periodText)
            font.pixelSize: 20
            font.bold: true
        }
        Label {
            text: qsTr("Ranked by the lower bound of the 95% Wilson interval, so a small lucky sample does not outrank a large good one. Scoring policy %1 · computed %2")
                      .arg(ranking.policyVersion).arg(ranking.computedAtText)
            color: OfficeTheme.muted
            wrapMode: Label.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "rankingRewardsNote"
            text: ranking.hasRewards
                  ? qsTr("Rank rewards as the pay policy %1 pays them with this month's pay.").arg(ranking.payPolicyVersion)
                  : qsTr("Rank rewards are paid on a month's ranking: choose Month to see them.")
            color: OfficeTheme.muted
        }
        Label {
            visible: ranking.error.length > 0
            text: ranking.error
            color: OfficeTheme.late
        }
        Label {
            visible: ranking.exportMessage.length > 0
            text: ranking.exportMessage
            color: OfficeTheme.muted
        }

        ManagerTableHeader {
            Layout.fillWidth: true
            columns: tab.columns
        }
        ListView {
            id: list
            objectName: "rankingList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: ranking
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: row
                required property int index
                required property int rank
                required property string place
                required property bool tied
                required property string name
                required property string fraction
                required property string rate
                required property string wilson
                required property bool ranked
                required property string note
                required property string reward
                width: ListView.view.width
                height: 44
                color: index % 2 ? "#F7F9FB" : OfficeTheme.card
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    spacing: 8
                    RowLayout {
                        Layout.preferredWidth: tab.columns[0].width
                        spacing: 6
                        Rectangle {
                            visible: row.ranked
                            width: 28; height: 28; radius: 14
                            color: row.rank === 1 ? "#F9C846" : row.rank === 2 ? "#C9CED6"
                                 : row.rank === 3 ? "#D9A066" : "#E3EAF3"
                            Label {
                                anchors.centerIn: parent
                                text: row.rank
                                font.bold: true
                            }
                        }
                        Label {
                            text: row.ranked ? (row.tied ? qsTr("tied") : "") : row.place
                            color: OfficeTheme.muted
                        }
                    }
                    Label {
                        text: row.name
                        font.bold: row.ranked && row.rank <= 3
                        elide: Label.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: row.fraction
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: tab.columns[2].width
                    }
                    Label {
                        text: row.rate
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: tab.columns[3].width
                    }
                    Label {
                        text: row.wilson
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: tab.columns[4].width
                    }
                    Label {
                        objectName: "rankReward_" + row.index
                        text: row.reward
                        font.bold: true
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: tab.columns[5].width
                    }
                    Label {
                        text: row.note
                        color: OfficeTheme.muted
                        elide: Label.ElideRight
                        Layout.preferredWidth: tab.columns[6].width
                    }
                }
            }
        }
    }
}
