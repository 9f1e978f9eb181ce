import QtQuick
import QtTest
import FieldLedger

// The Sync page against the offline session: yesterday's arrival, refused by the
// server, is listed with the reason; discarding it asks first, then records the
// discard as a new record waiting to be sent. The sync strip opens the page.
Item {
    id: root
    width: 412
    height: 800

    TestCase {
        id: testCase
        name: "SyncPage"
        when: windowShown

        function init() { failOnWarning(/.*/) }

        Component { id: syncPage; SyncPage {} }
        Component { id: syncBar; SyncStatusBar {} }
        Component {
            id: signalSpyComponent
            SignalSpy {}
        }

        function rowWhere(page, predicate) {
            const list = findChild(page, "outboxList")
            for (let i = 0; i < list.count; ++i) {
                const row = findChild(list, "outboxRow_" + i)
                if (row && predicate(row))
                    return row
            }
            return null
        }

        function test_1_lists_the_rejected_record_first_with_the_servers_reason() {
            const page = createTemporaryObject(syncPage, root, { width: 412, height: 800 })
            verify(page)
            compare(Session.rejectedCount, 1)
            const list = findChild(page, "outboxList")
            tryVerify(() => list.count >= 1)
            let first = null
            tryVerify(() => (first = findChild(list, "outboxRow_0")) !== null)
            compare(first.outboxState, "rejected")
            compare(first.kindText, "Arrival")
            compare(first.reference, "T-099")
            compare(first.customer, "Yesterday Customer")
            verify(first.timeText.length > 5)  // yesterday: with the date
            const reason = findChild(first, "reasonLabel")
            verify(reason.visible)
            // The server's code, translated; not its English detail.
            compare(reason.text, "Server: This job is no longer assigned to you, so the server "
                                 + "cannot take a visit record for it.")
            verify(findChild(first, "discardButton").visible)
            compare(findChild(page, "allSentLabel").visible, false)
            // Every other row is waiting to be sent, and has nothing to discard.
            for (let i = 1; i < list.count; ++i) {
                const row = findChild(list, "outboxRow_" + i)
                if (!row)
                    continue
                compare(row.outboxState, "pending")
                compare(findChild(row, "discardButton").visible, false)
            }
        }

        function test_2_shows_the_state_and_offers_sync_now() {
            const page = createTemporaryObject(syncPage, root, { width: 412, height: 800 })
            compare(findChild(page, "syncStateText").text, Session.syncText)
            verify(findChild(page, "syncCounts").text.indexOf("1 rejected") >= 0)
            const button = findChild(page, "syncPageSyncNow")
            verify(button.visible)
            // Offline between retries: the button is there to try again.
            tryVerify(() => Session.syncState === Session.Offline && button.enabled, 20000)
        }

        function test_3_discard_asks_first_and_keep_changes_nothing() {
            const page = createTemporaryObject(syncPage, root, { width: 412, height: 800 })
            let row = null
            tryVerify(() => (row = rowWhere(page, r => r.outboxState === "rejected")) !== null)
            mouseClick(findChild(row, "discardButton"))
            const dialog = findChild(page, "discardDialog")
            tryCompare(dialog, "opened", true)
            mouseClick(findChild(dialog, "cancelDiscardButton"))
            tryCompare(dialog, "visible", false)
            compare(Session.rejectedCount, 1)
        }

        function test_4_discarding_records_the_discard_to_send() {
            const page = createTemporaryObject(syncPage, root, { width: 412, height: 800 })
            const pendingBefore = Session.pendingCount
            let row = null
            tryVerify(() => (row = rowWhere(page, r => r.outboxState === "rejected")) !== null)
            mouseClick(findChild(row, "discardButton"))
            const dialog = findChild(page, "discardDialog")
            tryCompare(dialog, "opened", true)
            mouseClick(findChild(dialog, "confirmDiscardButton"))
            tryCompare(Session, "rejectedCount", 0)
            compare(Session.pendingCount, pendingBefore + 1)
            tryVerify(() => rowWhere(page, r => r.kindText === "Discard of a rejected record"
                                                && r.reference === "T-099") !== null)
            compare(rowWhere(page, r => r.outboxState === "rejected"), null)
        }

        function test_5_tapping_the_sync_strip_asks_for_the_page() {
            const bar = createTemporaryObject(syncBar, root, { width: 412 })
            const spy = createTemporaryObject(signalSpyComponent, testCase,
                                              { target: bar, signalName: "openRequested" })
            mouseClick(findChild(bar, "syncText"))
            compare(spy.count, 1)
        }
    }
}
