import QtQuick
import QtTest
import FieldLedger

// The in-app language switch: qsTr texts, texts made in C++ (the sync strip) and the
// service policy's reasons all follow it, and switching back restores English.
Item {
    id: root
    width: 412
    height: 800

    TestCase {
        id: testCase
        name: "Language"
        when: windowShown

        function init() { failOnWarning(/.*/) }
        function cleanup() { Language.code = "en" }

        Component { id: loginPage; LoginPage {} }
        Component { id: syncBar; SyncStatusBar {} }
        Component { id: jobPage; JobPage {} }
        Component { id: scorecardPage; ScorecardPage {} }
        Component { id: syncPage; SyncPage {} }

        function test_switching_to_chinese_and_back() {
            compare(Language.code, "en")
            const page = createTemporaryObject(loginPage, root, { width: 412, height: 800 })
            const button = findChild(page, "signInButton")
            compare(button.text, "Sign in")
            Language.code = "zh_CN"
            compare(Language.code, "zh_CN")
            compare(button.text, "登录")
            Language.code = "en"
            compare(button.text, "Sign in")
        }

        function test_session_texts_follow_the_language() {
            const bar = createTemporaryObject(syncBar, root, { width: 412 })
            const syncNow = findChild(bar, "syncNowButton")
            Language.code = "zh_CN"
            compare(syncNow.text, "立即同步")
            tryVerify(() => /[\u4e00-\u9fff]/.test(findChild(bar, "syncText").text))
        }

        function test_visit_steps_are_named_in_chinese() {
            Language.code = "zh_CN"
            const page = createTemporaryObject(jobPage, root, { width: 412, height: 800, jobId: "job-0" })
            compare(findChild(page, "onMyWayButton").text, "出发")
            verify(page.visit.faultTypes.some(f => f.name === "刷机"))
        }

        function test_new_pages_are_in_chinese() {
            Language.code = "zh_CN"
            const card = createTemporaryObject(scorecardPage, root, { width: 412, height: 800 })
            compare(card.title, "我的绩效")
            const week = findChild(card, "weekCard")
            compare(findChild(week, "periodTitle").text, "本周")
            compare(findChild(findChild(week, "rate_retention"), "percent").text, "暂无数据")
            const sync = createTemporaryObject(syncPage, root, { width: 412, height: 800 })
            compare(sync.title, "同步")
            compare(findChild(sync, "syncPageSyncNow").text, Session.syncState === Session.Syncing
                    ? "正在同步…" : "立即同步")
        }

        // The server's refusal, shown before the switch, follows it too (a model row the
        // list keeps must be re-read, not only new ones).
        function test_the_servers_reason_follows_the_language() {
            const sync = createTemporaryObject(syncPage, root, { width: 412, height: 800 })
            const list = findChild(sync, "outboxList")
            let row = null
            tryVerify(() => (row = findChild(list, "outboxRow_0")) !== null)
            const reason = findChild(row, "reasonLabel")
            verify(reason.text.indexOf("no longer assigned to you") >= 0, reason.text)
            Language.code = "zh_CN"
            tryVerify(() => reason.text.indexOf("此工单已不再派给您") >= 0, 2000, reason.text)
        }

        function test_names_each_language_in_itself() {
            compare(Language.nameOf("zh_CN"), "中文")
            compare(Language.nameOf("en"), "English")
        }
    }
}
