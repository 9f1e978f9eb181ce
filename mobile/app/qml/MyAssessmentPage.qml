pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger

// The technician's self-assessment of this month (docs/assessment.md): written offline,
// saved into the outbox and sent with the next sync; the manager reads it beside the
// month's figures. Once the month is published the server refuses it and this page says so.
Page {
    id: page
    objectName: "myAssessmentPage"
    title: qsTr("My assessment")
    background: Rectangle { color: Theme.page }

    MyAssessment {
        id: assessment
        onChanged: if (!editor.activeFocus) editor.text = assessment.savedText
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        Label {
            objectName: "assessmentMonth"
            text: assessment.monthTitle
            font.pixelSize: 18
            font.bold: true
        }
        Label {
            text: qsTr("What went well this month, what did not, and what you need.")
            color: Theme.muted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            background: Rectangle {
                color: Theme.card
                radius: 10
                border.color: "#DDE3EA"
            }
            TextArea {
                id: editor
                objectName: "assessmentEditor"
                text: assessment.savedText
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Write your self-assessment")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "assessmentState"
                text: assessment.stateText
                color: assessment.state === "rejected" ? Theme.late
                     : assessment.state === "sent" ? Theme.ok : Theme.muted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "assessmentBytes"
                readonly property int used: assessment.bytesOf(editor.text)
                text: qsTr("%1 / %2").arg(used).arg(assessment.maxBytes)
                color: used > assessment.maxBytes ? Theme.late : Theme.muted
            }
        }
        Label {
            objectName: "assessmentError"
            visible: assessment.error.length > 0
            text: assessment.error
            color: Theme.late
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "saveAssessmentButton"
            text: qsTr("Save")
            highlighted: true
            enabled: editor.text.length > 0 && editor.text !== assessment.savedText
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onClicked: {
                editor.focus = false
                assessment.save(editor.text)
            }
        }
    }
}
