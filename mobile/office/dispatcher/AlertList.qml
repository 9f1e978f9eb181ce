pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger.Office

// Windows at risk, most urgent first, each saying why; a click opens the job.
Item {
    id: alerts
    required property DispatcherBoard board
    signal jobClicked(string jobId)

    ListView {
        id: view
        objectName: "alertView"
        anchors.fill: parent
        anchors.margins: 8
        clip: true
        model: alerts.board.alerts
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: item
            required property string jobId
            required property string reference
            required property string technicianName
            required property string customer
            required property string reasonText
            required property string reasonKey
            objectName: "alert_" + reference + "_" + reasonKey
            width: view.width
            onClicked: alerts.jobClicked(jobId)
            contentItem: RowLayout {
                spacing: 8
                Rectangle {
                    width: 6
                    Layout.fillHeight: true
                    color: item.reasonKey === "quiet" ? OfficeTheme.amber : OfficeTheme.late
                }
                Column {
                    Layout.fillWidth: true
                    Label {
                        text: item.reference + " · " + item.technicianName
                        font.bold: true
                    }
                    Label {
                        text: item.reasonText
                        color: OfficeTheme.late
                        wrapMode: Text.Wrap
                        width: parent.width
                    }
                    Label {
                        text: item.customer
                        color: OfficeTheme.muted
                        font.pixelSize: 11
                    }
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: view.count === 0
            text: qsTr("No window is at risk.")
            color: OfficeTheme.muted
        }
    }
}
