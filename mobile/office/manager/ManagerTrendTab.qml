pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// A KPI per ISO week or month over the last 6 or 12 periods ending with the filter bar's
// anchor day, for its scope, with the scoring policy's target drawn in.
Item {
    id: tab
    property var query
    property string metric: "on_time"
    property string kind: "week"
    property int count: 12
    readonly property alias trend: trend
    property bool stale: true

    function refresh() {
        stale = false
        trend.load(metric, kind, count, query)
    }
    function changed() { stale = true; if (visible) refresh() }
    onQueryChanged: changed()
    onMetricChanged: changed()
    onKindChanged: changed()
    onCountChanged: changed()
    onVisibleChanged: if (visible && stale) refresh()

    ManagerTrendModel {
        id: trend
        objectName: "managerTrend"
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8
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
                    objectName: "trendMetric_" + modelData.key
                    text: modelData.text
                    highlighted: tab.metric === modelData.key
                    flat: tab.metric !== modelData.key
                    onClicked: tab.metric = modelData.key
                }
            }
            Item { Layout.fillWidth: true }
            ManagerExportMenu {
                objectName: "trendExport"
                choices: [
                    { text: qsTr("Trend as CSV"), name: "trend-" + tab.metric + ".csv", filter: qsTr("CSV (*.csv)"),
                      save: function(url) { trend.exportCsv(url) } }
                ]
            }
        }
        RowLayout {
            spacing: 4
            Button {
                objectName: "trendWeeks"
                text: qsTr("Weeks")
                highlighted: tab.kind === "week"
                flat: tab.kind !== "week"
                onClicked: tab.kind = "week"
            }
            Button {
                objectName: "trendMonths"
                text: qsTr("Months")
                highlighted: tab.kind === "month"
                flat: tab.kind !== "month"
                onClicked: tab.kind = "month"
            }
            Item { width: 24; height: 1 }
            Button {
                objectName: "trendLast6"
                text: qsTr("Last 6")
                highlighted: tab.count === 6
                flat: tab.count !== 6
                onClicked: tab.count = 6
            }
            Button {
                objectName: "trendLast12"
                text: qsTr("Last 12")
                highlighted: tab.count === 12
                flat: tab.count !== 12
                onClicked: tab.count = 12
            }
        }
        Label {
            objectName: "trendTitle"
            text: trend.metricTitle
            font.pixelSize: 20
            font.bold: true
        }
        Label {
            text: (trend.hasTarget ? qsTr("Dashed line: the policy's target %1.").arg(trend.targetText) + " " : "")
                  + qsTr("Scoring policy %1 · computed %2").arg(trend.policyVersion).arg(trend.computedAtText)
            color: OfficeTheme.muted
        }
        Label {
            visible: trend.error.length > 0
            text: trend.error
            color: OfficeTheme.late
        }
        Label {
            visible: trend.exportMessage.length > 0
            text: trend.exportMessage
            color: OfficeTheme.muted
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: OfficeTheme.card
            radius: 6
            ManagerTrendChart {
                objectName: "trendChart"
                anchors.fill: parent
                anchors.margins: 8
                points: trend.points
                hasTarget: trend.hasTarget
                target: trend.target
                targetLabel: qsTr("target %1").arg(trend.targetText)
            }
        }
        ListView {
            objectName: "trendPoints"
            Layout.fillWidth: true
            Layout.preferredHeight: 52
            orientation: ListView.Horizontal
            clip: true
            spacing: 6
            model: trend
            delegate: Rectangle {
                id: point
                required property string label
                required property string rateText
                required property string fraction
                width: 104
                height: 48
                radius: 4
                color: OfficeTheme.card
                Column {
                    anchors.centerIn: parent
                    Label { text: point.label; font.pixelSize: 12; color: OfficeTheme.muted; anchors.horizontalCenter: parent.horizontalCenter }
                    Label { text: point.rateText + " · " + point.fraction; font.pixelSize: 13; anchors.horizontalCenter: parent.horizontalCenter }
                }
            }
        }
    }
}
