pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// The day's jobs as a list: filter by team, technician, state and text (reference,
// customer, phone, address), sort by clicking a column; a click opens the job.
Item {
    id: list
    required property DispatcherBoard board
    property string selectedJobId: ""
    signal jobClicked(string jobId)

    function focusSearch() { search.forceActiveFocus() }
    // A filter's choices: "every" first, then the board's.
    function withAll(everyText, choices) {
        const out = [{ id: "", name: everyText }]
        for (let i = 0; i < choices.length; ++i)
            out.push(choices[i])
        return out
    }

    readonly property var stateChoices: [
        { key: "", text: qsTr("Every state") },
        { key: "risk", text: qsTr("At risk") },
        { key: "due", text: qsTr("Not yet due") },
        { key: "way", text: qsTr("On the way") },
        { key: "early", text: qsTr("Arrived early") },
        { key: "ontime", text: qsTr("On time") },
        { key: "late", text: qsTr("Late") },
        { key: "noshow", text: qsTr("No-show") },
        { key: "unverified", text: qsTr("Unverified") },
        { key: "unknown", text: qsTr("Unknown (phone offline)") },
        { key: "done", text: qsTr("Completed") },
        { key: "cancelled", text: qsTr("Cancelled") },
        { key: "excused", text: qsTr("Excused") }
    ]

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 4

        TextField {
            id: search
            objectName: "searchField"
            placeholderText: qsTr("Search reference, customer, phone, address (Ctrl+F)")
            Layout.fillWidth: true
            selectByMouse: true
            onTextChanged: list.board.list.search = text
        }
        RowLayout {
            Layout.fillWidth: true
            ComboBox {
                id: teamFilter
                objectName: "teamFilter"
                Layout.fillWidth: true
                textRole: "name"
                valueRole: "id"
                model: list.withAll(qsTr("Every team"), list.board.teams)
                onActivated: list.board.list.team = currentValue
            }
            ComboBox {
                id: technicianFilter
                objectName: "technicianFilter"
                Layout.fillWidth: true
                textRole: "name"
                valueRole: "id"
                model: list.withAll(qsTr("Every technician"), list.board.technicianChoices)
                onActivated: list.board.list.technicianId = currentValue
            }
        }
        ComboBox {
            id: stateFilter
            objectName: "stateFilter"
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "key"
            model: list.stateChoices
            onActivated: list.board.list.state = currentValue
        }
        // Column headers: click to sort, again to reverse.
        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            Repeater {
                model: [
                    { key: "window", text: qsTr("Window"), width: 0.22 },
                    { key: "reference", text: qsTr("Job"), width: 0.26 },
                    { key: "technician", text: qsTr("Technician"), width: 0.22 },
                    { key: "state", text: qsTr("State"), width: 0.30 }
                ]
                ToolButton {
                    required property var modelData
                    objectName: "sort_" + modelData.key
                    Layout.preferredWidth: list.width * modelData.width
                    font.pixelSize: 12
                    text: modelData.text + (list.board.list.sortKey === modelData.key
                                            ? (list.board.list.ascending ? " ▲" : " ▼") : "")
                    onClicked: {
                        if (list.board.list.sortKey === modelData.key)
                            list.board.list.ascending = !list.board.list.ascending
                        else {
                            list.board.list.sortKey = modelData.key
                            list.board.list.ascending = true
                        }
                    }
                }
            }
        }

        ListView {
            id: view
            objectName: "jobListView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: list.board.list
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: item
                required property string jobId
                required property string reference
                required property string customer
                required property string address
                required property string windowText
                required property string technicianName
                required property string stateKey
                required property string stateText
                objectName: "jobRow_" + reference
                width: view.width
                highlighted: list.selectedJobId === jobId
                onClicked: list.jobClicked(jobId)
                contentItem: RowLayout {
                    spacing: 6
                    Label {
                        text: item.windowText
                        Layout.preferredWidth: list.width * 0.2
                        font.pixelSize: 12
                    }
                    Column {
                        Layout.preferredWidth: list.width * 0.26
                        Label {
                            text: item.reference
                            font.bold: true
                            font.pixelSize: 12
                        }
                        Label {
                            text: item.customer
                            color: OfficeTheme.muted
                            font.pixelSize: 11
                            elide: Label.ElideRight
                            width: parent.width
                        }
                    }
                    Label {
                        text: item.technicianName
                        Layout.preferredWidth: list.width * 0.2
                        elide: Label.ElideRight
                        font.pixelSize: 12
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 4
                        Rectangle {
                            width: 10
                            height: 10
                            radius: 5
                            color: OfficeTheme.stateColor(item.stateKey)
                        }
                        Label {
                            objectName: "jobState_" + item.reference
                            text: item.stateText
                            font.pixelSize: 12
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: view.count === 0
                text: qsTr("No jobs match.")
                color: OfficeTheme.muted
            }
        }
    }
}
