import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger.Office

// Asks why, then deletes a shift or approves / withdraws its leave. The server stores the
// reason with the change (GetShiftHistory); a refusal stays in the dialog.
Dialog {
    id: dialog
    required property ManagerAttendanceModel attendance
    property string action: ""   // "delete", "approveLeave", "withdrawLeave"
    property string shiftId: ""
    property string summary: ""
    property bool waiting: false

    anchors.centerIn: parent
    width: 480
    modal: true
    title: action === "delete" ? qsTr("Delete the shift")
         : action === "approveLeave" ? qsTr("Approve leave for the shift")
         : qsTr("Withdraw the leave")

    function openFor(what, id, text) {
        action = what
        shiftId = id
        summary = text
        waiting = false
        reason.text = ""
        attendance.clearMessage()
        open()
        reason.forceActiveFocus()
    }
    function submit() {
        waiting = true
        if (action === "delete")
            attendance.deleteShift(shiftId, reason.text)
        else
            attendance.setLeave(shiftId, action === "approveLeave", reason.text)
    }

    Connections {
        target: dialog.attendance
        function onChanged(ok) {
            if (!dialog.visible || !dialog.waiting)
                return
            dialog.waiting = false
            if (ok)
                dialog.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            text: dialog.summary
            color: OfficeTheme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextArea {
            id: reason
            objectName: "shiftReasonField"
            placeholderText: dialog.action === "approveLeave" ? qsTr("Reason for the leave (stored with the change)")
                                                              : qsTr("Reason (stored with the change)")
            wrapMode: TextArea.Wrap
            Layout.fillWidth: true
            Layout.preferredHeight: 90
        }
        Label {
            objectName: "shiftReasonRefusal"
            visible: dialog.attendance.messageIsError && text.length > 0
            text: dialog.attendance.message
            color: OfficeTheme.late
            wrapMode: Text.Wrap
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
            objectName: "shiftReasonConfirm"
            text: qsTr("Confirm")
            highlighted: true
            enabled: !dialog.waiting
            onClicked: dialog.submit()
            Layout.rightMargin: 12
            Layout.bottomMargin: 8
        }
    }
}
