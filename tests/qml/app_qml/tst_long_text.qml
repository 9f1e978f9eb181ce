import QtQuick
import QtTest
import FieldLedger

// Every page with the longest texts a job brings (job-0: a 60-character name, a long
// address and a 300-character access note, Chinese and English mixed; see
// qml_test_main.cpp), in both languages, on a phone held upright and turned: no text
// is cut off or runs past the page's edge, and no two texts overlap. A text may be
// elided only where the whole text is one tap away (a Today card opens the job page).
Item {
    id: root
    width: 800
    height: 800

    TestCase {
        id: testCase
        name: "LongText"
        when: windowShown

        function init() { failOnWarning(/.*/) }
        function cleanup() { Language.code = "en" }

        Component { id: todayPage; TodayPage {} }
        Component { id: jobPage; JobPage {} }
        Component { id: workPage; WorkPage {} }
        Component { id: signaturePage; SignaturePage {} }
        Component { id: syncPage; SyncPage {} }
        Component { id: settingsPage; SettingsPage {} }
        Component { id: loginPage; LoginPage {} }
        Component { id: scorecardPage; ScorecardPage {} }
        Component { id: visitComponent; Visit {} }

        // Texts that may elide: each opens a page that shows the whole text.
        readonly property var elidable: ["customerLabel", "addressLabel"]

        function isText(item) {
            return item && item.truncated !== undefined && item.lineCount !== undefined
                && item.elide !== undefined && typeof item.text === "string"
        }
        function shown(item, page) {
            for (let i = item; i && i !== page; i = i.parent) {
                if (!i.visible || i.opacity === 0)
                    return false
            }
            return true
        }
        function texts(item, page, out) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (!shown(child, page))
                    continue
                if (isText(child) && child.text.length > 0 && child.width > 0)
                    out.push(child)
                texts(child, page, out)
            }
            return out
        }
        function inside(a, b) {
            for (let i = a; i; i = i.parent) {
                if (i === b)
                    return true
            }
            return false
        }
        function describe(t) {
            return (t.objectName || "text") + " \"" + t.text.substring(0, 30) + "\""
        }

        // Layouts settle over a few frames after a page is made: the page passes once its
        // texts fit, and fails with the problems still there after three seconds.
        function check(page, where) {
            waitForRendering(page)
            let problems = problemsOf(page, where)
            for (let i = 0; i < 30 && problems.length > 0; ++i) {
                wait(100)
                problems = problemsOf(page, where)
            }
            compare(problems, [], where)
        }
        function problemsOf(page, where) {
            const found = texts(page, page, [])
            verify(found.length > 3, where + ": only " + found.length + " texts found")
            const problems = []
            const boxes = []
            for (const t of found) {
                const inCard = inside(t, findChild(page, "jobList"))
                if (t.truncated && !(inCard && testCase.elidable.indexOf(t.objectName) >= 0))
                    problems.push(describe(t) + " is cut off")
                // Unwrapped text wider than its box is cut off even when not elided.
                if (t.wrapMode === Text.NoWrap && t.elide === Text.ElideNone
                        && t.contentWidth > t.width + 1)
                    problems.push(describe(t) + " is wider than its box ("
                                  + Math.round(t.contentWidth) + " > " + Math.round(t.width) + ")")
                const p = t.mapToItem(page, 0, 0)
                const w = Math.min(t.width, t.contentWidth)
                if (p.x < -1 || p.x + w > page.width + 1)
                    problems.push(describe(t) + " runs past the page (" + Math.round(p.x) + " + "
                                  + Math.round(w) + " > " + page.width + ")")
                boxes.push({ t: t, x: p.x, y: p.y, w: w, h: Math.min(t.height, t.contentHeight) })
            }
            for (let i = 0; i < boxes.length; ++i) {
                for (let j = i + 1; j < boxes.length; ++j) {
                    const a = boxes[i], b = boxes[j]
                    if (inside(a.t, b.t) || inside(b.t, a.t))
                        continue
                    const overlapX = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
                    const overlapY = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
                    if (overlapX > 2 && overlapY > 2)
                        problems.push(describe(a.t) + " overlaps " + describe(b.t))
                }
            }
            return problems
        }

        function test_pages_data() {
            const rows = []
            for (const code of ["en", "zh_CN"])
                for (const size of [[412, 800], [800, 412]])
                    rows.push({ tag: code + " " + size[0] + "x" + size[1], code: code,
                                w: size[0], h: size[1] })
            return rows
        }
        function test_pages(data) {
            Language.code = data.code
            const size = { width: data.w, height: data.h }
            const today = createTemporaryObject(todayPage, root, size)
            tryVerify(() => findChild(today, "jobCard_0") !== null)
            const card = findChild(today, "jobCard_0")
            // The card keeps its reference beside the long name.
            verify(findChild(card, "referenceLabel").visible)
            compare(findChild(card, "referenceLabel").truncated, false)
            check(today, data.tag + " Today")

            const job = createTemporaryObject(jobPage, root,
                                              Object.assign({ jobId: "job-0" }, size))
            compare(job.job.customer.length, 60)
            compare(job.job.description.length, 300)
            // On the job page the whole name and note are shown, not elided.
            compare(findChild(job, "customerLabel").text, job.job.customer)
            compare(findChild(job, "descriptionLabel").text, job.job.description)
            check(job, data.tag + " Job")

            const visit = createTemporaryObject(visitComponent, testCase, { jobId: "job-0" })
            check(createTemporaryObject(workPage, root, Object.assign({ visit: visit }, size)),
                  data.tag + " Work")
            check(createTemporaryObject(signaturePage, root, Object.assign({ visit: visit }, size)),
                  data.tag + " Signature")
            check(createTemporaryObject(syncPage, root, size), data.tag + " Sync")
            check(createTemporaryObject(settingsPage, root, size), data.tag + " Settings")
            check(createTemporaryObject(loginPage, root, size), data.tag + " Sign in")
            check(createTemporaryObject(scorecardPage, root, size), data.tag + " Scorecard")
        }
    }
}
