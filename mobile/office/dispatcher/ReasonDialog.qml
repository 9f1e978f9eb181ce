import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger.Office

// Asks why, then cancels, excuses, revokes an excusal or accepts an unverified arrival.
// The reason is stored with the change; a refusal from the server stays in the dialog.
Dialog {
    id: dialog
    required property DispatcherBoard board
    property string action: ""
    property string jobId: ""
    property var job: ({})
    property string refusal: ""
    property bool waiting: false

    anchors.centerIn: parent
    width: 460
    modal: true
    title: {
        switch (action) {
        case "cancel": return qsTr("Cancel the job")
        case "excuse": return qsTr("Excuse the late arrival or no-show")
        case "revoke": return qsTr("Revoke the excusal")
        case "accept": return qsTr("Accept the unverified arrival")
        default: return ""
        }
    }

    function openFor(what, id) {
        action = what
        jobId = id
        job = board.job(id)
        refusal = ""
        waiting = false
        reason.text = ""
        open()
        reason.forceActiveFocus()
    }
    function submit() {
        refusal = ""
        waiting = true
        switch (action) {
        case "cancel": board.cancelJob(jobId, reason.text); break
        case "excuse": board.excuse(jobId, reason.text); break
        case "revoke": board.revokeExcusal(jobId, reason.text); break
        case "accept": board.acceptArrival(jobId, reason.text); break
        }
    }

    Connections {
        target: dialog.board
        function onActionFinished(action, ok, message, jobId) {
            if (!dialog.visible || !dialog.waiting || jobId !== dialog.jobId)
                return
            dialog.waiting = false
            if (ok)
                dialog.close()
            else
                dialog.refusal = message
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            text: (dialog.job.reference ?? "") + " · " + (dialog.job.customer ?? "")
            color: OfficeTheme.muted
        }
        TextArea {
            id: reason
            objectName: "reasonField"
            placeholderText: qsTr("Reason (stored with the change)")
            wrapMode: TextArea.Wrap
            Layout.fillWidth: true
            Layout.preferredHeight: 90
        }
        Label {
            objectName: "reasonRefusal"
            visible: text.length > 0
            text: dialog.refusal
            color: OfficeTheme.late
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    footer: RowLayout {
        spacing: 8
        Item { Layout.fillWidth: true }
        Button {
            objectName: "reasonCancelButton"
            text: qsTr("Back")
            flat: true
            onClicked: dialog.close()
        }
        Button {
            objectName: "reasonConfirmButton"
            text: qsTr("Confirm")
            highlighted: true
            enabled: !dialog.waiting
            onClicked: dialog.submit()
            Layout.rightMargin: 12
            Layout.bottomMargin: 8
        }
    }
}
