pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger

Page {
    id: page
    objectName: "todayPage"
    title: Session.dayTitle
    background: Rectangle { color: Theme.page }
    signal openJob(string jobId)

    Label {
        id: summary
        objectName: "summaryLabel"
        x: 12
        y: 10
        text: Session.displayName.length
              ? qsTr("%1 · %n job(s)", "", list.count).arg(Session.displayName)
              : ""
        color: Theme.muted
    }

    ShiftCardView {
        id: shiftCard
        x: 12
        y: summary.y + summary.height + 8
        width: parent.width - 24
    }

    ListView {
        id: list
        objectName: "jobList"
        anchors.fill: parent
        anchors.margins: 12
        anchors.topMargin: shiftCard.y + shiftCard.height + 10
        spacing: 10
        model: Session.jobs
        clip: true

        delegate: ItemDelegate {
            id: card
            required property int index
            required property string jobId
            required property string reference
            required property string customer
            required property string address
            required property string windowText
            required property string dueState
            required property string dueText
            required property bool pendingSync
            objectName: "jobCard_" + index
            width: ListView.view.width
            // Grows with two-line names and addresses rather than cutting them.
            height: Math.max(108, implicitHeight)
            leftPadding: 18
            rightPadding: 12
            topPadding: 10
            bottomPadding: 10
            onClicked: page.openJob(card.jobId)
            background: Rectangle {
                color: card.down ? Theme.cardPressed : Theme.card
                radius: 10
                border.color: Theme.border
                Rectangle {
                    width: 6
                    height: parent.height
                    radius: 3
                    color: Theme.dueColor(card.dueState)
                }
            }
            contentItem: ColumnLayout {
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: card.windowText
                        font.pixelSize: 18
                        font.bold: true
                    }
                    Item { Layout.fillWidth: true }
                    Label {
                        objectName: "dueLabel"
                        text: card.dueText
                        color: Theme.dueColor(card.dueState)
                        font.bold: true
                    }
                }
                // The reference keeps its place however long the name: the name wraps
                // to two lines and is elided after that (the job page shows it whole).
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Label {
                        objectName: "customerLabel"
                        text: card.customer
                        font.pixelSize: 16
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        maximumLineCount: 2
                        elide: Label.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "referenceLabel"
                        text: card.reference
                        font.pixelSize: Theme.smallSize
                        color: Theme.muted
                        Layout.alignment: Qt.AlignTop
                    }
                }
                Label {
                    objectName: "addressLabel"
                    text: card.address
                    color: Theme.muted
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    maximumLineCount: 2
                    elide: Label.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    visible: card.pendingSync
                    text: qsTr("Saved on phone, not yet sent")
                    color: Theme.amber
                    font.pixelSize: Theme.smallSize
                }
            }
        }

        Label {
            objectName: "emptyLabel"
            anchors.centerIn: parent
            visible: list.count === 0
            width: parent.width - 32
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.muted
            text: qsTr("No jobs today. Tap Sync now to fetch new ones.")
        }
    }
}
