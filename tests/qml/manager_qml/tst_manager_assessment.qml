import QtQuick
import QtTest
import FieldLedger
import FieldLedger.Office

// The desk's assessment of March 2026 against the real server of manager_test_main.cpp
// (manager_live_server.h: Tess wrote a self-assessment; nothing is published; the server's
// clock is 15 April 2026, so March has ended). Reads the figures beside the self-assessment,
// writes the assessor's comment, publishes after confirmation, and sees a shift added
// afterwards marked "changed since publication" while the frozen figure stays.
TestCase {
    id: test
    name: "ManagerAssessment"
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
    property var assessment: null

    function initTestCase() {
        OfficeSession.signIn(managerServerAddress, "manager", managerPassword)
        tryVerify(() => !OfficeSession.signingIn, 10000)
        compare(OfficeSession.role, "manager")
        main = officeMain.createObject(test.parent)
        const loader = findChild(main, "deskLoader")
        tryVerify(() => loader.item !== null)
        desk = loader.item
        tryVerify(() => !desk.staff.loading && desk.staff.rowCount() === 7, 10000)
        tab = findChild(main, "assessmentTab")
        assessment = tab.assessment
    }

    function cleanupTestCase() {
        main.destroy()
        OfficeSession.signOut()
    }

    function showMarch() {
        desk.tabs.currentIndex = 6
        desk.filter.anchor = "2026-03-04"
        tryVerify(() => !assessment.loading && assessment.monthText.indexOf("2026-03") === 0, 10000)
    }
    function select(technicianId) {
        const row = assessment.rowOf(technicianId)
        verify(row >= 0, technicianId)
        tab.selected = row
        wait(0)
    }
    // The visible card's child (the Repeater keeps one card per technician).
    function shown(name) {
        const cards = []
        const seen = []
        const stack = [tab]
        while (stack.length > 0) {
            const item = stack.pop()
            if (!item || seen.indexOf(item) >= 0) continue
            seen.push(item)
            if (item.objectName === name && item.visible) cards.push(item)
            for (let i = 0; i < item.children.length; ++i) stack.push(item.children[i])
            if (item.contentItem) stack.push(item.contentItem)
        }
        return cards.length === 1 ? cards[0] : null
    }

    function test_the_month_figures_self_assessment_comment_and_publication() {
        showMarch()
        compare(assessment.rowCount(), 4)
        verify(!assessment.published)
        verify(assessment.monthEnded)
        compare(findChild(main, "publicationText").text, "Not published yet: the figures below are live.")

        // Tess: her figures beside what she wrote.
        select("tech1")
        tryVerify(() => shown("assessmentName") !== null)
        compare(shown("assessmentName").text, "Tess Tech")
        compare(shown("liveFigure_on_time").text, "10/10 · 100%")
        compare(shown("liveFigure_attendance").text, "5/5 · 100%")
        compare(shown("selfAssessmentText").text,
                "Every visit on time in March; I want to learn the new boiler range.")
        // Tom wrote nothing: the desk says so.
        select("tech2")
        compare(shown("selfAssessmentText").text, "Tom Tech has not written a self-assessment for this month.")
        compare(shown("liveFigure_first_time_fix").text, "8/10 · 80%")

        // The assessor's comment, saved on the server and read back.
        select("tech1")
        shown("commentField").text = "Excellent month; book the boiler course."
        mouseClick(shown("saveCommentButton"))
        tryVerify(() => !assessment.busy && assessment.message === "Comment saved", 10000)
        tryVerify(() => !assessment.loading)
        select("tech1")
        compare(shown("commentField").text, "Excellent month; book the boiler course.")

        // Publishing asks first; Back publishes nothing.
        mouseClick(findChild(main, "publishButton"))
        const dialog = tab.publishDialog
        tryVerify(() => dialog.opened)
        dialog.close()
        tryVerify(() => !dialog.visible)
        verify(!assessment.published)
        mouseClick(findChild(main, "publishButton"))
        tryVerify(() => dialog.opened)
        findChild(dialog, "publishNote").text = "March closed"
        mouseClick(findChild(dialog, "publishConfirm"))
        tryVerify(() => !dialog.visible, 10000)
        tryVerify(() => !assessment.loading && assessment.published, 10000)
        verify(findChild(main, "publicationText").text.indexOf("Published by Max Manager; figures frozen as of 2026-04-15 10:00:00") === 0)
        verify(findChild(main, "publicationText").text.indexOf("Note: March closed") > 0)
        verify(!findChild(main, "publishButton").enabled)
        select("tech1")
        compare(shown("frozenFigure_on_time").text, "10/10 · 100%")
        verify(shown("changedFigure_on_time") === null)  // nothing changed yet
        verify(shown("commentField").readOnly)

        // Later data: a shift for Ted in March changes his live attendance, not the frozen one.
        desk.tabs.currentIndex = 5
        const attendance = findChild(main, "attendanceTab").attendance
        tryVerify(() => !attendance.loading)
        attendance.saveShift("", "tech4", "2026-03-11", "08:30", "17:30", "")
        tryVerify(() => !attendance.busy && attendance.message === "Shift added", 10000)
        tryVerify(() => !attendance.loading)
        showMarch()
        assessment.load(desk.filter.query)
        tryVerify(() => !assessment.loading, 10000)
        select("tech4")
        compare(shown("liveFigure_attendance").text, "0/1 · 0%")
        compare(shown("frozenFigure_attendance").text, "0/0 · No data")
        verify(shown("changedFigure_attendance") !== null)
        verify(shown("changedFigure_on_time") === null)

        // In Chinese the marker and the publication read in Chinese.
        Language.code = "zh_CN"
        tryCompare(shown("changedFigure_attendance"), "text", "发布后有变化")
        verify(findChild(main, "publicationText").text.indexOf("由 Max Manager 发布") === 0)
        Language.code = "en"

        // The shift is taken away again so the other test files see March as before.
        desk.tabs.currentIndex = 5
        tryVerify(() => !attendance.loading)
        let row = -1
        for (let i = 0; i < attendance.rowCount(); ++i)
            if (attendance.data(attendance.index(i, 0), ManagerAttendanceModel.DateRole) === "2026-03-11") row = i
        verify(row >= 0)
        attendance.deleteShift(attendance.data(attendance.index(row, 0), ManagerAttendanceModel.ShiftIdRole), "test done")
        tryVerify(() => !attendance.busy && attendance.message === "Shift deleted", 10000)
    }
}
