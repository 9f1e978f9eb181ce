import QtQuick
import QtTest
import FieldLedger

// The Scorecard page against the offline session: the week's and month's figures
// fetched last time (seeded in qml_test_main.cpp), as percentages with the jobs behind
// them, "No data" for 0/0, and how old they are.
Item {
    id: root
    width: 412
    height: 800

    TestCase {
        id: testCase
        name: "ScorecardPage"
        when: windowShown

        function init() { failOnWarning(/.*/) }

        Component { id: scorecardPage; ScorecardPage {} }

        function rate(card, key) {
            const item = findChild(card, "rate_" + key)
            verify(item, key)
            return { percent: findChild(item, "percent").text, fraction: findChild(item, "fraction").text }
        }

        function test_week_and_month_as_percent_with_the_jobs_behind_them() {
            const page = createTemporaryObject(scorecardPage, root, { width: 412, height: 800 })
            verify(page)
            compare(page.title, "My scorecard")
            const week = findChild(page, "weekCard")
            verify(week.visible)
            compare(findChild(week, "periodTitle").text, "This week")
            compare(rate(week, "on_time").percent, "92%")
            compare(rate(week, "on_time").fraction, "23/25")
            compare(rate(week, "satisfaction").percent, "90%")
            // What kept the on-time rate down.
            compare(findChild(findChild(week, "rate_on_time"), "detail").text, "2 late")
            compare(findChild(findChild(week, "rate_satisfaction"), "detail").visible, false)
            const month = findChild(page, "monthCard")
            verify(month.visible)
            compare(findChild(month, "periodTitle").text, "This month")
            compare(rate(month, "on_time").percent, "89%")
            compare(rate(month, "retention").percent, "95%")
            compare(rate(month, "retention").fraction, "40/42")
            compare(rate(month, "satisfaction").percent, "97%")
        }

        function test_zero_of_zero_is_no_data() {
            const page = createTemporaryObject(scorecardPage, root, { width: 412, height: 800 })
            const week = findChild(page, "weekCard")
            compare(rate(week, "retention").percent, "No data")
            compare(rate(week, "retention").fraction, "0/0")
        }

        function test_offline_it_says_how_old_the_figures_are() {
            const page = createTemporaryObject(scorecardPage, root, { width: 412, height: 800 })
            // The server address points nowhere: the first sync fails as offline.
            tryCompare(Session, "syncState", Session.Offline, 20000)
            const status = findChild(page, "scorecardStatus")
            tryVerify(() => status.text.indexOf("Offline · as of ") === 0)
            verify(status.text.indexOf("23:00") > 0)  // computed yesterday at 23:00
            compare(Session.scorecard.fresh, false)
        }
    }
}
