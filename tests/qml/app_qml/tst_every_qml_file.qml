import QtQuick
import QtTest

// Every QML file the app can open compiles (all its imports are installed), and every
// QtQuick.Dialogs type any of them declares opens: the non-native dialogs load their
// own QML only on open(), so a module they need (Qt.labs.folderlistmodel for the file
// dialog behind "Add photo") is missing only then. `qmlInventory` comes from the test
// runner (tests/qml/qml_inventory.h) and lists the files compiled into the linked modules.
Item {
    id: root
    width: 412
    height: 800

    TestCase {
        name: "EveryQmlFile"
        when: windowShown

        function init() { failOnWarning(/.*/) }

        function test_the_inventory_is_not_empty() {
            verify(qmlInventory.length >= 10, "found " + qmlInventory.length + " QML files")
            verify(qmlInventory.some(f => f.url.endsWith("/WorkPage.qml")))
        }

        function test_every_file_compiles_data() {
            return qmlInventory.map(f => ({ tag: f.url, url: f.url }))
        }
        function test_every_file_compiles(data) {
            const component = Qt.createComponent(data.url)
            tryVerify(() => component.status !== Component.Loading)
            compare(component.status, Component.Ready, component.errorString())
        }

        function test_every_dialog_opens_data() {
            const types = new Set()
            for (const f of qmlInventory)
                for (const t of f.dialogs)
                    types.add(t)
            verify(types.has("FileDialog"), "the work page's photo picker is a FileDialog")
            return Array.from(types).map(t => ({ tag: t, type: t }))
        }
        function test_every_dialog_opens(data) {
            const dialog = Qt.createQmlObject("import QtQuick.Dialogs; " + data.type + " {}", root,
                                              "dialog-" + data.type)
            verify(dialog)
            dialog.open()
            tryCompare(dialog, "visible", true)
            dialog.close()
            tryCompare(dialog, "visible", false)
            dialog.destroy()
        }
    }
}
