pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import QtCore
import FieldLedger.Office

// The month's shift schedule (the filter bar's technician, team or company): each
// technician's attendance rate as the scoring engine counts it, every shift with its state,
// and the editor: add, move and delete shifts, approve or withdraw leave with a reason, and
// import a schedule from CSV (all or nothing; every bad line listed in the user's language).
Item {
    id: tab
    property var query
    property ManagerStaffModel staff
    readonly property alias attendance: attendance
    readonly property alias shiftDialog: shiftDialog
    readonly property alias reasonDialog: reasonDialog
    property bool stale: true

    function refresh() {
        stale = false
        attendance.load(query)
    }
    onQueryChanged: { stale = true; if (visible) refresh() }
    onVisibleChanged: if (visible && stale) refresh()

    ManagerAttendanceModel {
        id: attendance
        objectName: "managerAttendance"
    }
    ManagerShiftDialog {
        id: shiftDialog
        objectName: "shiftDialog"
        attendance: attendance
        staff: tab.staff
    }
    ManagerReasonDialog {
        id: reasonDialog
        objectName: "shiftReasonDialog"
        attendance: attendance
    }
    FileDialog {
        id: importDialog
        nameFilters: [qsTr("CSV (*.csv)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        onAccepted: attendance.importCsv(String(selectedFile))
    }

    readonly property var columns: [
        { title: qsTr("Date"), width: 130 },
        { title: qsTr("Technician"), width: 0 },
        { title: qsTr("Shift"), width: 120 },
        { title: qsTr("Check-in"), width: 80 },
        { title: qsTr("State"), width: 100 },
        { title: qsTr("Leave reason"), width: 150 },
        { title: "", width: 320 }
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
                spacing: 8
                Label {
                    objectName: "attendanceTitle"
                    text: qsTr("Shift schedule for %1").arg(attendance.monthText)
                    font.pixelSize: 20
                    font.bold: true
                    elide: Label.ElideRight
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "addShiftButton"
                    text: qsTr("Add a shift")
                    highlighted: true
                    onClicked: shiftDialog.openFor({}, tab.query && tab.query.scopeKind === "technician" ? tab.query.scopeId : "",
                                                   tab.query ? tab.query.anchor : "")
                }
                Button {
                    objectName: "importShiftsButton"
                    text: qsTr("Import CSV…")
                    enabled: !attendance.busy
                    onClicked: importDialog.open()
                }
            }
            Label {
                text: qsTr("Columns: technician (username), start, end (YYYY-MM-DD HH:MM, company time), leave (yes/no), leave_reason. Any bad line refuses the whole file.")
                color: OfficeTheme.muted
                font.pixelSize: 12
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: attendance.error.length > 0
                text: attendance.error
                color: OfficeTheme.late
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "attendanceMessage"
                visible: text.length > 0 && !shiftDialog.visible && !reasonDialog.visible
                text: attendance.message
                color: attendance.messageIsError ? OfficeTheme.late : OfficeTheme.ok
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Frame {
                objectName: "importErrors"
                visible: attendance.importErrors.length > 0
                Layout.fillWidth: true
                Layout.maximumHeight: 160
                ListView {
                    objectName: "importErrorList"
                    anchors.fill: parent
                    implicitHeight: Math.min(contentHeight, 136)
                    clip: true
                    model: attendance.importErrors
                    ScrollBar.vertical: ScrollBar {}
                    delegate: Label {
                        required property string modelData
                        width: ListView.view.width
                        text: modelData
                        color: OfficeTheme.late
                        wrapMode: Text.Wrap
                    }
                }
            }

            ManagerTableHeader {
                Layout.fillWidth: true
                columns: tab.columns
            }
            ListView {
                id: list
                objectName: "shiftList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: attendance
                ScrollBar.vertical: ScrollBar {}
                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0 && !attendance.loading
                    text: qsTr("No shifts scheduled this month.")
                    color: OfficeTheme.muted
                }
                delegate: Rectangle {
                    id: row
                    required property int index
                    required property string shiftId
                    required property string technicianId
                    required property string name
                    required property string date
                    required property string day
                    required property string startTime
                    required property string endTime
                    required property string stateKey
                    required property string stateText
                    required property string checkIn
                    required property bool leave
                    required property string leaveReason
                    required property bool editable
                    readonly property string summary: row.name + " · " + row.day + " " + row.startTime
                                                     + (row.endTime.length > 0 ? "–" + row.endTime : "")
                    width: ListView.view.width
                    height: 44
                    color: index % 2 ? "#F7F9FB" : OfficeTheme.card
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        anchors.rightMargin: 8
                        spacing: 8
                        Label {
                            text: row.day
                            elide: Label.ElideRight
                            Layout.preferredWidth: tab.columns[0].width
                        }
                        Label {
                            text: row.name
                            elide: Label.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.endTime.length > 0 ? row.startTime + "–" + row.endTime : row.startTime
                            Layout.preferredWidth: tab.columns[2].width
                        }
                        Label {
                            text: row.checkIn
                            Layout.preferredWidth: tab.columns[3].width
                        }
                        Label {
                            objectName: "shiftState_" + row.index
                            text: row.stateText
                            font.bold: true
                            color: row.stateKey === "attended" ? OfficeTheme.ok
                                 : row.stateKey === "late" || row.stateKey === "absent" ? OfficeTheme.late
                                 : OfficeTheme.muted
                            Layout.preferredWidth: tab.columns[4].width
                        }
                        Label {
                            text: row.leaveReason
                            color: OfficeTheme.muted
                            elide: Label.ElideRight
                            Layout.preferredWidth: tab.columns[5].width
                        }
                        RowLayout {
                            Layout.preferredWidth: tab.columns[6].width
                            spacing: 0
                            Button {
                                objectName: "moveShift_" + row.index
                                text: qsTr("Move")
                                flat: true
                                Layout.preferredWidth: 80
                                enabled: row.editable
                                onClicked: shiftDialog.openFor({ shiftId: row.shiftId, technicianId: row.technicianId,
                                                                 date: row.date, startTime: row.startTime, endTime: row.endTime })
                            }
                            Button {
                                objectName: "leaveShift_" + row.index
                                text: row.leave ? qsTr("Withdraw leave") : qsTr("Approve leave")
                                flat: true
                                Layout.preferredWidth: 160
                                onClicked: reasonDialog.openFor(row.leave ? "withdrawLeave" : "approveLeave", row.shiftId, row.summary)
                            }
                            Button {
                                objectName: "deleteShift_" + row.index
                                text: qsTr("Delete")
                                flat: true
                                Layout.preferredWidth: 80
                                enabled: row.editable
                                onClicked: reasonDialog.openFor("delete", row.shiftId, row.summary)
                            }
                        }
                    }
                }
            }
        }

        // The month's attendance rate per technician, as the engine counts it.
        Frame {
            Layout.preferredWidth: 260
            Layout.fillHeight: true
            ColumnLayout {
                anchors.fill: parent
                spacing: 6
                Label {
                    text: qsTr("Attendance rate")
                    font.pixelSize: 16
                    font.bold: true
                }
                Label {
                    text: qsTr("Shifts attended by start + grace / shifts due, leave excluded. Scoring policy %1.").arg(attendance.policyVersion)
                    color: OfficeTheme.muted
                    font.pixelSize: 12
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ListView {
                    objectName: "attendanceRates"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: attendance.rates
                    delegate: RowLayout {
                        id: rate
                        required property var modelData
                        required property int index
                        width: ListView.view.width
                        height: 32
                        Label {
                            text: rate.modelData.name
                            elide: Label.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: rate.modelData.fraction
                            color: OfficeTheme.muted
                        }
                        Label {
                            objectName: "attendanceRate_" + rate.modelData.technicianId
                            text: rate.modelData.percent
                            font.bold: true
                            horizontalAlignment: Text.AlignRight
                            Layout.preferredWidth: 64
                        }
                    }
                }
            }
        }
    }
}
