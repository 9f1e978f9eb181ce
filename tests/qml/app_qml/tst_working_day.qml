import QtQuick
import QtTest
import FieldLedger

// The technician's side of attendance and of the assessment cycle, against the offline
// session of qml_test_main.cpp (today's shift seeded as the last sync fetched it): the
// shift card on the Today page checks in on time and says it waits for sync; the "My
// assessment" page saves the month's text into the outbox and refuses an empty one.
// Named to run last: it adds records to the outbox the other files count.
Item {
    id: root
    width: 412
    height: 800

    TestCase {
        id: testCase
        name: "WorkingDay"
        when: windowShown

        function init() { failOnWarning(/.*/) }

        Component { id: todayPage; TodayPage {} }
        Component { id: assessmentPage; MyAssessmentPage {} }

        function test_1_start_shift_on_time_then_end_it() {
            const page = createTemporaryObject(todayPage, root, { width: 412, height: 800 })
            verify(page)
            const card = findChild(page, "shiftCard")
            verify(card)
            verify(findChild(card, "shiftTitle").text.startsWith("Shift "))
            const start = findChild(card, "startShiftButton")
            verify(start.visible)
            compare(findChild(card, "shiftCheckIn").visible, false)
            const pendingBefore = Session.pendingCount
            mouseClick(start)
            tryCompare(start, "visible", false)
            compare(Session.pendingCount, pendingBefore + 1)
            const checkIn = findChild(card, "shiftCheckIn")
            verify(checkIn.visible)
            verify(/^Checked in at \d\d:\d\d · waiting to sync$/.test(checkIn.text), checkIn.text)
            compare(findChild(card, "shiftVerdict").text, "on time")
            // The card lies above the job list, not over it.
            const list = findChild(page, "jobList")
            verify(list.y >= card.y + card.height, "list at " + list.y)

            const end = findChild(card, "endShiftButton")
            verify(end.visible)
            mouseClick(end)
            tryCompare(end, "visible", false)
            verify(findChild(card, "shiftCheckIn").text.indexOf("checked out at") > 0)
            compare(Session.pendingCount, pendingBefore + 2)
        }

        function test_2_the_card_remembers_the_check_in() {
            const page = createTemporaryObject(todayPage, root, { width: 412, height: 800 })
            const card = findChild(page, "shiftCard")
            compare(findChild(card, "startShiftButton").visible, false)
            compare(findChild(card, "shiftVerdict").text, "on time")
        }

        function test_3_self_assessment_is_saved_for_the_sync() {
            const page = createTemporaryObject(assessmentPage, root, { width: 412, height: 800 })
            verify(page)
            compare(page.title, "My assessment")
            verify(findChild(page, "assessmentMonth").text.startsWith("Self-assessment for "))
            compare(findChild(page, "assessmentState").text, "Not written yet.")
            const save = findChild(page, "saveAssessmentButton")
            compare(save.enabled, false)  // nothing written
            const editor = findChild(page, "assessmentEditor")
            editor.text = "Fixed 40 of 42 at the first visit.\n我需要变频课程。"
            verify(/^\d+ \/ 4000$/.test(findChild(page, "assessmentBytes").text))
            const pendingBefore = Session.pendingCount
            verify(save.enabled)
            mouseClick(save)
            tryCompare(findChild(page, "assessmentState"), "text",
                       "Saved on the phone; it is sent at the next sync.")
            compare(Session.pendingCount, pendingBefore + 1)
            compare(save.enabled, false)  // the text is the saved one
        }

        function test_4_the_page_shows_the_saved_text_again() {
            const page = createTemporaryObject(assessmentPage, root, { width: 412, height: 800 })
            compare(findChild(page, "assessmentEditor").text,
                    "Fixed 40 of 42 at the first visit.\n我需要变频课程。")
        }

        function test_5_a_text_over_the_limit_is_refused_on_the_phone() {
            const page = createTemporaryObject(assessmentPage, root, { width: 412, height: 800 })
            const editor = findChild(page, "assessmentEditor")
            editor.text = "长".repeat(1400)  // 4200 bytes of UTF-8
            compare(findChild(page, "assessmentBytes").text, "4200 / 4000")
            const pendingBefore = Session.pendingCount
            mouseClick(findChild(page, "saveAssessmentButton"))
            compare(findChild(page, "assessmentError").text, "At most 4000 bytes; this text has 4200.")
            compare(Session.pendingCount, pendingBefore)
        }
    }
}
