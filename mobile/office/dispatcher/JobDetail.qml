pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// One job: what was promised, its state, every action, and its whole history in order
// (created, assigned, on my way, arrived with position and verification, work with the
// server's fee check, signature, completed, call-backs, excusals, audit entries).
Drawer {
    id: detail
    required property DispatcherBoard board
    property string jobId: ""
    property var job: ({})
    signal rescheduleRequested(string jobId)
    signal reasonRequested(string action, string jobId)

    edge: Qt.RightEdge
    width: Math.min(620, parent ? parent.width * 0.55 : 620)
    height: parent ? parent.height : 600
    modal: false
    interactive: opened

    function open(id) {
        jobId = id
        refresh()
        board.loadHistory(id)
        visible = true
    }
    function refresh() { job = board.job(jobId) }

    Connections {
        target: detail.board
        function onActionFinished(action, ok, message, jobId) {
            if (jobId === detail.jobId && ok) {
                detail.refresh()
                detail.board.loadHistory(jobId)
            }
        }
        function onLiveChanged() { if (detail.opened) detail.refresh() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "detailReference"
                text: detail.job.reference ?? ""
                font.pixelSize: 22
                font.bold: true
            }
            Rectangle {
                width: 12
                height: 12
                radius: 6
                color: OfficeTheme.stateColor(detail.job.stateKey ?? "")
            }
            Label {
                objectName: "detailState"
                text: detail.job.stateText ?? ""
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ToolButton {
                text: "✕"
                onClicked: detail.close()
                Accessible.name: qsTr("Close")
            }
        }
        GridLayout {
            columns: 2
            columnSpacing: 12
            rowSpacing: 2
            Layout.fillWidth: true
            Label { text: qsTr("Customer"); color: OfficeTheme.muted }
            Label { text: (detail.job.customer ?? "") + "  " + (detail.job.phone ?? ""); Layout.fillWidth: true; elide: Label.ElideRight }
            Label { text: qsTr("Address"); color: OfficeTheme.muted }
            Label { text: detail.job.address ?? ""; Layout.fillWidth: true; elide: Label.ElideRight }
            Label { text: qsTr("Product"); color: OfficeTheme.muted }
            Label { text: [detail.job.product, detail.job.serial].filter(s => s).join(" · "); Layout.fillWidth: true }
            Label { text: qsTr("Window"); color: OfficeTheme.muted }
            Label { text: (detail.job.windowDate ?? "") + " " + (detail.job.windowText ?? "") }
            Label { text: qsTr("Technician"); color: OfficeTheme.muted }
            Label { text: detail.job.technicianName ?? "" }
            Label { visible: !!detail.job.cancelReason; text: qsTr("Cancelled because"); color: OfficeTheme.muted }
            Label { objectName: "detailCancelReason"; visible: !!detail.job.cancelReason; text: detail.job.cancelReason ?? ""; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Label { visible: !!detail.job.excused; text: qsTr("Excused because"); color: OfficeTheme.muted }
            Label { visible: !!detail.job.excused; text: detail.job.excusalReason ?? ""; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Label { visible: !!detail.job.flagReason; text: qsTr("Flagged"); color: OfficeTheme.muted }
            Label { visible: !!detail.job.flagReason; text: detail.job.flagReason ?? ""; color: OfficeTheme.late; wrapMode: Text.Wrap; Layout.fillWidth: true }
        }

        Flow {
            Layout.fillWidth: true
            spacing: 6
            ComboBox {
                id: assignTo
                objectName: "detailAssignTo"
                enabled: !!detail.job.open
                textRole: "name"
                valueRole: "id"
                model: detail.board.technicianChoices
                width: 180
            }
            Button {
                objectName: "detailAssignButton"
                text: qsTr("Assign")
                enabled: !!detail.job.open && assignTo.currentValue !== detail.job.technicianId
                onClicked: detail.board.assign(detail.jobId, assignTo.currentValue)
            }
            Button {
                objectName: "detailRescheduleButton"
                text: qsTr("Reschedule…")
                enabled: !!detail.job.open && !detail.job.arrived
                onClicked: detail.rescheduleRequested(detail.jobId)
            }
            Button {
                objectName: "detailCancelButton"
                text: qsTr("Cancel job…")
                enabled: !!detail.job.open
                onClicked: detail.reasonRequested("cancel", detail.jobId)
            }
            Button {
                objectName: "detailExcuseButton"
                visible: !detail.job.excused
                enabled: !!detail.job.canExcuse
                text: qsTr("Excuse…")
                onClicked: detail.reasonRequested("excuse", detail.jobId)
            }
            Button {
                objectName: "detailRevokeButton"
                visible: !!detail.job.excused
                text: qsTr("Revoke excusal…")
                onClicked: detail.reasonRequested("revoke", detail.jobId)
            }
            Button {
                objectName: "detailAcceptButton"
                visible: !!detail.job.canAccept
                text: qsTr("Accept arrival…")
                onClicked: detail.reasonRequested("accept", detail.jobId)
            }
        }

        Label {
            text: qsTr("History")
            font.bold: true
            font.pixelSize: 16
            Layout.topMargin: 8
        }
        ListView {
            id: history
            objectName: "historyView"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: detail.board.history
            ScrollBar.vertical: ScrollBar {}
            delegate: RowLayout {
                id: entry
                required property string atText
                required property string title
                required property string by
                required property string detail
                required property string reason
                required property string positionText
                required property string signature
                required property string kind
                width: history.width - 12
                spacing: 10
                Label {
                    text: entry.atText
                    color: OfficeTheme.muted
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 44
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 1
                    Label {
                        objectName: "historyTitle"
                        text: entry.title + (entry.by ? " · " + entry.by : "")
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: text.length > 0
                        text: entry.detail
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: entry.reason.length > 0
                        text: qsTr("Reason: %1").arg(entry.reason)
                        color: OfficeTheme.muted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: entry.positionText.length > 0
                        text: entry.positionText
                        color: OfficeTheme.muted
                        font.pixelSize: 11
                    }
                    Image {
                        visible: entry.signature.length > 0
                        source: entry.signature
                        fillMode: Image.PreserveAspectFit
                        Layout.preferredWidth: 240
                        Layout.preferredHeight: visible ? 100 : 0
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: history.count === 0
                text: qsTr("Loading the history…")
                color: OfficeTheme.muted
            }
        }
    }
}
