pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// Service revenue of the filter bar's period: the server-checked fees of completed jobs
// per technician, and apart from them the jobs whose device fee differed (not counted).
Item {
    id: tab
    property var query
    property ManagerStaffModel staff
    readonly property alias revenue: revenue
    property bool stale: true

    function refresh() {
        stale = false
        if (staff)
            revenue.setTeamNames(staff.teamNames())
        revenue.load(query)
    }
    onQueryChanged: { stale = true; if (visible) refresh() }
    onVisibleChanged: if (visible && stale) refresh()

    ManagerRevenueModel {
        id: revenue
        objectName: "managerRevenue"
    }

    readonly property var columns: [
        { title: qsTr("Technician"), width: 0 },
        { title: qsTr("Team"), width: 160 },
        { title: qsTr("Jobs"), width: 80, right: true },
        { title: qsTr("Revenue"), width: 140, right: true },
        { title: qsTr("Fee differences"), width: 150, right: true }
    ]
    readonly property var feeColumns: [
        { title: qsTr("Technician"), width: 160 },
        { title: qsTr("Job"), width: 120 },
        { title: qsTr("Server fee"), width: 110, right: true },
        { title: qsTr("Device fee"), width: 110, right: true },
        { title: qsTr("Check"), width: 0 }
    ]

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8
        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "revenueTitle"
                    text: qsTr("Service revenue · %1").arg(revenue.periodText)
                    font.pixelSize: 20
                    font.bold: true
                }
                Label {
                    text: qsTr("Fees of the period's completed jobs as the server checked them; a job whose device fee differed is listed apart and not counted.")
                    color: OfficeTheme.muted
                    wrapMode: Label.WordWrap
                    Layout.fillWidth: true
                }
            }
            ColumnLayout {
                spacing: 0
                Label { text: qsTr("Total"); color: OfficeTheme.muted; Layout.alignment: Qt.AlignRight }
                Label {
                    objectName: "revenueTotal"
                    text: revenue.totalText
                    font.pixelSize: 22
                    font.bold: true
                }
            }
            ManagerExportMenu {
                objectName: "revenueExport"
                choices: [
                    { text: qsTr("Revenue as CSV"), name: "revenue.csv", filter: qsTr("CSV (*.csv)"),
                      save: function(url) { revenue.exportCsv(url) } },
                    { text: qsTr("Fee differences as CSV"), name: "fee-differences.csv", filter: qsTr("CSV (*.csv)"),
                      save: function(url) { revenue.exportFeeDifferencesCsv(url) } }
                ]
            }
        }
        Label {
            visible: revenue.error.length > 0
            text: revenue.error
            color: OfficeTheme.late
        }
        Label {
            visible: revenue.exportMessage.length > 0
            text: revenue.exportMessage
            color: OfficeTheme.muted
            elide: Label.ElideMiddle
            Layout.fillWidth: true
        }
        ManagerTableHeader {
            Layout.fillWidth: true
            columns: tab.columns
        }
        ListView {
            objectName: "revenueList"
            Layout.fillWidth: true
            // As tall as its rows (up to half the tab): the fee differences follow right below.
            Layout.preferredHeight: Math.min(contentHeight, tab.height / 2)
            clip: true
            model: revenue
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                id: row
                required property int index
                required property string name
                required property string teamId
                required property var jobs
                required property string revenue
                required property int feeDifferences
                width: ListView.view.width
                height: 40
                color: index % 2 ? "#F7F9FB" : OfficeTheme.card
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    spacing: 8
                    Label { text: row.name; elide: Label.ElideRight; Layout.fillWidth: true }
                    Label {
                        text: tab.staff ? tab.staff.teamNameOf(row.teamId) : row.teamId
                        Layout.preferredWidth: tab.columns[1].width
                        elide: Label.ElideRight
                    }
                    Label {
                        text: row.jobs
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: tab.columns[2].width
                    }
                    Label {
                        text: row.revenue
                        font.bold: true
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: tab.columns[3].width
                    }
                    Label {
                        text: row.feeDifferences
                        color: row.feeDifferences > 0 ? OfficeTheme.late : OfficeTheme.muted
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: tab.columns[4].width
                    }
                }
            }
        }
        Label {
            text: qsTr("Fee differences (%1), not counted as revenue").arg(revenue.feeDifferences.count)
            font.bold: true
        }
        Label {
            visible: revenue.feeDifferences.count === 0
            text: qsTr("None: every completed job's device fee matched the server's.")
            color: OfficeTheme.muted
        }
        ManagerTableHeader {
            visible: revenue.feeDifferences.count > 0
            Layout.fillWidth: true
            columns: tab.feeColumns
        }
        ListView {
            objectName: "feeDifferenceList"
            visible: revenue.feeDifferences.count > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: revenue.feeDifferences
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                id: diff
                required property string technician
                required property string reference
                required property string serverFee
                required property string deviceFee
                required property string check
                width: ListView.view.width
                height: 30
                spacing: 8
                Label { text: diff.technician; Layout.preferredWidth: tab.feeColumns[0].width; leftPadding: 8 }
                Label { text: diff.reference; Layout.preferredWidth: tab.feeColumns[1].width }
                Label { text: diff.serverFee; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: tab.feeColumns[2].width }
                Label { text: diff.deviceFee; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: tab.feeColumns[3].width }
                Label { text: diff.check; elide: Label.ElideRight; Layout.fillWidth: true }
            }
        }
        Item {
            visible: revenue.feeDifferences.count === 0
            Layout.fillHeight: true
        }
    }
}
