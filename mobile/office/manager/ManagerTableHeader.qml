pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A table's header row: `columns` [{title, width}] with the same widths its rows use; a
// width of 0 fills what is left.
Rectangle {
    id: header
    property var columns: []
    implicitHeight: 36
    color: "#E3EAF3"
    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 8
        Repeater {
            model: header.columns
            delegate: Label {
                required property var modelData
                text: modelData.title
                font.bold: true
                elide: Label.ElideRight
                horizontalAlignment: modelData.right ? Text.AlignRight : Text.AlignLeft
                Layout.preferredWidth: modelData.width > 0 ? modelData.width : -1
                Layout.fillWidth: modelData.width === 0
            }
        }
    }
}
