pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger

// What the phone holds that the server has not accepted: records the server rejected,
// with its reason and a way to discard them, and records waiting to be sent.
Page {
    id: page
    objectName: "syncPage"
    title: qsTr("Sync")
    background: Rectangle { color: Theme.page }

    // The rejected record the confirmation dialog is about (kept as data, so the dialog's
    // text follows a language switch like every other text).
    property string discardEventId
    property string discardKind
    property string discardReference

    function askDiscard(eventId, kind, reference) {
        page.discardEventId = eventId
        page.discardKind = kind
        page.discardReference = reference
        discardDialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 10

        Pane {
            objectName: "syncStateCard"
            Layout.fillWidth: true
            background: Rectangle { color: Theme.card; radius: 10; border.color: Theme.border }
            ColumnLayout {
                anchors.fill: parent
                spacing: 6
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    SyncDot {
                        implicitWidth: 12
                        implicitHeight: 12
                    }
                    Label {
                        objectName: "syncStateText"
                        text: Session.syncText
                        font.pixelSize: 17
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Label {
                    objectName: "syncCounts"
                    text: qsTr("%n waiting to send", "", Session.pendingCount)
                          + "  ·  " + qsTr("%n rejected", "", Session.rejectedCount)
                    color: Theme.muted
                }
                Button {
                    objectName: "syncPageSyncNow"
                    text: Session.syncState === Session.Syncing ? qsTr("Syncing…") : qsTr("Sync now")
                    enabled: Session.syncState !== Session.Syncing
                    highlighted: true
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    onClicked: Session.syncNow()
                }
            }
        }

        ListView {
            id: list
            objectName: "outboxList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: Session.outbox
            delegate: Column {
                id: row
                required property int index
                required property string eventId
                required property string outboxState
                required property string kind
                required property string kindText
                required property string reference
                required property string customer
                required property string timeText
                required property string reason
                required property bool sectionStart
                readonly property bool rejected: outboxState === "rejected"
                objectName: "outboxRow_" + index
                width: ListView.view.width
                spacing: 4

                Label {
                    objectName: "sectionHeader"
                    visible: row.sectionStart
                    topPadding: row.index === 0 ? 0 : 8
                    text: row.rejected ? qsTr("Rejected by the server") : qsTr("Waiting to be sent")
                    color: row.rejected ? Theme.late : Theme.muted
                    font.bold: true
                }
                Pane {
                    width: row.width
                    padding: 12
                    background: Rectangle {
                        color: row.rejected ? Theme.lateTint : Theme.card
                        radius: 10
                        border.color: row.rejected ? Theme.late : Theme.border
                    }
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                text: row.kindText
                                font.pixelSize: 16
                                font.bold: true
                                elide: Label.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: row.timeText
                                color: Theme.muted
                            }
                        }
                        Label {
                            text: row.customer.length ? row.reference + "  ·  " + row.customer : row.reference
                            elide: Label.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "reasonLabel"
                            visible: row.rejected
                            text: qsTr("Server: %1").arg(row.reason)
                            color: Theme.late
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "discardButton"
                            visible: row.rejected
                            text: qsTr("Discard")
                            flat: true
                            Material.foreground: Theme.late
                            Layout.alignment: Qt.AlignRight
                            onClicked: page.askDiscard(row.eventId, row.kind, row.reference)
                        }
                    }
                }
            }

            Label {
                objectName: "allSentLabel"
                anchors.centerIn: parent
                visible: list.count === 0
                width: parent.width - 32
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.muted
                // Not "everything reached the server": a discarded record never did.
                text: qsTr("Nothing is waiting to be sent.")
            }
        }
    }

    Dialog {
        id: discardDialog
        objectName: "discardDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.max(240, Math.min(page.width - 48, 380))
        modal: true
        title: qsTr("Discard this record?")
        contentItem: Label {
            wrapMode: Text.Wrap
            text: qsTr("%1 will not be sent again. The office is told that you discarded it.")
                  .arg(Session.outbox.KindText(page.discardKind) + " · " + page.discardReference)
        }
        footer: RowLayout {
            spacing: 8
            Item { Layout.fillWidth: true }
            Button {
                objectName: "cancelDiscardButton"
                text: qsTr("Keep")
                flat: true
                onClicked: discardDialog.reject()
            }
            Button {
                objectName: "confirmDiscardButton"
                text: qsTr("Discard")
                flat: true
                Material.foreground: Theme.late
                Layout.rightMargin: 8
                onClicked: discardDialog.accept()
            }
        }
        onAccepted: Session.discard(page.discardEventId)
    }
}
