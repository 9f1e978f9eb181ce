pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// The month's assessment: every technician listed on the left; the selected one's figures
// (live, and once published the frozen ones with a "changed since publication" marker
// where live differs), their self-assessment, and the assessor's comment, written here.
// Publishing the month asks for confirmation: the server freezes figures and pay then.
Item {
    id: tab
    property var query
    property ManagerStaffModel staff
    readonly property alias assessment: assessment
    readonly property alias publishDialog: publishDialog
    property int selected: 0
    property bool stale: true
    function refresh() {
        stale = false
        assessment.load(query)
    }
    onQueryChanged: { stale = true; if (visible) refresh() }
    onVisibleChanged: if (visible && stale) refresh()

    ManagerAssessmentModel {
        id: assessment
        objectName: "managerAssessment"
        property int count: 0
        onAssessmentChanged: {
            if (tab.selected >= rowCount() || tab.selected < 0) tab.selected = rowCount() > 0 ? 0 : -1
            count = -1
            count = rowCount()
        }
    }

    Dialog {
        id: publishDialog
        objectName: "publishDialog"
        anchors.centerIn: parent
        width: 520
        modal: true
        title: qsTr("Publish %1?").arg(assessment.monthText)
        property bool waiting: false
        onOpened: { waiting = false; note.text = ""; assessment.clearMessage() }
        Connections {
            target: assessment
            function onChanged(ok) {
                if (publishDialog.visible && publishDialog.waiting) {
                    publishDialog.waiting = false
                    if (ok) publishDialog.close()
                }
            }
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                text: qsTr("Every technician's figures and pay for the month are frozen as they are now, with the policy versions. Later data is shown as \"changed since publication\" and never rewrites them. Comments and self-assessments for the month can no longer be changed. This cannot be undone.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: note
                objectName: "publishNote"
                placeholderText: qsTr("Note (optional)")
                Layout.fillWidth: true
            }
            Label {
                visible: assessment.messageIsError && text.length > 0
                text: assessment.message
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
                onClicked: publishDialog.close()
            }
            Button {
                objectName: "publishConfirm"
                text: qsTr("Publish")
                highlighted: true
                enabled: !publishDialog.waiting
                onClicked: { publishDialog.waiting = true; assessment.publish(note.text) }
                Layout.rightMargin: 12
                Layout.bottomMargin: 8
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    objectName: "assessmentTitle"
                    text: qsTr("Assessment for %1").arg(assessment.monthText)
                    font.pixelSize: 20
                    font.bold: true
                    elide: Label.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "publicationText"
                    text: assessment.published ? assessment.publicationText
                        : assessment.monthEnded ? qsTr("Not published yet: the figures below are live.")
                        : qsTr("The month has not ended: it can be published once it is over.")
                    color: assessment.published ? OfficeTheme.ok : OfficeTheme.muted
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Button {
                objectName: "publishButton"
                text: assessment.published ? qsTr("Published") : qsTr("Publish the month…")
                highlighted: !assessment.published
                enabled: !assessment.published && assessment.monthEnded && !assessment.busy
                onClicked: publishDialog.open()
            }
        }
        Label {
            visible: assessment.error.length > 0
            text: assessment.error
            color: OfficeTheme.late
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "assessmentMessage"
            visible: text.length > 0 && !publishDialog.visible
            text: assessment.message
            color: assessment.messageIsError ? OfficeTheme.late : OfficeTheme.ok
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 12

            ListView {
                id: people
                objectName: "assessmentPeople"
                Layout.preferredWidth: 260
                Layout.fillHeight: true
                clip: true
                model: assessment
                currentIndex: tab.selected
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: person
                    required property int index
                    required property string name
                    required property string teamId
                    required property bool changed
                    required property string selfText
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    onClicked: tab.selected = index
                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            text: person.name
                            font.bold: true
                            elide: Label.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: (tab.staff ? tab.staff.teamNameOf(person.teamId) : person.teamId)
                                  + (person.selfText.length > 0 ? " · " + qsTr("self-assessment written") : " · " + qsTr("no self-assessment"))
                            color: OfficeTheme.muted
                            font.pixelSize: 12
                            elide: Label.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: person.changed
                            text: qsTr("changed since publication")
                            color: OfficeTheme.accent
                            font.pixelSize: 12
                        }
                    }
                }
            }

            // The selected technician, one delegate of the same model filtered to its row.
            Repeater {
                model: assessment
                delegate: ScrollView {
                    id: card
                    required property int index
                    required property string technicianId
                    required property string name
                    required property var figures
                    required property string livePay
                    required property bool liveBonus
                    required property string frozenPay
                    required property bool frozenBonus
                    required property bool payChanged
                    required property string selfText
                    required property string selfWritten
                    required property string comment
                    required property string commentBy
                    visible: index === tab.selected
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    contentWidth: availableWidth
                    clip: true

                    ColumnLayout {
                        width: card.availableWidth
                        spacing: 10
                        Label {
                            objectName: "assessmentName"
                            text: card.name
                            font.pixelSize: 18
                            font.bold: true
                        }
                        ColumnLayout {
                            objectName: "assessmentFigures"
                            spacing: 4
                            Layout.fillWidth: true
                            RowLayout {
                                spacing: 16
                                Label { text: qsTr("Metric"); font.bold: true; Layout.preferredWidth: 200 }
                                Label { text: qsTr("Live"); font.bold: true; Layout.preferredWidth: 150 }
                                Label {
                                    visible: assessment.published
                                    text: qsTr("Published")
                                    font.bold: true
                                    Layout.preferredWidth: 150
                                }
                            }
                            Repeater {
                                model: card.figures
                                delegate: RowLayout {
                                    id: figure
                                    required property var modelData
                                    spacing: 16
                                    Label {
                                        text: figure.modelData.title
                                        elide: Label.ElideRight
                                        Layout.preferredWidth: 200
                                    }
                                    Label {
                                        objectName: "liveFigure_" + figure.modelData.key
                                        text: figure.modelData.live
                                        font.bold: figure.modelData.changed
                                        Layout.preferredWidth: 150
                                    }
                                    Label {
                                        objectName: "frozenFigure_" + figure.modelData.key
                                        visible: assessment.published
                                        text: figure.modelData.frozen
                                        Layout.preferredWidth: 150
                                    }
                                    Label {
                                        objectName: "changedFigure_" + figure.modelData.key
                                        visible: assessment.published && figure.modelData.changed
                                        text: qsTr("changed since publication")
                                        color: OfficeTheme.accent
                                        font.bold: true
                                    }
                                }
                            }
                        }
                        Label {
                            objectName: "assessmentPay"
                            text: assessment.published
                                  ? qsTr("Pay: %1 published (%2), live %3 (%4)")
                                        .arg(card.frozenPay).arg(card.frozenBonus ? qsTr("metric bonus earned") : qsTr("no metric bonus"))
                                        .arg(card.livePay).arg(card.liveBonus ? qsTr("metric bonus earned") : qsTr("no metric bonus"))
                                  : qsTr("Pay: %1 (%2)").arg(card.livePay)
                                        .arg(card.liveBonus ? qsTr("metric bonus earned") : qsTr("no metric bonus"))
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "payChangedMarker"
                            visible: card.payChanged
                            text: qsTr("Pay changed since publication: the published pay stays as it was paid.")
                            color: OfficeTheme.accent
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("Self-assessment")
                            font.pixelSize: 16
                            font.bold: true
                        }
                        Label {
                            objectName: "selfAssessmentText"
                            text: card.selfText.length > 0 ? card.selfText : qsTr("%1 has not written a self-assessment for this month.").arg(card.name)
                            color: card.selfText.length > 0 ? Material.foreground : OfficeTheme.muted
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: card.selfWritten.length > 0
                            text: card.selfWritten
                            color: OfficeTheme.muted
                            font.pixelSize: 12
                        }
                        Label {
                            text: qsTr("Assessor's comment")
                            font.pixelSize: 16
                            font.bold: true
                        }
                        TextArea {
                            id: commentField
                            objectName: "commentField"
                            text: card.comment
                            readOnly: assessment.published
                            placeholderText: assessment.published ? qsTr("No comment was written.") : qsTr("Your comment on the month (at most 4000 bytes)")
                            wrapMode: TextArea.Wrap
                            Layout.fillWidth: true
                            Layout.preferredHeight: 110
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                text: card.commentBy
                                color: OfficeTheme.muted
                                font.pixelSize: 12
                                elide: Label.ElideRight
                                Layout.fillWidth: true
                            }
                            Button {
                                objectName: "saveCommentButton"
                                visible: !assessment.published
                                text: qsTr("Save comment")
                                enabled: !assessment.busy && commentField.text !== card.comment
                                onClicked: assessment.saveComment(card.technicianId, commentField.text)
                            }
                        }
                    }
                }
            }
        }
    }
}
