import QtQuick
import QtTest
import FieldLedger.Office

// The call-back desk against the real server started by callback_test_main.cpp, whose
// clock the test moves: the queue's order, a claim another agent sees, a call recorded
// with the keyboard only, and an unreachable customer coming back after the retry wait.
TestCase {
    id: test
    name: "CallBackDesk"
    when: windowShown
    width: 1366
    height: 768

    Component {
        id: deskComponent
        CallBackDesk {
            width: 1366
            height: 768
        }
    }

    function signIn() {
        if (OfficeSession.signedIn)
            return
        OfficeSession.signIn(deskTest.serverAddress(), "callback", deskTest.password())
        tryVerify(() => !OfficeSession.signingIn, 10000)
        compare(OfficeSession.signInError, "")
        compare(OfficeSession.role, "callback_agent")
    }

    function openDesk() {
        signIn()
        const desk = createTemporaryObject(deskComponent, test)
        verify(desk)
        tryVerify(() => desk.controller.queue.count > 0 && !desk.controller.loading, 10000,
                  "queue never filled: " + desk.controller.errorText)
        desk.forceActiveFocus()
        return desk
    }

    function rowIndex(desk, jobId) {
        return desk.controller.queue.indexOf(jobId)
    }

    function test_1_queue_is_oldest_due_first() {
        const desk = openDesk()
        const q = desk.controller.queue
        compare(desk.controller.total, 8)  // Q-0009 is not due yet
        compare(q.jobIdAt(0), "job-Q-0001")
        compare(q.jobIdAt(1), "job-Q-0002")
        compare(q.jobIdAt(2), "job-Q-0003")
        compare(q.jobIdAt(7), "job-Q-0008")
        compare(rowIndex(desk, "job-Q-0009"), -1)
        const title = findChild(desk, "queueTitle")
        verify(title.text.indexOf("8") >= 0)
        // The technician filter goes to the server.
        desk.controller.technicianFilter = "tech2"
        tryVerify(() => !desk.controller.loading && desk.controller.total === 4, 10000)
        compare(q.jobIdAt(0), "job-Q-0002")
        desk.controller.technicianFilter = ""
        tryVerify(() => !desk.controller.loading && desk.controller.total === 8, 10000)
    }

    function test_2_a_claim_is_seen_by_a_second_agent() {
        const desk = openDesk()
        compare(deskTest.claimAs("callback2", "job-Q-0002"), "")
        desk.controller.refresh()
        tryVerify(() => !desk.controller.loading, 10000)
        const row = findChild(desk, "queueRow_Q-0002")
        verify(row)
        tryVerify(() => row.heldByOther, 5000)
        verify(findChild(row, "claimedBy").text.indexOf("Cal Second") >= 0)
        verify(desk.controller.errorText.length === 0)
        verify(!row.enabled)
        // Opening it anyway is refused by the server, in words the agent can act on.
        desk.controller.open("job-Q-0002")
        tryVerify(() => desk.controller.errorText.length > 0, 10000)
        verify(!desk.controller.hasVisit)
        // And the second agent cannot take a visit this desk holds.
        desk.controller.open("job-Q-0003")
        tryVerify(() => desk.controller.hasVisit, 10000)
        verify(deskTest.claimAs("callback2", "job-Q-0003").indexOf("visit_claimed") >= 0)
    }

    function test_3_recording_by_keyboard_only() {
        const desk = openDesk()
        const callsBefore = desk.controller.card.calls
        keyClick(Qt.Key_Return)  // opens the oldest due visit nobody holds
        tryVerify(() => desk.controller.hasVisit, 10000)
        const first = desk.controller.visit.jobId
        verify(findChild(desk, "visitWork").text.indexOf("mainboard") >= 0)
        keyClick(Qt.Key_4)
        keyClick(Qt.Key_N)
        keyClick(Qt.Key_9)
        keyClick(Qt.Key_Escape)  // leaves the NPS field; a second Esc would give the visit back
        keyClick(Qt.Key_Return)  // saves and opens the next
        tryVerify(() => deskTest.callbacksOf(first) === 1, 10000)
        compare(deskTest.scoreOf(first), 4)
        tryVerify(() => desk.controller.hasVisit && desk.controller.visit.jobId !== first, 10000)
        compare(rowIndex(desk, first), -1)
        tryVerify(() => desk.controller.card.calls === callsBefore + 1, 10000)
        // The saved visit landed once, whatever else happens.
        compare(deskTest.callbacksOf(first), 1)
    }

    function test_4_unreachable_returns_after_the_retry_wait() {
        const desk = openDesk()
        keyClick(Qt.Key_Return)
        tryVerify(() => desk.controller.hasVisit, 10000)
        const job = desk.controller.visit.jobId
        keyClick(Qt.Key_U)
        keyClick(Qt.Key_Return)
        tryVerify(() => deskTest.callbacksOf(job) === 1, 10000)
        tryVerify(() => rowIndex(desk, job) === -1 && !desk.controller.busy, 10000)
        keyClick(Qt.Key_Escape)  // give back the visit that opened next
        deskTest.advanceHours(3.9)
        desk.controller.refresh()
        tryVerify(() => !desk.controller.loading, 10000)
        compare(rowIndex(desk, job), -1)
        deskTest.advanceHours(0.2)  // past the 4-hour wait
        desk.controller.refresh()
        tryVerify(() => !desk.controller.loading && rowIndex(desk, job) >= 0, 10000)
        const row = findChild(desk, "queueRow_" + job.substring(4))
        verify(row)
        compare(row.attempts, 1)
        compare(row.status, "retry_due")
    }
}
