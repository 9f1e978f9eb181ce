pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// One row per technician: name, team and when the phone last synced, then the promised
// windows as bars on the day's time axis with on-my-way (▸), arrival (●) and completion
// (■) marked on them. Drag a bar onto another technician's row to reassign it; click
// it to open the job; right-click for the actions.
Pane {
    id: timeline
    required property DispatcherBoard board
    property string selectedJobId: ""
    signal jobClicked(string jobId)
    signal jobSelected(string jobId)
    signal rescheduleRequested(string jobId)
    signal reasonRequested(string action, string jobId)

    readonly property int nameWidth: 190
    readonly property int rowHeight: 54
    readonly property real span: Math.max(1, board.axisEndMs - board.axisStartMs)
    padding: 0
    Material.elevation: 1

    function xOf(ms, width) {
        return Math.max(0, Math.min(width, (ms - board.axisStartMs) / span * width))
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The hours along the top.
        Item {
            id: axis
            Layout.fillWidth: true
            Layout.preferredHeight: 26
            Repeater {
                model: Math.round(timeline.span / 3600000) + 1
                Label {
                    required property int index
                    readonly property real ms: timeline.board.axisStartMs + index * 3600000
                    x: timeline.nameWidth + timeline.xOf(ms, axis.width - timeline.nameWidth) - width / 2
                    y: 4
                    text: timeline.board.clock(ms)
                    color: OfficeTheme.muted
                    font.pixelSize: 11
                    visible: x + width <= axis.width
                }
            }
        }

        ListView {
            id: rows
            objectName: "technicianRows"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: timeline.board.technicians
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            delegate: Item {
                id: row
                required property int index
                required property string technicianId
                required property string name
                required property string teamName
                required property string lastSyncedText
                required property bool phoneQuiet
                required property var bars
                objectName: "technicianRow_" + technicianId
                // Raised while one of its bars is dragged, so the bar stays above the rows below.
                property bool dragging: false
                width: rows.width
                height: timeline.rowHeight
                z: dragging ? 5 : 0

                Rectangle {
                    anchors.fill: parent
                    color: drop.containsDrag ? "#E3F2FD" : (row.index % 2 ? "#FAFAFA" : "white")
                }
                Column {
                    x: 8
                    width: timeline.nameWidth - 12
                    anchors.verticalCenter: parent.verticalCenter
                    Label {
                        text: row.name
                        font.bold: true
                        elide: Label.ElideRight
                        width: parent.width
                    }
                    Label {
                        objectName: "lastSynced_" + row.technicianId
                        text: (row.teamName ? row.teamName + " · " : "") + row.lastSyncedText
                        color: row.phoneQuiet ? OfficeTheme.late : OfficeTheme.muted
                        font.pixelSize: 11
                        elide: Label.ElideRight
                        width: parent.width
                    }
                }

                Item {
                    id: lane
                    x: timeline.nameWidth
                    width: parent.width - timeline.nameWidth
                    height: parent.height

                    // Hour lines.
                    Repeater {
                        model: Math.round(timeline.span / 3600000) + 1
                        Rectangle {
                            required property int index
                            x: timeline.xOf(timeline.board.axisStartMs + index * 3600000, lane.width)
                            width: 1
                            height: lane.height
                            color: "#ECEFF1"
                        }
                    }
                    // Now.
                    Rectangle {
                        visible: timeline.board.nowMs >= timeline.board.axisStartMs
                                 && timeline.board.nowMs <= timeline.board.axisEndMs
                        x: timeline.xOf(timeline.board.nowMs, lane.width)
                        width: 2
                        height: lane.height
                        color: OfficeTheme.late
                        opacity: 0.6
                        z: 2
                    }

                    Repeater {
                        model: row.bars
                        delegate: Rectangle {
                            id: bar
                            required property var modelData
                            readonly property string jobId: modelData.jobId
                            readonly property string technicianId: row.technicianId
                            readonly property real homeX: timeline.xOf(modelData.start, lane.width)
                            objectName: "jobBar_" + modelData.reference
                            x: homeX
                            y: 8
                            width: Math.max(24, timeline.xOf(modelData.end, lane.width) - homeX)
                            height: timeline.rowHeight - 16
                            radius: 4
                            color: OfficeTheme.stateColor(modelData.stateKey)
                            opacity: modelData.stateKey === "cancelled" ? 0.5 : 0.9
                            border.width: timeline.selectedJobId === jobId ? 3 : 0
                            border.color: OfficeTheme.primary
                            z: drag.active ? 10 : 1

                            Drag.active: drag.active
                            Drag.keys: ["fieldledger/job"]
                            Drag.source: bar
                            Drag.hotSpot.x: width / 2
                            Drag.hotSpot.y: height / 2

                            // Reference above, state below: both readable on a two-hour bar.
                            Column {
                                anchors.fill: parent
                                anchors.leftMargin: 5
                                anchors.rightMargin: 3
                                anchors.topMargin: 2
                                clip: true
                                Label {
                                    width: parent.width
                                    text: bar.modelData.reference
                                    color: "white"
                                    font.pixelSize: 11
                                    font.bold: true
                                    elide: Label.ElideRight
                                }
                                Label {
                                    width: parent.width
                                    text: bar.modelData.stateText
                                    color: "white"
                                    font.pixelSize: 10
                                    elide: Label.ElideRight
                                }
                            }
                            // On my way, arrival and completion on the bar, where they happened.
                            Repeater {
                                model: [
                                    { ms: bar.modelData.onMyWay, mark: "▸" },
                                    { ms: bar.modelData.arrived, mark: "●" },
                                    { ms: bar.modelData.completed, mark: "■" }
                                ]
                                Label {
                                    required property var modelData
                                    visible: modelData.ms > 0
                                    x: timeline.xOf(modelData.ms, lane.width) - bar.x - width / 2
                                    y: bar.height - height + 2
                                    text: modelData.mark
                                    color: "#263238"
                                    font.pixelSize: 12
                                }
                            }

                            DragHandler {
                                id: drag
                                enabled: bar.modelData.open
                                yAxis.enabled: true
                                xAxis.enabled: false
                                onActiveChanged: {
                                    row.dragging = active
                                    if (!active) {
                                        bar.Drag.drop()
                                        bar.y = 8
                                    }
                                }
                            }
                            TapHandler {
                                acceptedButtons: Qt.LeftButton
                                onTapped: timeline.jobClicked(bar.jobId)
                            }
                            TapHandler {
                                acceptedButtons: Qt.RightButton
                                onTapped: {
                                    timeline.jobSelected(bar.jobId)
                                    menu.popup()
                                }
                            }
                            ToolTip.visible: hover.hovered
                            ToolTip.text: bar.modelData.reference + " · " + bar.modelData.customer + "\n" + bar.modelData.stateText
                            HoverHandler { id: hover }

                            Menu {
                                id: menu
                                objectName: "barMenu"
                                MenuItem {
                                    text: qsTr("Open")
                                    onTriggered: timeline.jobClicked(bar.jobId)
                                }
                                Menu {
                                    title: qsTr("Assign to")
                                    enabled: bar.modelData.open
                                    Repeater {
                                        model: timeline.board.technicianChoices
                                        MenuItem {
                                            required property var modelData
                                            text: modelData.name
                                            enabled: modelData.id !== bar.technicianId
                                            onTriggered: timeline.board.assign(bar.jobId, modelData.id)
                                        }
                                    }
                                }
                                MenuItem {
                                    text: qsTr("Reschedule…")
                                    enabled: bar.modelData.open && !(bar.modelData.arrived > 0)
                                    onTriggered: timeline.rescheduleRequested(bar.jobId)
                                }
                                MenuItem {
                                    text: qsTr("Excuse…")
                                    onTriggered: timeline.reasonRequested("excuse", bar.jobId)
                                }
                                MenuItem {
                                    text: qsTr("Cancel job…")
                                    enabled: bar.modelData.open
                                    onTriggered: timeline.reasonRequested("cancel", bar.jobId)
                                }
                            }
                        }
                    }
                }

                DropArea {
                    id: drop
                    anchors.fill: parent
                    keys: ["fieldledger/job"]
                    onDropped: drag => {
                        const jobId = drag.source.jobId
                        if (drag.source.technicianId !== row.technicianId)
                            timeline.board.assign(jobId, row.technicianId)
                    }
                }
            }
        }
    }
}
