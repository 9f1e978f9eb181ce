pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import FieldLedger

// The work record: fault types from the company's list, parts, notes, the outcome.
// What is typed is kept on the phone as a draft until it is saved as the record.
Page {
    id: page
    objectName: "workPage"
    required property Visit visit
    title: qsTr("Work record")
    background: Rectangle { color: Theme.page }
    signal saved()

    property var faults: []
    property var checks: []
    property var photos: []
    property string error
    // Re-quoted when the language changes too: the amounts are formatted in it.
    readonly property var preview: Language.code.length >= 0
                                   ? (page.visit?.previewQuote(page.form()) ?? ({})) : ({})

    function form() {
        return {
            faults: page.faults,
            parts: parts.text,
            notes: notes.text,
            resolved: resolved.checked,
            certified: certified.checked,
            photos: page.photos,
            checks: page.checks
        }
    }
    function setFault(id, on) {
        const rest = page.faults.filter(f => f !== id)
        page.faults = on ? rest.concat([id]) : rest
        // A refusal from the last save no longer describes the form once it changes.
        page.error = ""
        page.visit.saveDraft(page.form())
    }
    function setCheck(id, on) {
        const rest = page.checks.filter(c => c !== id)
        // Kept in the policy's order, so the signed summary lists them the same way.
        const wanted = on ? rest.concat([id]) : rest
        page.checks = (page.visit?.checks ?? []).map(c => c.id).filter(c => wanted.indexOf(c) >= 0)
        page.visit.saveDraft(page.form())
    }
    function save() {
        page.error = page.visit.recordWork(page.form())
        if (page.error.length === 0)
            page.saved()
    }

    Component.onCompleted: {
        const w = page.visit.work
        page.faults = w.faults || []
        parts.text = w.parts || ""
        notes.text = w.notes || ""
        resolved.checked = w.resolved !== false
        another.checked = w.resolved === false
        certified.checked = w.certified === true
        page.photos = w.photos || []
        page.checks = w.checks || []
    }
    function addPhoto(file) {
        const r = page.visit.addPhoto(file, page.photos.length)
        if (r.error.length > 0) {
            page.error = r.error
            return
        }
        page.error = ""
        page.photos = page.photos.concat([r.sha256])
        page.visit.saveDraft(page.form())
    }
    function removePhoto(sha) {
        page.photos = page.photos.filter(p => p !== sha)
        page.visit.saveDraft(page.form())
    }

    FileDialog {
        id: photoPicker
        objectName: "photoPicker"
        title: qsTr("Choose a photo of the work")
        nameFilters: [qsTr("Pictures (*.jpg *.jpeg *.png)")]
        onAccepted: page.addPhoto(photoPicker.selectedFile)
    }
    // Typing is saved a moment after it stops, not on every key.
    Timer {
        id: draftTimer
        interval: 400
        onTriggered: page.visit.saveDraft(page.form())
    }

    // The fee so far and the save button stay in reach of a thumb while the form scrolls.
    footer: Pane {
        background: Rectangle { color: Theme.card; border.color: Theme.border }
        ColumnLayout {
            anchors.fill: parent
            spacing: 4
            Label {
                objectName: "feePreview"
                visible: page.faults.length > 0
                text: page.preview.ok ? qsTr("Fee: %1").arg(page.preview.total)
                                      : qsTr("The fee cannot be worked out for this job")
                font.pixelSize: 17
                font.bold: true
                color: Theme.primary
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "workError"
                visible: page.error.length > 0
                text: page.error
                color: Theme.late
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "saveWorkButton"
                text: qsTr("Save and show the fee")
                highlighted: true
                font.pixelSize: 18
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                onClicked: page.save()
            }
        }
    }

    Flickable {
        objectName: "workForm"
        anchors.fill: parent
        contentHeight: body.implicitHeight + 32
        ColumnLayout {
            id: body
            x: 16
            y: 12
            width: page.width - 32
            spacing: 8

            Label {
                objectName: "jobTypeLabel"
                visible: text.length > 0
                text: page.visit?.jobTypeName ?? ""
                color: Theme.primary
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Work done")
                font.bold: true
                font.pixelSize: 17
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: page.visit?.faultTypes ?? []
                delegate: CheckBox {
                    required property var modelData
                    required property int index
                    objectName: "fault_" + modelData.id
                    text: modelData.name
                    checked: page.faults.indexOf(modelData.id) >= 0
                    onToggled: page.setFault(modelData.id, checked)
                    Layout.fillWidth: true
                }
            }

            Label {
                objectName: "checksLabel"
                visible: (page.visit?.checks ?? []).length > 0
                text: qsTr("Checks")
                font.bold: true
                Layout.topMargin: 6
            }
            Repeater {
                model: page.visit?.checks ?? []
                delegate: CheckBox {
                    required property var modelData
                    objectName: "check_" + modelData.id
                    text: modelData.name
                    checked: page.checks.indexOf(modelData.id) >= 0
                    onToggled: page.setCheck(modelData.id, checked)
                    Layout.fillWidth: true
                }
            }

            Label { text: qsTr("Parts used (one per line)"); font.bold: true; Layout.topMargin: 6 }
            TextArea {
                id: parts
                objectName: "partsField"
                placeholderText: qsTr("e.g. Battery BL-5C")
                wrapMode: TextArea.Wrap
                Layout.fillWidth: true
                onTextChanged: draftTimer.restart()
            }
            Label { text: qsTr("Notes"); font.bold: true }
            TextArea {
                id: notes
                objectName: "notesField"
                placeholderText: qsTr("What you found and did")
                wrapMode: TextArea.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: 80
                onTextChanged: draftTimer.restart()
            }

            Label { text: qsTr("Outcome"); font.bold: true; Layout.topMargin: 6 }
            RadioButton {
                id: resolved
                objectName: "resolvedButton"
                text: qsTr("Resolved")
                onToggled: page.visit.saveDraft(page.form())
            }
            RadioButton {
                id: another
                objectName: "anotherVisitButton"
                text: qsTr("Needs another visit")
                onToggled: page.visit.saveDraft(page.form())
            }
            Label {
                objectName: "photosLabel"
                text: qsTr("Photos (%1 of %2)").arg(page.photos.length).arg(5)
                font.bold: true
                Layout.topMargin: 6
            }
            Flow {
                spacing: 8
                Layout.fillWidth: true
                Repeater {
                    model: page.photos
                    delegate: Image {
                        id: thumb
                        required property string modelData
                        objectName: "photo_" + modelData.substring(0, 8)
                        width: 96
                        height: 96
                        fillMode: Image.PreserveAspectCrop
                        source: page.visit.photoUrl(thumb.modelData)
                        RoundButton {
                            objectName: "removePhotoButton"
                            anchors.top: parent.top
                            anchors.right: parent.right
                            anchors.margins: -6
                            width: 36
                            height: 36
                            text: "✕"
                            Accessible.name: qsTr("Remove photo")
                            onClicked: page.removePhoto(thumb.modelData)
                        }
                    }
                }
            }
            Button {
                objectName: "addPhotoButton"
                text: qsTr("Add photo")
                enabled: page.photos.length < 5
                onClicked: photoPicker.open()
            }
            Switch {
                id: certified
                objectName: "certifiedSwitch"
                text: qsTr("Quality fault certified by a service centre")
                Layout.fillWidth: true
                onToggled: page.visit.saveDraft(page.form())
            }

        }
    }
}
