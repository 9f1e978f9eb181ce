pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger.Office

// Adds a shift or moves one: technician (from StaffService.ListStaff), day, start and end
// in the company's time zone; moving needs a reason, which the server stores with the
// change. A refusal from the server stays in the dialog.
Dialog {
    id: dialog
    required property ManagerAttendanceModel attendance
    required property ManagerStaffModel staff
    property string shiftId: ""
    property bool waiting: false
    readonly property bool moving: shiftId.length > 0
    // Read again at each opening: the staff list arrives after the desk opens.
    property var technicians: []

    anchors.centerIn: parent
    width: 520
    modal: true
    title: moving ? qsTr("Move the shift") : qsTr("Add a shift")

    // shift: {shiftId, technicianId, date, startTime, endTime} or {} for a new one.
    function openFor(shift, defaultTechnician, defaultDate) {
        shiftId = shift.shiftId ?? ""
        technicians = staff ? staff.technicians() : []
        const tech = shift.technicianId ?? defaultTechnician ?? ""
        technician.currentIndex = Math.max(0, technicians.findIndex(t => t.id === tech))
        day.text = shift.date ?? defaultDate ?? ""
        start.text = shift.startTime ?? "08:30"
        end.text = shift.endTime ?? "17:30"
        reason.text = ""
        waiting = false
        attendance.clearMessage()
        open()
    }
    function submit() {
        waiting = true
        const tech = technicians[technician.currentIndex]
        attendance.saveShift(shiftId, tech ? tech.id : "", day.text, start.text, end.text, reason.text)
    }

    Connections {
        target: dialog.attendance
        function onChanged(ok) {
            if (!dialog.visible || !dialog.waiting)
                return
            dialog.waiting = false
            if (ok)
                dialog.close()
        }
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: 12
        rowSpacing: 8
        Label { text: qsTr("Technician") }
        ComboBox {
            id: technician
            objectName: "shiftTechnician"
            Layout.fillWidth: true
            enabled: !dialog.moving
            model: dialog.technicians
            textRole: "name"
        }
        Label { text: qsTr("Date") }
        TextField {
            id: day
            objectName: "shiftDay"
            Layout.fillWidth: true
            placeholderText: qsTr("YYYY-MM-DD")
            inputMethodHints: Qt.ImhDate
        }
        Label { text: qsTr("Start") }
        TextField {
            id: start
            objectName: "shiftStart"
            Layout.fillWidth: true
            placeholderText: qsTr("HH:MM")
        }
        Label { text: qsTr("End") }
        TextField {
            id: end
            objectName: "shiftEnd"
            Layout.fillWidth: true
            placeholderText: qsTr("HH:MM")
        }
        Label {
            Layout.columnSpan: 2
            text: qsTr("Times are in the company's time zone; an end before the start is on the next day.")
            color: OfficeTheme.muted
            font.pixelSize: 12
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: dialog.moving
            text: qsTr("Reason")
        }
        TextField {
            id: reason
            objectName: "shiftMoveReason"
            visible: dialog.moving
            Layout.fillWidth: true
            placeholderText: qsTr("Why the shift moves (stored with the change)")
        }
        Label {
            objectName: "shiftRefusal"
            Layout.columnSpan: 2
            visible: dialog.attendance.messageIsError && text.length > 0
            text: dialog.attendance.message
            color: OfficeTheme.late
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    footer: RowLayout {
        spacing: 8
        Item { Layout.fillWidth: true }
        Button {
            text: qsTr("Back")
            flat: true
            onClicked: dialog.close()
        }
        Button {
            objectName: "shiftSave"
            text: dialog.moving ? qsTr("Move") : qsTr("Add")
            highlighted: true
            enabled: !dialog.waiting
            onClicked: dialog.submit()
            Layout.rightMargin: 12
            Layout.bottomMargin: 8
        }
    }
}
