pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger

// Today's shift at the top of the Today page: the schedule, "Start shift" (recorded
// offline like an arrival, with the position), then the check-in time and whether it is
// on time, and what the office made of it once synced (docs/attendance.md).
Rectangle {
    id: root
    objectName: "shiftCard"
    implicitHeight: column.implicitHeight + 20
    radius: 10
    color: Theme.card
    border.color: "#DDE3EA"

    ShiftCard { id: shift }

    PositionFeed {
        id: gps
        objectName: "shiftPositionFeed"
        active: !shift.checkedIn || !shift.checkedOut
    }

    Rectangle {
        width: 6
        height: parent.height
        radius: 3
        color: shift.verdict === "late" ? Theme.late
             : shift.checkedIn ? Theme.ok : Theme.primary
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.leftMargin: 18
        anchors.rightMargin: 12
        anchors.topMargin: 10
        anchors.bottomMargin: 10
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "shiftTitle"
                text: shift.hasShift ? qsTr("Shift %1").arg(shift.shiftText)
                                     : qsTr("No shift scheduled today")
                font.pixelSize: 18
                font.bold: true
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Label {
                objectName: "shiftVerdict"
                visible: shift.verdictText.length > 0
                text: shift.verdictText
                color: shift.verdict === "late" ? Theme.late
                     : shift.verdict === "on_time" ? Theme.ok : Theme.muted
                font.bold: true
            }
        }
        Label {
            objectName: "shiftCheckIn"
            visible: shift.checkedIn
            text: shift.checkInText + (shift.pendingSync ? " · " + qsTr("waiting to sync") : "")
            color: Theme.muted
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "shiftServerText"
            visible: shift.serverText.length > 0
            text: shift.serverText
            color: Theme.muted
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "startShiftButton"
            visible: !shift.checkedIn
            text: qsTr("Start shift")
            highlighted: true
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onClicked: shift.startShift(gps.hasFix, gps.latitude, gps.longitude, gps.accuracy)
        }
        Button {
            objectName: "endShiftButton"
            visible: shift.checkedIn && !shift.checkedOut
            text: qsTr("End shift")
            flat: true
            Layout.alignment: Qt.AlignRight
            onClicked: shift.endShift(gps.hasFix, gps.latitude, gps.longitude, gps.accuracy)
        }
    }
}
