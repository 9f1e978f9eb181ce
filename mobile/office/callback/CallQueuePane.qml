pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger
import FieldLedger.Office

// The queue: visits due for a call-back, oldest due first, with the server's filters.
// A visit another agent has open shows who holds it and cannot be opened.
Pane {
    id: pane
    objectName: "callQueuePane"
    required property CallBackDeskController controller
    Material.elevation: 1
    padding: 12

    // A choice list with "all" first, for the filter boxes.
    function withAll(label, items) {
        const out = [{ id: "", name: label }]
        for (let i = 0; i < items.length; ++i)
            out.push(typeof items[i] === "string" ? { id: items[i], name: items[i] } : items[i])
        return out
    }

    function jobTypeText(t) {
        switch (t) {
        case "repair": return qsTr("Repair")
        case "installation": return qsTr("Installation")
        case "maintenance": return qsTr("Maintenance")
        default: return t
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "queueTitle"
                text: pane.controller.showClosed ? qsTr("Left the queue: %1").arg(pane.controller.total)
                                                 : qsTr("Due for a call-back: %1").arg(pane.controller.total)
                font.bold: true
                font.pixelSize: 16
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: pane.controller.loading
                implicitWidth: 28
                implicitHeight: 28
            }
            ToolButton {
                objectName: "queueRefresh"
                text: qsTr("Refresh")
                focusPolicy: Qt.NoFocus
                onClicked: pane.controller.refresh()
            }
        }

        GridLayout {
            columns: 2
            columnSpacing: 8
            rowSpacing: 0
            Layout.fillWidth: true

            ComboBox {
                id: technicianBox
                objectName: "filterTechnician"
                focusPolicy: Qt.NoFocus
                Layout.fillWidth: true
                Layout.preferredWidth: 1  // equal columns
                textRole: "name"
                valueRole: "id"
                model: pane.withAll(qsTr("All technicians"), pane.controller.technicianOptions)
                onActivated: pane.controller.technicianFilter = currentValue
            }
            ComboBox {
                objectName: "filterTeam"
                focusPolicy: Qt.NoFocus
                Layout.fillWidth: true
                Layout.preferredWidth: 1  // equal columns
                textRole: "name"
                valueRole: "id"
                model: pane.withAll(qsTr("All teams"), pane.controller.teamOptions)
                onActivated: pane.controller.teamFilter = currentValue
            }
            ComboBox {
                objectName: "filterJobType"
                focusPolicy: Qt.NoFocus
                Layout.fillWidth: true
                Layout.preferredWidth: 1  // equal columns
                textRole: "name"
                valueRole: "id"
                model: [
                    { id: "", name: qsTr("All job types") },
                    { id: "repair", name: qsTr("Repair") },
                    { id: "installation", name: qsTr("Installation") },
                    { id: "maintenance", name: qsTr("Maintenance") }
                ]
                onActivated: pane.controller.jobTypeFilter = currentValue
            }
            CheckBox {
                objectName: "filterOverdue"
                text: qsTr("Overdue only")
                focusPolicy: Qt.NoFocus
                checked: pane.controller.overdueOnly
                onToggled: pane.controller.overdueOnly = checked
                Layout.fillWidth: true
                Layout.preferredWidth: 1
            }
            CheckBox {
                objectName: "filterClosed"
                text: qsTr("Left as unreachable")
                focusPolicy: Qt.NoFocus
                checked: pane.controller.showClosed
                onToggled: pane.controller.showClosed = checked
                Layout.columnSpan: 2
            }
        }

        ListView {
            id: list
            objectName: "queueList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: pane.controller.queue
            ScrollBar.vertical: ScrollBar {}

            Label {
                anchors.centerIn: parent
                visible: list.count === 0 && !pane.controller.loading
                text: qsTr("Nothing due. Well done.")
                color: OfficeTheme.muted
            }

            delegate: ItemDelegate {
                id: row
                required property int index
                required property string jobId
                required property string reference
                required property string jobType
                required property string customerName
                required property string customerPhone
                required property string technicianName
                required property string product
                required property var dueMs
                required property bool overdue
                required property int attempts
                required property string status
                required property string claimedById
                required property string claimedByName
                objectName: "queueRow_" + reference
                width: ListView.view.width
                focusPolicy: Qt.NoFocus
                readonly property bool mine: pane.controller.hasVisit && pane.controller.visit.jobId === jobId
                readonly property bool heldByOther: claimedById.length > 0 && claimedById !== OfficeSession.userId
                highlighted: mine
                enabled: !heldByOther && !pane.controller.showClosed
                onClicked: pane.controller.open(jobId)

                contentItem: ColumnLayout {
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: row.customerName
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.overdue ? qsTr("Due %1 · overdue").arg(pane.controller.formatTime(row.dueMs))
                                              : qsTr("Due %1").arg(pane.controller.formatTime(row.dueMs))
                            color: row.overdue ? OfficeTheme.late : OfficeTheme.muted
                            font.pixelSize: 12
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("%1 · %2 · %3").arg(row.reference).arg(pane.jobTypeText(row.jobType)).arg(row.technicianName)
                            color: OfficeTheme.muted
                            font.pixelSize: 12
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: row.attempts > 0
                            text: qsTr("Attempt %1").arg(row.attempts + 1)
                            color: OfficeTheme.accent
                            font.pixelSize: 12
                        }
                        Label {
                            objectName: "claimedBy"
                            visible: row.heldByOther
                            text: qsTr("On the phone: %1").arg(row.claimedByName)
                            color: OfficeTheme.late
                            font.pixelSize: 12
                        }
                    }
                }
            }
        }
    }
}
