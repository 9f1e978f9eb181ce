pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger
import FieldLedger.Office

// The call-back agent's desk: the queue on the left, the open visit and its record on the
// right, the agent's own figures above the queue. Keyboard first: Enter opens the next
// visit or saves and opens the next, 1-5 score, U unreachable, W wrong number, P problem
// came back, C complaint, N recommendation score, Esc gives the visit back.
Item {
    id: desk
    objectName: "callBackDesk"
    focus: true
    Material.accent: OfficeTheme.primary

    property alias controller: ctl

    CallBackDeskController {
        id: ctl
        objectName: "callBackController"
        session: OfficeSession
    }

    Component.onCompleted: {
        ctl.refresh()
        ctl.loadCard()
        desk.forceActiveFocus()
    }

    Connections {
        target: ctl
        function onVisitChanged() {
            record.reset()
            desk.forceActiveFocus()
        }
    }

    function handleKey(event) {
        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            if (ctl.hasVisit)
                record.submit(true)
            else
                ctl.openNext()
            event.accepted = true
            return
        }
        if (event.key === Qt.Key_Escape) {
            ctl.cancel()
            event.accepted = true
            return
        }
        if (!ctl.hasVisit)
            return
        if (event.key >= Qt.Key_1 && event.key <= Qt.Key_5) {
            record.outcome = "reached"
            record.score = event.key - Qt.Key_0
            event.accepted = true
        } else if (event.key === Qt.Key_R) {
            record.outcome = "reached"
            event.accepted = true
        } else if (event.key === Qt.Key_U) {
            record.outcome = "unreachable"
            event.accepted = true
        } else if (event.key === Qt.Key_W) {
            record.outcome = "wrong_number"
            event.accepted = true
        } else if (event.key === Qt.Key_P) {
            record.outcome = "reached"
            record.problemReturned = !record.problemReturned
            event.accepted = true
        } else if (event.key === Qt.Key_C) {
            record.outcome = "reached"
            record.nextComplaint()
            event.accepted = true
        } else if (event.key === Qt.Key_N) {
            record.focusNps()
            event.accepted = true
        } else if (event.key === Qt.Key_M) {
            record.focusComment()
            event.accepted = true
        }
    }

    Keys.onPressed: event => desk.handleKey(event)

    Rectangle {
        anchors.fill: parent
        color: OfficeTheme.page
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 12

        ColumnLayout {
            // About a third of the width (480 to 620 px): the rest is the visit and its record.
            readonly property int paneWidth: Math.min(620, Math.max(480, Math.round(desk.width * 0.36)))
            Layout.preferredWidth: paneWidth
            Layout.minimumWidth: paneWidth
            Layout.maximumWidth: paneWidth
            Layout.fillHeight: true
            spacing: 12

            AgentCardPane {
                controller: ctl
                Layout.fillWidth: true
            }
            CallQueuePane {
                controller: ctl
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }

        ColumnLayout {
            // Takes what the queue leaves; its contents wrap rather than widen it.
            Layout.fillWidth: true
            Layout.preferredWidth: 0
            Layout.fillHeight: true
            spacing: 12

            Label {
                objectName: "deskError"
                visible: ctl.errorText.length > 0
                text: ctl.errorText
                color: OfficeTheme.late
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "deskNotice"
                visible: ctl.notice.length > 0 && ctl.errorText.length === 0
                text: ctl.notice
                color: OfficeTheme.ok
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            VisitPane {
                controller: ctl
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            RecordPane {
                id: record
                controller: ctl
                desk: desk
                visible: ctl.hasVisit
                Layout.fillWidth: true
            }
        }
    }
}
