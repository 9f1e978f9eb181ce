import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger

// The customer reads the visit summary and signs. The signature is bound to exactly this
// summary text; confirming stores it with the report and completes the visit.
Page {
    id: page
    objectName: "signaturePage"
    required property Visit visit
    title: qsTr("Customer signature")
    background: Rectangle { color: Theme.page }
    signal completed()
    property string error

    function confirm() {
        page.error = page.visit.complete(pad, signer.text)
        if (page.error.length === 0)
            page.completed()
    }

    Flickable {
        anchors.fill: parent
        contentHeight: body.implicitHeight + 32
        // Turned sideways, the summary and the signing box sit side by side.
        GridLayout {
            id: body
            x: 16
            y: 12
            width: page.width - 32
            columns: page.width > page.height ? 2 : 1
            columnSpacing: 16
            rowSpacing: 10

            ColumnLayout {
                spacing: 10
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Label {
                    text: qsTr("Please check the visit and sign below")
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Pane {
                    Layout.fillWidth: true
                    background: Rectangle { color: Theme.card; radius: 8; border.color: Theme.border }
                    Label {
                        objectName: "summaryText"
                        width: parent.width
                        text: page.visit?.summary ?? ""
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
            ColumnLayout {
                spacing: 10
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 200
                    color: Theme.signatureBox
                    radius: 8
                    border.color: pad.empty ? Theme.signatureHint : "#1565C0"
                    border.width: 2
                    Label {
                        anchors.centerIn: parent
                        visible: pad.empty
                        text: qsTr("Sign here")
                        color: Theme.signatureHint
                        font.pixelSize: 22
                    }
                    Rectangle {
                        // The line people sign on.
                        x: 16
                        width: parent.width - 32
                        y: parent.height - 44
                        height: 1
                        color: Theme.signatureHint
                    }
                    SignaturePad {
                        id: pad
                        objectName: "signaturePad"
                        anchors.fill: parent
                        onInkChanged: page.error = ""
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Button {
                        objectName: "undoButton"
                        text: qsTr("Undo stroke")
                        flat: true
                        enabled: !pad.empty
                        onClicked: pad.undo()
                    }
                    Button {
                        objectName: "clearButton"
                        text: qsTr("Clear")
                        flat: true
                        enabled: !pad.empty
                        onClicked: pad.clear()
                    }
                }
                TextField {
                    id: signer
                    objectName: "signerField"
                    placeholderText: qsTr("Signer's name")
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "signatureError"
                    visible: page.error.length > 0
                    text: page.error
                    color: Theme.late
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "confirmButton"
                    text: qsTr("Confirm and complete")
                    highlighted: true
                    font.pixelSize: 18
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    onClicked: page.confirm()
                }
            }
        }
    }
}
