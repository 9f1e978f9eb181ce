import QtQuick
import QtTest
import FieldLedger.Office

// The dispatcher's desk against the real server started by office_test_main.cpp: the
// board shows the seeded day, and each action made through the desk's own controls
// (dialogs, drag, menus) reaches the server and comes back on the board.
TestCase {
    id: test
    name: "DispatcherDesk"
    when: windowShown
    width: 1366
    height: 768
    visible: true

    Component {
        id: deskComponent
        DispatcherDesk {
            width: 1366
            height: 768
        }
    }
    Component {
        id: otherBoard
        DispatcherBoard {}
    }
    SignalSpy {
        id: actions
        signalName: "actionFinished"
    }

    function initTestCase() {
        OfficeSession.signIn(officeServerAddress, "dispatcher", officePassword)
        tryVerify(() => OfficeSession.signedIn, 10000)
    }

    function openDesk() {
        const desk = createTemporaryObject(deskComponent, test)
        verify(desk)
        tryVerify(() => desk.board.jobs.rowCount() >= 4, 10000, "the board loaded: " + desk.board.error + " day " + desk.board.day + " loading " + desk.board.loading + " techs " + desk.board.technicians.rowCount() + " jobs " + desk.board.jobs.rowCount())
        tryCompare(desk.board, "liveState", "live", 10000)
        actions.target = desk.board
        actions.clear()
        return desk
    }
    function jobIdOf(desk, reference) {
        const m = desk.board.jobs
        for (let i = 0; i < m.rowCount(); ++i) {
            const id = m.data(m.index(i, 0), BoardJobsModel.JobIdRole)
            if (desk.board.job(id).reference === reference)
                return id
        }
        return ""
    }
    function waitAction(name) {
        tryVerify(() => actions.count > 0, 10000, name + " answered")
        const a = actions.signalArguments[actions.count - 1]
        compare(a[0], name)
        return a
    }
    function typeInto(field, text) {
        field.text = text
    }

    function test_board_shows_every_technician_and_the_days_jobs() {
        const desk = openDesk()
        compare(desk.board.technicians.rowCount(), 3)
        verify(findChild(desk, "technicianRow_tech1"))
        verify(findChild(desk, "technicianRow_tech3"))
        verify(findChild(desk, "jobBar_T-0001"), "a bar on the timeline")
        // T-0001's window passed while tech1's phone never synced: unknown, not no-show.
        compare(desk.board.job(jobIdOf(desk, "T-0001")).stateKey, "unknown")
        compare(desk.board.job(jobIdOf(desk, "T-0004")).stateKey, "due")
        verify(findChild(desk, "lastSynced_tech1").text.length > 0)
        // T-0003 starts in 30 minutes and tech2's phone is silent: at risk.
        verify(desk.board.alerts.count > 0)
    }

    function test_list_filters_and_sorts() {
        const desk = openDesk()
        const list = desk.board.list
        const all = list.count
        verify(all >= 4)
        list.search = "Cai"
        compare(list.count, 1)
        compare(desk.board.job(list.jobIdAt(0)).reference, "T-0003")
        list.search = "13800000004"  // typed without the stored spaces
        compare(list.count, 1)
        list.search = ""
        list.technicianId = "tech3"
        compare(list.count, 1)
        list.technicianId = ""
        list.team = "north"
        verify(list.count >= 3)
        list.team = ""
        list.sortKey = "reference"
        list.ascending = false
        verify(desk.board.job(list.jobIdAt(0)).reference > desk.board.job(list.jobIdAt(list.count - 1)).reference)
        list.sortKey = "window"
        list.ascending = true
    }

    function test_create_a_job_through_the_dialog() {
        const desk = openDesk()
        const before = desk.board.jobs.rowCount()
        mouseClick(findChild(desk, "newJobButton"))
        const dialog = findChild(desk, "createJobDialog")
        tryCompare(dialog, "opened", true)
        typeInto(findChild(dialog, "createCustomer"), "Eve New")
        typeInto(findChild(dialog, "createPhone"), "139 1111 2222")
        typeInto(findChild(dialog, "createAddress"), "5 New Road")
        typeInto(findChild(dialog, "createLatitude"), "31.2304")
        typeInto(findChild(dialog, "createLongitude"), "121.4737")
        typeInto(findChild(dialog, "createProduct"), "TV 55")
        typeInto(findChild(dialog, "createCategory"), "tv")
        typeInto(findChild(dialog, "createPurchased"), "2025-06-01")
        typeInto(findChild(dialog, "createActivated"), "2025-06-02")
        findChild(dialog, "createTechnician").currentIndex = 2  // by team, then name: tech3
        typeInto(findChild(dialog, "createFrom"), "23:00")
        typeInto(findChild(dialog, "createTo"), "23:30")
        mouseClick(findChild(dialog, "createConfirmButton"))
        const a = waitAction("create")
        verify(a[1], a[2])
        tryCompare(dialog, "opened", false)
        compare(desk.board.jobs.rowCount(), before + 1)
        const job = desk.board.job(a[3])
        compare(job.customer, "Eve New")
        compare(job.category, "tv")
        compare(job.technicianId, "tech3")
    }

    function test_create_refusal_is_shown_in_the_dialog() {
        const desk = openDesk()
        desk.newJob()
        const dialog = findChild(desk, "createJobDialog")
        tryCompare(dialog, "opened", true)
        // No customer: the server refuses and names the field.
        typeInto(findChild(dialog, "createAddress"), "5 New Road")
        typeInto(findChild(dialog, "createLatitude"), "31.2")
        typeInto(findChild(dialog, "createLongitude"), "121.4")
        typeInto(findChild(dialog, "createFrom"), "22:00")
        typeInto(findChild(dialog, "createTo"), "22:30")
        mouseClick(findChild(dialog, "createConfirmButton"))
        const a = waitAction("create")
        verify(!a[1])
        const refusal = findChild(dialog, "createRefusal")
        verify(refusal.visible)
        // Translated from its reason code, naming the field as the form does.
        verify(refusal.text.indexOf("customer") >= 0 && refusal.text.indexOf("[") < 0, refusal.text)
        compare(dialog.opened, true)
        dialog.close()
    }

    function test_reassign_by_dragging_a_bar_to_another_row() {
        const desk = openDesk()
        const id = jobIdOf(desk, "T-0002")
        compare(desk.board.job(id).technicianId, "tech1")
        const bar = findChild(desk, "jobBar_T-0002")
        const target = findChild(desk, "technicianRow_tech2")
        verify(bar && target)
        const from = bar.mapToItem(test, bar.width / 2, bar.height / 2)
        const to = target.mapToItem(test, target.width / 2, target.height / 2)
        mousePress(test, from.x, from.y)
        for (let i = 1; i <= 10; ++i)
            mouseMove(test, from.x, from.y + (to.y - from.y) * i / 10)
        mouseRelease(test, from.x, to.y)
        const a = waitAction("assign")
        verify(a[1], a[2])
        tryCompare(desk.board.job(id), "technicianId", "tech2")
        verify(findChild(findChild(desk, "technicianRow_tech2"), "jobBar_T-0002"))
    }

    function test_reschedule_through_the_dialog() {
        const desk = openDesk()
        const id = jobIdOf(desk, "T-0004")
        desk.reschedule(id)
        const dialog = findChild(desk, "rescheduleDialog")
        tryCompare(dialog, "opened", true)
        const date = findChild(dialog, "rescheduleDate").text
        typeInto(findChild(dialog, "rescheduleFrom"), "21:00")
        typeInto(findChild(dialog, "rescheduleTo"), "22:00")
        // Without a reason the server refuses, in the user's language.
        mouseClick(findChild(dialog, "rescheduleConfirmButton"))
        let a = waitAction("reschedule")
        verify(!a[1])
        verify(findChild(dialog, "rescheduleRefusal").text.length > 0)
        actions.clear()
        typeInto(findChild(dialog, "rescheduleReason"), "customer asked for the evening")
        mouseClick(findChild(dialog, "rescheduleConfirmButton"))
        a = waitAction("reschedule")
        verify(a[1], a[2])
        tryCompare(dialog, "opened", false)
        compare(desk.board.job(id).windowStart, desk.board.atTime("21:00", date))
    }

    function test_cancel_with_a_reason_that_is_shown() {
        const desk = openDesk()
        const id = jobIdOf(desk, "T-0003")
        desk.openJob(id)
        const detail = findChild(desk, "jobDetail")
        tryCompare(detail, "opened", true)
        mouseClick(findChild(detail, "detailCancelButton"))
        const dialog = findChild(desk, "reasonDialog")
        tryCompare(dialog, "opened", true)
        findChild(dialog, "reasonField").text = "customer fixed it himself"
        mouseClick(findChild(dialog, "reasonConfirmButton"))
        const a = waitAction("cancel")
        verify(a[1], a[2])
        compare(desk.board.job(id).stateKey, "cancelled")
        compare(desk.board.job(id).cancelReason, "customer fixed it himself")
        tryCompare(findChild(detail, "detailCancelReason"), "text", "customer fixed it himself")
        // The history lists the cancellation with its reason.
        tryVerify(() => desk.board.history.count >= 2)
        detail.close()
    }

    function test_excuse_and_revoke() {
        const desk = openDesk()
        const id = jobIdOf(desk, "T-0001")
        desk.askReason("excuse", id)
        const dialog = findChild(desk, "reasonDialog")
        tryCompare(dialog, "opened", true)
        findChild(dialog, "reasonField").text = "phone broke; technician called in"
        mouseClick(findChild(dialog, "reasonConfirmButton"))
        let a = waitAction("excuse")
        verify(a[1], a[2])
        compare(desk.board.job(id).stateKey, "excused")
        actions.clear()
        desk.askReason("revoke", id)
        tryCompare(dialog, "opened", true)
        findChild(dialog, "reasonField").text = "the phone was fine"
        mouseClick(findChild(dialog, "reasonConfirmButton"))
        a = waitAction("revoke")
        verify(a[1], a[2])
        compare(desk.board.job(id).excused, false)
        compare(desk.board.job(id).stateKey, "unknown")
    }

    function test_job_detail_lists_the_history() {
        const desk = openDesk()
        const id = jobIdOf(desk, "T-0004")
        desk.openJob(id)
        const detail = findChild(desk, "jobDetail")
        tryCompare(detail, "opened", true)
        tryVerify(() => desk.board.history.count >= 1, 5000)
        const h = desk.board.history
        compare(h.data(h.index(0, 0), JobHistoryModel.KindRole), "created")
        detail.close()
    }

    function test_another_dispatchers_change_reaches_the_open_board_live() {
        const desk = openDesk()
        const other = createTemporaryObject(otherBoard, test)
        other.load()
        tryVerify(() => other.jobs.rowCount() >= 4, 10000)
        const id = jobIdOf(desk, "T-0004")
        const target = desk.board.job(id).technicianId === "tech1" ? "tech2" : "tech1"
        const before = desk.board.updatesApplied
        const started = Date.now()
        other.assign(id, target)
        tryVerify(() => desk.board.job(id).technicianId === target, 3000)
        const took = Date.now() - started
        verify(desk.board.updatesApplied > before, "it came through WatchBoard")
        verify(took < 1000, "within a second: " + took + " ms")
    }
}
