pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// The app's settings: the language (each named in itself) and the theme (follow the
// phone, light or dark). Reached from the menu on the first page, signed in or not.
Page {
    id: page
    objectName: "settingsPage"
    title: qsTr("Settings")
    background: Rectangle { color: Theme.page }

    Flickable {
        anchors.fill: parent
        contentHeight: body.implicitHeight + 32
        ColumnLayout {
            id: body
            x: 16
            y: 12
            width: page.width - 32
            spacing: 4

            Label {
                text: qsTr("Language")
                font.bold: true
                font.pixelSize: 17
                color: Theme.text
            }
            // Each set of choices in its own column: radio buttons that share a parent are
            // exclusive, and a theme must not untick the language.
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Repeater {
                    model: Language.codes
                    delegate: RadioButton {
                        id: languageChoice
                        required property string modelData
                        objectName: "language_" + modelData
                        text: Language.nameOf(modelData)
                        checked: Language.code === modelData
                        onClicked: Language.code = modelData
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.minTouch
                        // A click replaces the binding; follow changes made elsewhere too.
                        Connections {
                            target: Language
                            function onCodeChanged() {
                                languageChoice.checked = Language.code === languageChoice.modelData
                            }
                        }
                    }
                }
            }

            Label {
                text: qsTr("Theme")
                font.bold: true
                font.pixelSize: 17
                color: Theme.text
                Layout.topMargin: 12
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                Repeater {
                    model: [
                        { key: "system", text: qsTr("Follow the phone") },
                        { key: "light", text: qsTr("Light") },
                        { key: "dark", text: qsTr("Dark (for basements and night work)") }
                    ]
                    delegate: RadioButton {
                        id: themeChoice
                        required property var modelData
                        objectName: "theme_" + modelData.key
                        text: modelData.text
                        checked: Theme.choice === modelData.key
                        onClicked: Theme.choice = modelData.key
                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.minTouch
                        Connections {
                            target: Theme
                            function onChoiceChanged() {
                                themeChoice.checked = Theme.choice === themeChoice.modelData.key
                            }
                        }
                    }
                }
            }
        }
    }
}
