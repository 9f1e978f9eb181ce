pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtCore

// "Export" and a menu of formats; each choice asks where to save with a file dialog and
// hands the chosen file to its `save(url)`. `choices`: [{text, name, filter, save}].
Button {
    id: button
    property var choices: []
    property string message: ""
    text: qsTr("Export")
    icon.source: ""
    onClicked: menu.open()

    Menu {
        id: menu
        objectName: "exportMenu"
        y: button.height
        x: button.width - width  // opens leftwards: the button sits at the right edge
        width: 320
        Repeater {
            model: button.choices
            delegate: MenuItem {
                required property var modelData
                text: modelData.text
                onTriggered: {
                    dialog.choice = modelData
                    dialog.nameFilters = [modelData.filter]
                    dialog.selectedFile = dialog.currentFolder + "/" + modelData.name
                    dialog.open()
                }
            }
        }
    }

    FileDialog {
        id: dialog
        property var choice
        fileMode: FileDialog.SaveFile
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        onAccepted: choice.save(String(selectedFile))
    }
}
