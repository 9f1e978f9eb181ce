import QtQuick
import QtTest
import FieldLedger
import FieldLedger.Office

// The desk's shift schedule against the real server of manager_test_main.cpp
// (manager_live_server.h: Tess and Tom each have 5 attended shifts in the week of
// 2 March 2026; the server's clock is 15 April 2026). Adds, moves, puts on leave and
// deletes a shift through the editor's dialogs, reading back the server's states and
// attendance rates, and imports CSV files: a bad one refused line by line in the
// user's language, a good one stored.
TestCase {
    id: test
    name: "ManagerAttendance"
    when: windowShown
    width: 1366
    height: 768

    Component {
        id: officeMain
        OfficeMain {
            width: 1366
            height: 768
        }
    }

    property var main: null
    property var desk: null
    property var tab: null
    property var attendance: null

    function initTestCase() {
        OfficeSession.signIn(managerServerAddress, "manager", managerPassword)
        tryVerify(() => !OfficeSession.signingIn, 10000)
        compare(OfficeSession.role, "manager")
        main = officeMain.createObject(test.parent)
        const loader = findChild(main, "deskLoader")
        tryVerify(() => loader.item !== null)
        desk = loader.item
        tryVerify(() => !desk.staff.loading && desk.staff.rowCount() === 7, 10000)
        tab = findChild(main, "attendanceTab")
        attendance = tab.attendance
    }

    function cleanupTestCase() {
        main.destroy()
        OfficeSession.signOut()
    }

    // The schedule of March 2026 for `kind`/`id` (the whole company by default).
    function showMarch(kind, id) {
        desk.tabs.currentIndex = 5
        desk.filter.anchor = "2026-03-04"
        desk.filter.selectScope(kind || "company", id || "")
        tryVerify(() => !attendance.loading && attendance.monthText.indexOf("2026") >= 0, 10000)
        wait(0)
    }

    function rateOf(technicianId) {
        const rates = attendance.rates
        for (let i = 0; i < rates.length; ++i)
            if (rates[i].technicianId === technicianId) return rates[i]
        return null
    }
    function rowOf(name, day) {
        for (let i = 0; i < attendance.rowCount(); ++i) {
            const idx = attendance.index(i, 0)
            if (attendance.data(idx, ManagerAttendanceModel.TechnicianNameRole) === name
                    && attendance.data(idx, ManagerAttendanceModel.DateRole) === day)
                return i
        }
        return -1
    }
    // Presses the row's button, scrolled into view first (the list makes delegates on
    // demand). The button's own clicked() is emitted: pointer clicks on list rows right
    // after a modal dialog closed were dropped now and then by the offscreen test window,
    // which made the test flaky without testing anything of the desk.
    function pressRowButton(name, row) {
        const list = findChild(main, "shiftList")
        list.positionViewAtIndex(row, ListView.Contain)
        wait(0)
        const button = findChild(list, name + "_" + row)
        verify(button !== null && button.visible && button.enabled, name + "_" + row)
        button.clicked()
    }
    function stateAt(row) {
        return attendance.data(attendance.index(row, 0), ManagerAttendanceModel.StateTextRole)
    }

    function test_a_the_months_schedule_and_rates_are_the_servers() {
        showMarch()
        compare(attendance.rowCount(), 10)
        compare(findChild(main, "attendanceTitle").text, "Shift schedule for March 2026")
        compare(stateAt(0), "Attended")
        compare(rateOf("tech1").fraction, "5/5")
        compare(rateOf("tech1").percent, "100%")
        compare(rateOf("tech3").percent, "No data")
        // One technician: only their shifts and their rate.
        showMarch("technician", "tech2")
        compare(attendance.rowCount(), 5)
        compare(attendance.rates.length, 1)
        compare(attendance.rates[0].name, "Tom Tech")
        // A team: its members' shifts only.
        showMarch("team", "south")
        compare(attendance.rowCount(), 0)
        verify(findChild(main, "shiftList").count === 0)
    }

    function test_b_add_move_leave_and_delete_a_shift() {
        showMarch()
        // Add: Ted on 10 March, 08:30-17:30; the server's clock is in April, so absent.
        mouseClick(findChild(main, "addShiftButton"))
        const dialog = tab.shiftDialog
        tryVerify(() => dialog.opened)
        const techs = desk.staff.technicians()
        const ted = techs.findIndex(t => t.id === "tech4")
        verify(ted >= 0)
        findChild(dialog, "shiftTechnician").currentIndex = ted
        findChild(dialog, "shiftDay").text = "2026-03-10"
        findChild(dialog, "shiftStart").text = "08:30"
        findChild(dialog, "shiftEnd").text = "17:30"
        mouseClick(findChild(dialog, "shiftSave"))
        tryVerify(() => !dialog.visible, 10000)
        tryVerify(() => !attendance.loading && attendance.rowCount() === 11, 10000)
        let row = rowOf("Ted Tech", "2026-03-10")
        verify(row >= 0)
        compare(stateAt(row), "Absent")
        compare(rateOf("tech4").fraction, "0/1")
        compare(findChild(main, "attendanceMessage").text, "Shift added")

        // Move without a reason: refused by the server, the dialog stays open and says so.
        pressRowButton("moveShift", row)
        tryVerify(() => dialog.opened)
        compare(findChild(dialog, "shiftDay").text, "2026-03-10")
        findChild(dialog, "shiftStart").text = "09:00"
        mouseClick(findChild(dialog, "shiftSave"))
        tryVerify(() => findChild(dialog, "shiftRefusal").visible, 10000)
        verify(findChild(dialog, "shiftRefusal").text.indexOf("reason is required") >= 0)
        verify(dialog.visible)
        findChild(dialog, "shiftMoveReason").text = "customer visit moved"
        mouseClick(findChild(dialog, "shiftSave"))
        tryVerify(() => !dialog.visible, 10000)
        tryVerify(() => !attendance.loading && attendance.message === "Shift moved", 10000)
        row = rowOf("Ted Tech", "2026-03-10")
        compare(attendance.data(attendance.index(row, 0), ManagerAttendanceModel.StartTimeRole), "09:00")

        // Approve leave: the shift leaves the rate.
        const reasons = tab.reasonDialog
        pressRowButton("leaveShift", row)
        tryVerify(() => reasons.opened)
        findChild(reasons, "shiftReasonField").text = "annual leave"
        mouseClick(findChild(reasons, "shiftReasonConfirm"))
        tryVerify(() => !reasons.visible, 10000)
        tryVerify(() => !attendance.loading && attendance.message === "Leave approved", 10000)
        row = rowOf("Ted Tech", "2026-03-10")
        compare(stateAt(row), "On leave")
        compare(attendance.data(attendance.index(row, 0), ManagerAttendanceModel.LeaveReasonRole), "annual leave")
        compare(rateOf("tech4").percent, "No data")

        // Delete: gone from the schedule.
        pressRowButton("deleteShift", row)
        tryVerify(() => reasons.opened)
        findChild(reasons, "shiftReasonField").text = "entered by mistake"
        mouseClick(findChild(reasons, "shiftReasonConfirm"))
        tryVerify(() => !reasons.visible, 10000)
        tryVerify(() => !attendance.loading && attendance.rowCount() === 10, 10000)
        compare(rowOf("Ted Tech", "2026-03-10"), -1)
    }

    function test_c_a_bad_csv_is_refused_line_by_line_in_the_users_language() {
        showMarch()
        const path = exportDir + "/bad-shifts.csv"
        verify(testFiles.write(path, "technician,start,end,leave\n"
                                     + "tech3,2026-04-20 08:30,2026-04-20 17:30,no\n"
                                     + "nobody,2026-04-20 08:30,2026-04-20 17:30,no\n"
                                     + "tech3,soon,2026-04-21 17:30,no\n"
                                     + "tech4,2026-04-22 08:30,2026-04-22 17:30,maybe\n"))
        attendance.importCsv(path)
        tryVerify(() => !attendance.busy && attendance.importErrors.length > 0, 10000)
        compare(attendance.message, "Nothing was imported: fix these lines.")
        compare(attendance.importErrors, [
            "Line 3: column technician: no technician with username 'nobody' in this company",
            "Line 4: column start: 'soon' is not a time (write YYYY-MM-DD HH:MM)",
            "Line 5: column leave: write yes or no, not 'maybe'"])
        verify(findChild(main, "importErrors").visible)
        Language.code = "zh_CN"
        attendance.importCsv(path)
        tryVerify(() => !attendance.busy && attendance.importErrors.length === 3, 10000)
        compare(attendance.importErrors[0], "第 3 行：technician 列：本公司没有用户名为“nobody”的技师")
        compare(attendance.message, "未导入任何内容：请修正以下各行。")
        Language.code = "en"
        // Nothing of the bad file was stored: April is still empty.
        desk.filter.anchor = "2026-04-15"
        tryVerify(() => !attendance.loading && attendance.monthText === "April 2026", 10000)
        compare(attendance.rowCount(), 0)
    }

    function test_d_a_good_csv_is_imported_whole() {
        desk.tabs.currentIndex = 5
        desk.filter.selectScope("company", "")
        desk.filter.anchor = "2026-04-15"
        const path = exportDir + "/good-shifts.csv"
        verify(testFiles.write(path, "start,end,technician,leave,leave_reason\n"
                                     + "2026-04-20 08:30,2026-04-20 17:30,tech3,no,\n"
                                     + "2026-04-21 08:30,2026-04-21 17:30,tech3,yes,\"annual leave, approved\"\n"))
        attendance.importCsv(path)
        tryVerify(() => !attendance.busy && attendance.message === "Imported 2 shifts", 10000)
        compare(attendance.importErrors.length, 0)
        tryVerify(() => !attendance.loading && attendance.rowCount() === 2, 10000)
        compare(stateAt(0), "Upcoming")
        compare(stateAt(1), "On leave")
        compare(attendance.data(attendance.index(1, 0), ManagerAttendanceModel.LeaveReasonRole), "annual leave, approved")
    }
}
