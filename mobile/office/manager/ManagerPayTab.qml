pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger
import FieldLedger.Office

// The month's pay: a row per technician (revenue, base, revenue share, metric bonus, rank
// rewards, total); the selected technician's payslip line by line beside it, with the
// bonus gate check by check and the fee differences left out of revenue.
Item {
    id: tab
    property var query
    property ManagerStaffModel staff
    readonly property alias pay: pay
    property int selected: 0
    // Read again when the month, the selection or the language changes.
    readonly property var detail: detailOf(selected, pay.count, Language.code)
    function detailOf(row, count, language) {
        return row >= 0 && row < count ? pay.detail(row) : ({})
    }
    property bool stale: true

    function refresh() {
        stale = false
        if (staff)
            pay.setTeamNames(staff.teamNames())
        pay.load(query)
    }
    onQueryChanged: { stale = true; if (visible) refresh() }
    onVisibleChanged: if (visible && stale) refresh()

    ManagerPayModel {
        id: pay
        objectName: "managerPay"
        property int count: 0
        onPayChanged: {
            if (tab.selected >= rowCount() || tab.selected < 0) tab.selected = rowCount() > 0 ? 0 : -1
            count = -1  // a new month with as many rows must still be read again
            count = rowCount()
        }
    }

    readonly property var columns: [
        { title: qsTr("Technician"), width: 0 },
        { title: qsTr("Revenue"), width: 110, right: true },
        { title: qsTr("Base"), width: 100, right: true },
        { title: qsTr("Share"), width: 80, right: true },
        { title: qsTr("Metric bonus"), width: 110, right: true },
        { title: qsTr("Rank rewards"), width: 110, right: true },
        { title: qsTr("Total"), width: 110, right: true }
    ]

    RowLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 12

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8
            RowLayout {
                Layout.fillWidth: true
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "payTitle"
                        text: qsTr("Pay for %1").arg(pay.periodText)
                        font.pixelSize: 20
                        font.bold: true
                    }
                    Label {
                        text: qsTr("Pay policy %1 · scoring policy %2 · computed %3")
                                  .arg(pay.payPolicyVersion).arg(pay.scoringPolicyVersion).arg(pay.computedAtText)
                        color: OfficeTheme.muted
                        font.pixelSize: 13
                        elide: Label.ElideRight
                        Layout.fillWidth: true
                    }
                }
                ManagerExportMenu {
                    objectName: "payExport"
                    enabled: pay.count > 0
                    choices: [
                        { text: qsTr("Month's pay as Excel"), name: "pay.xlsx", filter: qsTr("Excel workbook (*.xlsx)"),
                          save: function(url) { pay.exportXlsx(url) } },
                        { text: qsTr("Pay table as CSV"), name: "pay.csv", filter: qsTr("CSV (*.csv)"),
                          save: function(url) { pay.exportCsv(url) } },
                        { text: qsTr("Selected payslip as PDF"), name: "payslip.pdf", filter: qsTr("PDF (*.pdf)"),
                          save: function(url) { pay.exportPayslipPdf(tab.selected, url) } },
                        { text: qsTr("Every payslip as PDF"), name: "payslips.pdf", filter: qsTr("PDF (*.pdf)"),
                          save: function(url) { pay.exportPayslipPdf(-1, url) } }
                    ]
                }
            }
            Label {
                visible: pay.error.length > 0
                text: pay.error
                color: OfficeTheme.late
            }
            Label {
                visible: pay.exportMessage.length > 0
                text: pay.exportMessage
                color: OfficeTheme.muted
                elide: Label.ElideMiddle
                Layout.fillWidth: true
            }
            ManagerTableHeader {
                Layout.fillWidth: true
                columns: tab.columns
            }
            ListView {
                id: list
                objectName: "payList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: pay
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    id: row
                    required property int index
                    required property string name
                    required property string revenue
                    required property string base
                    required property string share
                    required property string bonus
                    required property string rankRewards
                    required property string total
                    required property bool bonusEarned
                    width: ListView.view.width
                    height: 44
                    color: tab.selected === index ? "#DCE8F7" : index % 2 ? "#F7F9FB" : OfficeTheme.card
                    MouseArea {
                        anchors.fill: parent
                        onClicked: tab.selected = row.index
                    }
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        anchors.rightMargin: 8
                        spacing: 8
                        Label {
                            text: row.name
                            elide: Label.ElideRight
                            Layout.fillWidth: true
                        }
                        Repeater {
                            model: [row.revenue, row.base, row.share, row.bonus, row.rankRewards, row.total]
                            delegate: Label {
                                required property int index
                                required property string modelData
                                text: modelData
                                horizontalAlignment: Text.AlignRight
                                font.bold: index === 5
                                color: index === 3 && !row.bonusEarned ? OfficeTheme.late : Material.foreground
                                Layout.preferredWidth: tab.columns[index + 1].width
                            }
                        }
                    }
                }
            }
            Label {
                text: qsTr("Total for the month: %1").arg(pay.totalText)
                font.bold: true
                Layout.alignment: Qt.AlignRight
            }
        }

        Pane {
            objectName: "payslipPane"
            visible: tab.selected >= 0 && pay.count > 0
            Layout.preferredWidth: Math.min(520, tab.width * 0.4)
            Layout.fillHeight: true
            Material.elevation: 2
            background: Rectangle { color: OfficeTheme.card }
            ScrollView {
                id: slipScroll
                anchors.fill: parent
                contentWidth: availableWidth
                clip: true
                ColumnLayout {
                    width: slipScroll.availableWidth
                    spacing: 6
                    Label {
                        objectName: "payslipName"
                        text: tab.detail.name || ""
                        font.pixelSize: 18
                        font.bold: true
                    }
                    Repeater {
                        model: tab.detail.lines || []
                        delegate: RowLayout {
                            id: line
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 8
                            Label {
                                objectName: "payLine_" + line.modelData.kind
                                text: line.modelData.text
                                wrapMode: Label.WordWrap
                                color: line.modelData.kind === "metric_bonus" && !tab.detail.bonusEarned ? OfficeTheme.late
                                                                                                    : Material.foreground
                                Layout.fillWidth: true
                                ToolTip.visible: lineArea.containsMouse
                                ToolTip.text: line.modelData.server
                                MouseArea {
                                    id: lineArea
                                    anchors.fill: parent
                                    hoverEnabled: true
                                }
                            }
                            Label {
                                text: line.modelData.amount
                                font.bold: true
                            }
                        }
                    }
                    Rectangle { Layout.fillWidth: true; height: 1; color: "#D5DAE1" }
                    RowLayout {
                        Layout.fillWidth: true
                        Label { text: qsTr("Total"); font.bold: true; Layout.fillWidth: true }
                        Label { objectName: "payslipTotal"; text: tab.detail.total || ""; font.bold: true }
                    }
                    Label {
                        text: tab.detail.bonusEarned ? qsTr("Bonus gate: passed") : qsTr("Bonus gate: not passed")
                        color: tab.detail.bonusEarned ? OfficeTheme.ok : OfficeTheme.late
                        font.bold: true
                        topPadding: 8
                    }
                    Repeater {
                        model: tab.detail.gate || []
                        delegate: RowLayout {
                            id: check
                            required property var modelData
                            Layout.fillWidth: true
                            Rectangle {
                                width: 10; height: 10; radius: 5
                                color: check.modelData.verdict === "met" ? OfficeTheme.ok
                                     : check.modelData.verdict === "missed" ? OfficeTheme.late : OfficeTheme.amber
                            }
                            Label {
                                text: check.modelData.name
                                Layout.fillWidth: true
                            }
                            Label {
                                text: qsTr("%1 (%2), target %3: %4").arg(check.modelData.percent).arg(check.modelData.fraction)
                                          .arg(check.modelData.target).arg(check.modelData.verdictText)
                            }
                        }
                    }
                    Label {
                        visible: (tab.detail.feeDifferences || []).length > 0
                        text: qsTr("Fee differences, not counted as revenue")
                        font.bold: true
                        topPadding: 8
                    }
                    Repeater {
                        model: tab.detail.feeDifferences || []
                        delegate: Label {
                            required property var modelData
                            text: qsTr("%1: server %2, device %3 (%4)").arg(modelData.reference)
                                      .arg(modelData.server).arg(modelData.device).arg(modelData.check)
                            wrapMode: Label.WordWrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
