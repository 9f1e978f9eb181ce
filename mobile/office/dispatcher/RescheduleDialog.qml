import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger.Office

// Moves a job's promised window (date, from, to) with a reason. The job is then scored
// against the new window; the server refuses once the technician arrived or the old
// window closed with no arrival (a no-show is excused, not moved).
Dialog {
    id: dialog
    required property DispatcherBoard board
    property string jobId: ""
    property string refusal: ""
    property bool waiting: false

    anchors.centerIn: parent
    width: 460
    modal: true
    title: qsTr("Reschedule")

    function openFor(id) {
        jobId = id
        const j = board.job(id)
        date.text = j.windowDate ?? board.day
        from.text = board.clock(j.windowStart ?? 0)
        to.text = board.clock(j.windowEnd ?? 0)
        reason.text = ""
        refusal = ""
        waiting = false
        open()
        from.forceActiveFocus()
    }
    function submit() {
        const start = board.atTime(from.text, date.text)
        const end = board.atTime(to.text, date.text)
        if (!start || !end) {
            refusal = qsTr("Times are HH:MM, the date YYYY-MM-DD.")
            return
        }
        refusal = ""
        waiting = true
        board.reschedule(jobId, start, end, reason.text)
    }

    Connections {
        target: dialog.board
        function onActionFinished(action, ok, message, jobId) {
            if (!dialog.visible || !dialog.waiting || action !== "reschedule")
                return
            dialog.waiting = false
            if (ok)
                dialog.close()
            else
                dialog.refusal = message
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12
        Label { text: qsTr("Date") }
        TextField { id: date; objectName: "rescheduleDate"; Layout.fillWidth: true; selectByMouse: true }
        Label { text: qsTr("From") }
        TextField { id: from; objectName: "rescheduleFrom"; placeholderText: "09:00"; Layout.fillWidth: true; selectByMouse: true }
        Label { text: qsTr("To") }
        TextField { id: to; objectName: "rescheduleTo"; placeholderText: "11:00"; Layout.fillWidth: true; selectByMouse: true }
        Label { text: qsTr("Reason") }
        TextField {
            id: reason
            objectName: "rescheduleReason"
            placeholderText: qsTr("e.g. the customer asked")
            Layout.fillWidth: true
            onAccepted: dialog.submit()
        }
        Label {
            objectName: "rescheduleRefusal"
            visible: text.length > 0
            text: dialog.refusal
            color: OfficeTheme.late
            wrapMode: Text.Wrap
            Layout.columnSpan: 2
            Layout.fillWidth: true
        }
    }

    footer: RowLayout {
        spacing: 8
        Item { Layout.fillWidth: true }
        Button {
            text: qsTr("Back")
            flat: true
            onClicked: dialog.close()
        }
        Button {
            objectName: "rescheduleConfirmButton"
            text: qsTr("Reschedule")
            highlighted: true
            enabled: !dialog.waiting
            onClicked: dialog.submit()
            Layout.rightMargin: 12
            Layout.bottomMargin: 8
        }
    }
}
