import QtQuick
import QtTest
import FieldLedger
import FieldLedger.Office

// The manager's desk against the real server started by manager_test_main.cpp, whose
// month of work is known (manager_live_server.h): the scorecard shows the numbers the
// server computed and opens an explanation, the ranking ties Tess and Tom at 1st, the
// month's pay explains Tom's missed gate, and the exports write files.
TestCase {
    id: test
    name: "ManagerDesk"
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

    function initTestCase() {
        OfficeSession.signIn(managerServerAddress, "manager", managerPassword)
        tryVerify(() => !OfficeSession.signingIn, 10000)
        compare(OfficeSession.role, "manager")
        // One desk for every test, as a manager keeps it open (a temporary object would be
        // destroyed after this function).
        // TestCase itself is invisible, and the tabs load only when shown: the desk goes
        // beside it in the test window.
        main = officeMain.createObject(test.parent)
        const loader = findChild(main, "deskLoader")
        tryVerify(() => loader.item !== null)
        desk = loader.item
        compare(desk.objectName, "managerDesk")
        tryVerify(() => !desk.staff.loading && desk.staff.rowCount() === 7, 10000)
    }

    function cleanupTestCase() {
        main.destroy()
        OfficeSession.signOut()
    }

    // Shows `scope` over the ISO week of 2 March 2026 on the scorecard tab.
    function showWeek10(kind, id) {
        desk.tabs.currentIndex = 0
        desk.filter.periodKind = "week"
        desk.filter.anchor = "2026-03-04"
        desk.filter.selectScope(kind, id)
        const card = findChild(main, "managerScorecard")
        tryVerify(() => !card.loading && card.hasCard && card.periodText.indexOf("2026-W10") === 0, 10000)
        return card
    }

    function test_scorecard_shows_the_servers_numbers() {
        const card = showWeek10("technician", "tech3")
        compare(card.scopeLabel, "Tina Tech")
        tryCompare(findChild(main, "kpiPercent_on_time"), "text", "75%")
        compare(findChild(main, "kpiFraction_on_time").text, "9/12")
        compare(findChild(main, "kpiPercent_first_time_fix").text, "100%")
        compare(findChild(main, "kpiPercent_satisfaction").text, "No data")
        compare(findChild(main, "scorecardRevenue").text, "¥500.00")
        compare(findChild(main, "scorecardPolicy").text, "Scoring policy default-1 · computed 2026-04-15 10:00:00")
        verify(findChild(main, "bonusGateVerdict").text.indexOf("not passed") > 0)
    }

    function test_a_click_opens_the_explanation() {
        const card = showWeek10("technician", "tech3")
        const pane = findChild(main, "explanationPane")
        verify(!pane.visible)
        const area = findChild(main, "kpiTileArea_on_time")
        tryVerify(() => area.width > 0)
        mouseClick(area)
        tryVerify(() => pane.visible)
        const list = findChild(main, "explanationList")
        tryCompare(list, "count", 12, 10000)
        compare(findChild(main, "explanationTitle").text, "Why: On-time arrival")
        compare(findChild(main, "explanationSummary").text, "75% = 9 / 12 (numerator / denominator)")
        let late = 0, noShow = 0
        for (let i = 0; i < card.explanations.count; ++i) {
            const reason = card.explanations.data(card.explanations.index(i, 0), ExplanationListModel.ReasonRole)
            if (reason.indexOf("late by") === 0) ++late
            if (reason.indexOf("no-show") === 0) ++noShow
        }
        compare(late, 2)
        compare(noShow, 1)
        mouseClick(findChild(main, "closeExplanation"))
        verify(!pane.visible)
    }

    function test_ranking_orders_with_ties() {
        desk.filter.selectScope("company", "")
        desk.filter.periodKind = "week"
        desk.filter.anchor = "2026-03-04"
        desk.tabs.currentIndex = 1
        const ranking = findChild(main, "managerRanking")
        tryVerify(() => !ranking.loading && ranking.rowCount() === 4, 10000)
        const at = (row, role) => ranking.data(ranking.index(row, 0), role)
        const names = [0, 1, 2, 3].map(r => at(r, ManagerRankingModel.NameRole))
        compare(names, ["Tess Tech", "Tom Tech", "Tina Tech", "Ted Tech"])
        compare([0, 1, 2, 3].map(r => at(r, ManagerRankingModel.RankRole)), [1, 1, 3, 0])
        verify(at(0, ManagerRankingModel.TiedRole))
        compare(at(3, ManagerRankingModel.NoteRole), "unranked: 2 in the sample, the minimum is 10")
        tryCompare(findChild(main, "rankingList"), "count", 4)
        compare(findChild(main, "rankingTitle").text, "On-time arrival · 2026-W10 (2026-03-02 to 2026-03-08)")

        ranking.exportCsv(exportDir + "/ranking.csv")
        const csv = testFiles.read(exportDir + "/ranking.csv")
        verify(csv.indexOf("#1,Tess Tech,10,10,100.0%") > 0, csv)
        verify(csv.indexOf("#3,Tina Tech,9,12,75.0%") > 0, csv)
    }

    function test_ranking_of_a_month_shows_each_places_reward() {
        desk.filter.selectScope("company", "")
        desk.filter.periodKind = "month"
        desk.filter.anchor = "2026-03-15"
        desk.tabs.currentIndex = 1
        const ranking = findChild(main, "managerRanking")
        tryVerify(() => !ranking.loading && ranking.hasRewards, 10000)
        const at = (row, role) => ranking.data(ranking.index(row, 0), role)
        // The default pay policy pays 300, 200, 100 for on-time places: the tie shares 1st.
        compare([0, 1, 2, 3].map(r => at(r, ManagerRankingModel.RewardRole)),
                ["¥300.00", "¥300.00", "¥100.00", ""])
        compare(findChild(main, "rankingRewardsNote").text,
                "Rank rewards as the pay policy pay-default-1 pays them with this month's pay.")
        desk.filter.periodKind = "week"
        tryVerify(() => !ranking.loading && ranking.periodText.indexOf("2026-W11") === 0, 10000)
        verify(!ranking.hasRewards)
        compare(findChild(main, "rankingRewardsNote").text,
                "Rank rewards are paid on a month's ranking: choose Month to see them.")
    }

    function test_the_months_pay_explains_a_missed_gate() {
        desk.filter.selectScope("company", "")
        desk.filter.anchor = "2026-03-15"
        desk.tabs.currentIndex = 2
        const pay = findChild(main, "managerPay")
        tryVerify(() => !pay.loading && pay.rowCount() === 4, 10000)
        compare(findChild(main, "payTitle").text, "Pay for 2026-03 (2026-03-01 to 2026-03-31)")
        const tab = findChild(main, "payTab")
        tab.selected = pay.rowOf("tech2")
        tryCompare(findChild(main, "payslipName"), "text", "Tom Tech")
        compare(findChild(main, "payLine_metric_bonus").text,
                "Metric bonus 0: First-time fix 80% missed its 85% target")
        compare(findChild(main, "payslipTotal").text, "¥5,101.20")
        tab.selected = pay.rowOf("tech1")
        tryCompare(findChild(main, "payLine_metric_bonus"), "text",
                   "Metric bonus: every gated metric met its target")

        pay.exportXlsx(exportDir + "/pay.xlsx")
        verify(testFiles.size(exportDir + "/pay.xlsx") > 0, pay.exportMessage)
        pay.exportPayslipPdf(pay.rowOf("tech2"), exportDir + "/payslip.pdf")
        verify(testFiles.read(exportDir + "/payslip.pdf").indexOf("%PDF-") === 0)
        compare(pay.exportMessage, "Saved " + exportDir + "/payslip.pdf")
    }

    function test_trend_draws_the_weeks_and_the_target() {
        desk.filter.selectScope("company", "")
        desk.filter.anchor = "2026-03-04"
        desk.tabs.currentIndex = 4
        const trend = findChild(main, "managerTrend")
        const tab = findChild(main, "trendTab")
        tab.count = 6
        tryVerify(() => !trend.loading && trend.rowCount() === 6, 10000)
        compare(trend.points[5].label, "2026-W10")
        compare(trend.points[5].text, "91%")  // 31 of 34
        verify(trend.hasTarget)
        compare(findChild(main, "trendChart").target, 0.9)
    }

    // Last (tests run by name): the desk switches language in place, texts worded in C++
    // included, and keeps working.
    function test_zz_language_switch_retranslates_the_desk() {
        const card = showWeek10("technician", "tech3")
        Language.code = "zh_CN"
        tryCompare(findChild(main, "scorecardPolicy"), "text", "考核规则 default-1 · 计算于 2026-04-15 10:00:00")
        compare(findChild(main, "kpiPercent_satisfaction").text, "暂无数据")
        compare(card.scopeLabel, "Tina Tech")
        Language.code = "en"
        tryCompare(findChild(main, "kpiPercent_satisfaction"), "text", "No data")
    }
}
