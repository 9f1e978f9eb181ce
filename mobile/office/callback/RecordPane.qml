pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger
import FieldLedger.Office

// Recording the call, keyboard first (the desk forwards the keys): 1-5 score, R/U/W the
// outcome, P problem came back, C complaint category, N recommendation score, M comment,
// Enter saves and opens the next visit, Esc gives the visit back.
Pane {
    id: pane
    objectName: "recordPane"
    required property CallBackDeskController controller
    required property Item desk
    Material.elevation: 2
    padding: 12

    property string outcome: ""
    property int score: 0
    property bool problemReturned: false
    property bool openRepair: true
    property string complaint: ""
    readonly property var complaints: ["", "attitude", "lateness", "price", "quality", "other"]

    function reset() {
        outcome = ""
        score = 0
        problemReturned = false
        openRepair = true
        complaint = ""
        npsField.text = ""
        commentField.text = ""
        complaintCommentField.text = ""
    }
    function nextComplaint() {
        complaint = complaints[(complaints.indexOf(complaint) + 1) % complaints.length]
    }
    function focusNps() { npsField.forceActiveFocus() }
    function focusComment() { commentField.forceActiveFocus() }
    readonly property bool npsValid: npsField.text.length === 0
                                     || (/^\d+$/.test(npsField.text) && Number(npsField.text) <= 10)
    readonly property bool canSave: outcome.length > 0 && npsValid && !controller.busy
    function submit(thenNext) {
        if (!canSave)
            return
        const reached = outcome === "reached"
        controller.save(outcome, reached ? score : 0,
                        reached && npsField.text.length > 0 ? Number(npsField.text) : -1,
                        reached && problemReturned, reached && problemReturned && openRepair,
                        reached ? complaint : "", complaintCommentField.text, commentField.text, thenNext)
        desk.forceActiveFocus()
    }
    function complaintText(c) {
        switch (c) {
        case "attitude": return qsTr("Attitude")
        case "lateness": return qsTr("Lateness")
        case "price": return qsTr("Price")
        case "quality": return qsTr("Quality")
        case "other": return qsTr("Other")
        default: return qsTr("No complaint")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            spacing: 6
            Layout.fillWidth: true
            Repeater {
                model: [
                    { key: "reached", label: qsTr("Reached (R)") },
                    { key: "unreachable", label: qsTr("Unreachable (U)") },
                    { key: "wrong_number", label: qsTr("Wrong number (W)") }
                ]
                delegate: Button {
                    required property var modelData
                    objectName: "outcome_" + modelData.key
                    text: modelData.label
                    checkable: true
                    checked: pane.outcome === modelData.key
                    highlighted: checked
                    focusPolicy: Qt.NoFocus
                    onClicked: pane.outcome = modelData.key
                }
            }
            Item { Layout.fillWidth: true }
            Label { text: qsTr("Satisfaction (1-5)"); color: OfficeTheme.muted }
            Repeater {
                model: 5
                delegate: Button {
                    required property int index
                    objectName: "score_" + (index + 1)
                    text: index + 1
                    implicitWidth: 40
                    enabled: pane.outcome === "reached" || pane.outcome === ""
                    highlighted: pane.score === index + 1
                    focusPolicy: Qt.NoFocus
                    onClicked: {
                        pane.outcome = "reached"
                        pane.score = index + 1
                    }
                }
            }
        }

        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            enabled: pane.outcome === "reached"
            Label { text: qsTr("Recommend 0-10 (N)"); color: OfficeTheme.muted }
            TextField {
                id: npsField
                objectName: "npsField"
                implicitWidth: 60
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 0; top: 10 }
                onAccepted: pane.submit(true)
                Keys.onEscapePressed: pane.desk.forceActiveFocus()
            }
            CheckBox {
                objectName: "problemReturned"
                text: qsTr("Problem came back (P)")
                checked: pane.problemReturned
                focusPolicy: Qt.NoFocus
                onToggled: pane.problemReturned = checked
            }
            CheckBox {
                objectName: "openRepair"
                enabled: pane.problemReturned
                text: qsTr("Open a repair job for the dispatcher")
                checked: pane.problemReturned && pane.openRepair
                focusPolicy: Qt.NoFocus
                onToggled: pane.openRepair = checked
            }
            Item { Layout.fillWidth: true }
        }

        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            enabled: pane.outcome === "reached"
            Label { text: qsTr("Complaint (C)"); color: OfficeTheme.muted }
            ComboBox {
                objectName: "complaintBox"
                focusPolicy: Qt.NoFocus
                implicitWidth: 170
                model: pane.complaints.map(c => pane.complaintText(c))
                currentIndex: pane.complaints.indexOf(pane.complaint)
                onActivated: index => pane.complaint = pane.complaints[index]
            }
            TextField {
                id: complaintCommentField
                objectName: "complaintComment"
                enabled: pane.complaint.length > 0
                placeholderText: qsTr("What the customer complained about")
                Layout.fillWidth: true
                onAccepted: pane.submit(true)
                Keys.onEscapePressed: pane.desk.forceActiveFocus()
            }
        }

        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            TextField {
                id: commentField
                objectName: "commentField"
                placeholderText: qsTr("Comment (M)")
                Layout.fillWidth: true
                onAccepted: pane.submit(true)
                Keys.onEscapePressed: pane.desk.forceActiveFocus()
            }
            Button {
                objectName: "cancelVisit"
                text: qsTr("Give back (Esc)")
                flat: true
                focusPolicy: Qt.NoFocus
                onClicked: pane.controller.cancel()
            }
            Button {
                objectName: "saveVisit"
                text: qsTr("Save and next (Enter)")
                highlighted: true
                enabled: pane.canSave
                focusPolicy: Qt.NoFocus
                onClicked: pane.submit(true)
            }
        }
    }
}
