pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// The dispatcher's desk: the day's board (a row per technician on a time axis) beside
// the sortable, filterable job list and the windows at risk; a job's detail with its
// whole history and every action. Keyboard: Ctrl+N new job, Ctrl+F search, F5 reload,
// Alt+Left/Right the previous/next day, Alt+Home today; with a job selected, Return
// opens it, Ctrl+R reschedules, Ctrl+E excuses, Ctrl+Delete cancels.
Item {
    id: desk
    objectName: "dispatcherDesk"
    property alias board: board
    property string selectedJobId: ""

    function openJob(jobId) {
        selectedJobId = jobId
        detail.open(jobId)
    }
    function reschedule(jobId) { rescheduleDialog.openFor(jobId) }
    function askReason(action, jobId) { reasonDialog.openFor(action, jobId) }
    function newJob() { createDialog.openNew() }

    DispatcherBoard {
        id: board
        Component.onCompleted: board.load()
    }

    Connections {
        target: board
        function onActionFinished(action, ok, message, jobId) {
            banner.text = ok ? "" : message
            if (ok)
                desk.selectedJobId = jobId
        }
    }

    Rectangle {
        anchors.fill: parent
        color: OfficeTheme.page
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 4
            ToolButton {
                objectName: "previousDayButton"
                text: "‹"
                font.pixelSize: 22
                onClicked: board.shiftDay(-1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Previous day (Alt+Left)")
            }
            Label {
                objectName: "dayTitle"
                text: board.dayTitle
                font.pixelSize: 18
                font.bold: true
                Layout.minimumWidth: 220
                horizontalAlignment: Text.AlignHCenter
            }
            ToolButton {
                objectName: "nextDayButton"
                text: "›"
                font.pixelSize: 22
                onClicked: board.shiftDay(1)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Next day (Alt+Right)")
            }
            Button {
                objectName: "todayButton"
                text: qsTr("Today")
                flat: true
                onClicked: board.load()
            }
            TextField {
                id: dayField
                objectName: "dayField"
                placeholderText: qsTr("YYYY-MM-DD")
                text: board.day
                Layout.preferredWidth: 130
                selectByMouse: true
                onAccepted: board.load(text)
            }
            Item { Layout.fillWidth: true }
            Rectangle {
                width: 10
                height: 10
                radius: 5
                color: board.liveState === "live" ? OfficeTheme.ok : OfficeTheme.amber
            }
            Label {
                objectName: "liveState"
                text: board.liveState === "live" ? qsTr("Live")
                      : board.liveState === "reconnecting" ? qsTr("Reconnecting…")
                      : qsTr("Connecting…")
                color: OfficeTheme.muted
            }
            Button {
                objectName: "newJobButton"
                text: qsTr("New job")
                highlighted: true
                onClicked: desk.newJob()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Create a job (Ctrl+N)")
            }
        }

        Label {
            id: banner
            objectName: "actionError"
            visible: text.length > 0
            color: "white"
            padding: 8
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            background: Rectangle { color: OfficeTheme.late; radius: 4 }
            MouseArea {
                anchors.fill: parent
                onClicked: banner.text = ""
            }
        }
        Label {
            objectName: "loadError"
            visible: board.error.length > 0
            text: board.error
            color: OfficeTheme.late
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 8

            BoardTimeline {
                id: timeline
                objectName: "boardTimeline"
                board: board
                selectedJobId: desk.selectedJobId
                Layout.fillWidth: true
                Layout.fillHeight: true
                onJobClicked: jobId => desk.openJob(jobId)
                onJobSelected: jobId => desk.selectedJobId = jobId
                onRescheduleRequested: jobId => desk.reschedule(jobId)
                onReasonRequested: (action, jobId) => desk.askReason(action, jobId)
            }

            Pane {
                Layout.preferredWidth: Math.max(380, desk.width * 0.3)
                Layout.fillHeight: true
                padding: 0
                Material.elevation: 1
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 0
                    TabBar {
                        id: tabs
                        objectName: "sideTabs"
                        Layout.fillWidth: true
                        TabButton {
                            objectName: "jobsTab"
                            text: qsTr("Jobs (%1)").arg(board.list.count)
                        }
                        TabButton {
                            objectName: "alertsTab"
                            text: qsTr("At risk (%1)").arg(board.alerts.count)
                        }
                    }
                    StackLayout {
                        currentIndex: tabs.currentIndex
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        BoardJobList {
                            id: jobList
                            objectName: "boardJobList"
                            board: board
                            selectedJobId: desk.selectedJobId
                            onJobClicked: jobId => desk.openJob(jobId)
                        }
                        AlertList {
                            objectName: "alertList"
                            board: board
                            onJobClicked: jobId => desk.openJob(jobId)
                        }
                    }
                }
            }
        }
    }

    JobDetail {
        id: detail
        objectName: "jobDetail"
        board: board
        onRescheduleRequested: jobId => desk.reschedule(jobId)
        onReasonRequested: (action, jobId) => desk.askReason(action, jobId)
    }
    CreateJobDialog {
        id: createDialog
        objectName: "createJobDialog"
        board: board
    }
    RescheduleDialog {
        id: rescheduleDialog
        objectName: "rescheduleDialog"
        board: board
    }
    ReasonDialog {
        id: reasonDialog
        objectName: "reasonDialog"
        board: board
    }

    Shortcut {
        sequence: "Ctrl+N"
        onActivated: desk.newJob()
    }
    Shortcut {
        sequence: "Ctrl+F"
        onActivated: {
            tabs.currentIndex = 0
            jobList.focusSearch()
        }
    }
    Shortcut {
        sequence: "F5"
        onActivated: board.load(board.day)
    }
    Shortcut {
        sequence: "Alt+Left"
        onActivated: board.shiftDay(-1)
    }
    Shortcut {
        sequence: "Alt+Right"
        onActivated: board.shiftDay(1)
    }
    Shortcut {
        sequence: "Alt+Home"
        onActivated: board.load()
    }
    Shortcut {
        sequence: "Return"
        enabled: desk.selectedJobId !== "" && !detail.opened
        onActivated: desk.openJob(desk.selectedJobId)
    }
    Shortcut {
        sequence: "Ctrl+R"
        enabled: desk.selectedJobId !== ""
        onActivated: desk.reschedule(desk.selectedJobId)
    }
    Shortcut {
        sequence: "Ctrl+E"
        enabled: desk.selectedJobId !== ""
        onActivated: desk.askReason("excuse", desk.selectedJobId)
    }
    Shortcut {
        sequence: "Ctrl+Delete"
        enabled: desk.selectedJobId !== ""
        onActivated: desk.askReason("cancel", desk.selectedJobId)
    }
}
