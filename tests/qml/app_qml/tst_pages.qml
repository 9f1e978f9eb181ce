import QtQuick
import QtTest
import FieldLedger

// Each page loads, finds its parts by objectName, and behaves as the technician
// expects against an offline session with three jobs today.
Item {
    id: root
    width: 412
    height: 800

TestCase {
    id: testCase
    name: "Pages"
    when: windowShown

    // A page that warns (a broken binding, a component that failed to build) is broken.
    function init() { failOnWarning(/.*/) }

    Component { id: loginPage; LoginPage {} }
    Component { id: todayPage; TodayPage {} }
    Component { id: jobPage; JobPage {} }
    Component { id: syncBar; SyncStatusBar {} }

    function test_login_page_refuses_empty_fields() {
        const page = createTemporaryObject(loginPage, root, { width: 412, height: 800 })
        verify(page)
        const button = findChild(page, "signInButton")
        verify(button)
        compare(findChild(page, "signInError").visible, false)
        mouseClick(button)
        tryCompare(findChild(page, "signInError"), "visible", true)
        verify(Session.signInError.length > 0)
    }

    function test_today_lists_todays_jobs_in_window_order() {
        const page = createTemporaryObject(todayPage, root, { width: 412, height: 800 })
        verify(page)
        const list = findChild(page, "jobList")
        verify(list)
        tryCompare(list, "count", 3)
        compare(findChild(page, "emptyLabel").visible, false)
        compare(Session.jobs.count, 3)
    }

    function test_today_opens_a_job_on_tap() {
        const page = createTemporaryObject(todayPage, root, { width: 412, height: 800 })
        const spy = createTemporaryObject(signalSpyComponent, testCase, { target: page, signalName: "openJob" })
        const list = findChild(page, "jobList")
        tryCompare(list, "count", 3)
        let card = null
        tryVerify(() => (card = findChild(list, "jobCard_0")) !== null)
        mouseClick(card)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "job-0")
    }

    function test_job_page_checks_in_offline_and_shows_the_arrival() {
        const page = createTemporaryObject(jobPage, root, { width: 412, height: 800, jobId: "job-1" })
        verify(page)
        compare(page.job.customer, "Current Customer")
        const arrived = findChild(page, "arrivedButton")
        verify(arrived.visible)
        const pendingBefore = Session.pendingCount
        mouseClick(arrived)
        tryCompare(page.job, "arrived", true)
        compare(findChild(page, "arrivedButton").visible, false)
        verify(findChild(page, "arrivalCard").visible)
        verify(findChild(page, "arrivedLabel").text.indexOf("Arrived at") === 0)
        compare(findChild(page, "punctualityLabel").text, "On time")
        // Saved on the phone at once, whether or not the server can be reached.
        compare(Session.pendingCount, pendingBefore + 1)
    }

    function test_sync_bar_shows_state_and_offers_sync_now() {
        const bar = createTemporaryObject(syncBar, root, { width: 412 })
        verify(bar)
        verify(findChild(bar, "syncText").text.length > 0)
        verify(findChild(bar, "syncNowButton"))
        // The server address points nowhere: the state settles on offline, not an error.
        tryCompare(Session, "syncState", Session.Offline, 20000)
        // Retries back off from one second, so a pass may be running when this looks.
        tryVerify(() => findChild(bar, "syncText").text.indexOf("Offline") === 0, 20000)
    }

    Component {
        id: signalSpyComponent
        SignalSpy {}
    }
}
}
