import QtQuick
import QtTest
import FieldLedger

// A whole visit to job-2, offline, one page at a time, in order (test names sort):
// on my way, arrived, the work record, the fee, the signature, completed. After each
// step a fresh Visit for the same job reads the step back from the phone's records,
// as the job page does when the app is reopened.
Item {
    id: root
    width: 412
    height: 800

    TestCase {
        id: testCase
        name: "Visit"
        when: windowShown

        function init() { failOnWarning(/.*/) }

        Component { id: visitComponent; Visit {} }
        Component { id: jobPage; JobPage {} }
        Component { id: workPage; WorkPage {} }
        Component { id: feePage; FeePage {} }
        Component { id: signaturePage; SignaturePage {} }

        function reopened() {
            return createTemporaryObject(visitComponent, testCase, { jobId: "job-2" })
        }

        function test_1_on_my_way_is_saved_at_once() {
            const page = createTemporaryObject(jobPage, root, { width: 412, height: 800, jobId: "job-2" })
            compare(page.visit.step, Visit.NotStarted)
            const pendingBefore = Session.pendingCount
            const button = findChild(page, "onMyWayButton")
            verify(button.visible)
            mouseClick(button)
            tryCompare(page.visit, "step", Visit.OnTheWay)
            compare(Session.pendingCount, pendingBefore + 1)
            verify(findChild(page, "onMyWayLabel").visible)
            compare(findChild(page, "onMyWayButton").visible, false)
            compare(reopened().step, Visit.OnTheWay)
        }

        function test_2_arrived_offers_the_work_record() {
            const page = createTemporaryObject(jobPage, root, { width: 412, height: 800, jobId: "job-2" })
            mouseClick(findChild(page, "arrivedButton"))
            tryCompare(page.visit, "step", Visit.Arrived)
            verify(findChild(page, "recordWorkButton").visible)
            verify(findChild(page, "step_1").done)
            compare(findChild(page, "step_2").done, false)
            compare(reopened().step, Visit.Arrived)
        }

        function test_3_work_record_keeps_a_draft_and_refuses_no_fault() {
            const visit = reopened()
            let page = createTemporaryObject(workPage, root, { width: 412, height: 800, visit: visit })
            // The policy's fault types for a phone, by id.
            verify(findChild(page, "fault_mainboard_component_repair"))
            verify(findChild(page, "fault_firmware_reflash"))
            mouseClick(findChild(page, "saveWorkButton"))
            verify(findChild(page, "workError").visible)
            compare(visit.step, Visit.Arrived)

            mouseClick(findChild(page, "fault_mainboard_component_repair"))
            compare(findChild(page, "feePreview").text, "Fee: CNY 80.00")
            page.destroy()
            // A fresh page (the app was killed) shows the draft again.
            page = createTemporaryObject(workPage, root, { width: 412, height: 800, visit: reopened() })
            verify(findChild(page, "fault_mainboard_component_repair").checked)
            compare(findChild(page, "fault_disassembly_repair").checked, false)
        }

        function test_4_work_record_saves_with_the_quote() {
            const visit = reopened()
            const page = createTemporaryObject(workPage, root, { width: 412, height: 800, visit: visit })
            const spy = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "saved" })
            mouseClick(findChild(page, "fault_disassembly_repair"))
            findChild(page, "partsField").text = "Capacitor C12"
            findChild(page, "notesField").text = "Reflowed the charging circuit"
            // Two faults out of warranty: charged once, at the higher fee.
            compare(findChild(page, "feePreview").text, "Fee: CNY 80.00")
            mouseClick(findChild(page, "saveWorkButton"))
            compare(spy.count, 1)
            compare(visit.step, Visit.WorkRecorded)
            compare(reopened().step, Visit.WorkRecorded)
            compare(reopened().work.parts, "Capacitor C12")
        }

        function test_5_fee_page_shows_one_line_per_fault_with_reasons() {
            const page = createTemporaryObject(feePage, root, { width: 412, height: 800, visit: reopened() })
            compare(findChild(page, "feeTotal").text, "CNY 80.00")
            verify(findChild(page, "feeVerdict").text.length > 0)
            verify(findChild(page, "feeLine_0"))
            verify(findChild(page, "feeLine_1"))
            compare(page.quote.lines.length, 2)
            compare(page.quote.lines[0].amount, "CNY 80.00")
            compare(page.quote.lines[1].amount, "CNY 0.00")
            verify(page.quote.lines[1].reason.length > 0)
            verify(findChild(page, "signButton"))
        }

        function test_6_signature_refuses_blank_short_and_nameless() {
            const visit = reopened()
            const page = createTemporaryObject(signaturePage, root, { width: 412, height: 800, visit: visit })
            verify(findChild(page, "summaryText").text.indexOf("Visit Customer") >= 0)
            const pad = findChild(page, "signaturePad")
            mouseClick(findChild(page, "confirmButton"))
            compare(findChild(page, "signatureError").text, "Please sign in the box.")
            // A flick is not a signature.
            mousePress(pad, 20, 20)
            mouseMove(pad, 26, 21, 10)
            mouseRelease(pad, 28, 21, Qt.LeftButton, Qt.NoModifier, 10)
            compare(pad.strokeCount, 1)
            mouseClick(findChild(page, "confirmButton"))
            verify(findChild(page, "signatureError").text.indexOf("too short") >= 0)
            mouseClick(findChild(page, "undoButton"))
            compare(pad.strokeCount, 0)
            testCase.drawSignature(pad)
            mouseClick(findChild(page, "confirmButton"))
            compare(findChild(page, "signatureError").text, "Please enter the signer's name.")
            mouseClick(findChild(page, "clearButton"))
            compare(pad.empty, true)
            compare(visit.step, Visit.WorkRecorded)
        }

        function test_7_signature_completes_the_visit() {
            const visit = reopened()
            const page = createTemporaryObject(signaturePage, root, { width: 412, height: 800, visit: visit })
            const spy = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "completed" })
            testCase.drawSignature(findChild(page, "signaturePad"))
            findChild(page, "signerField").text = "Wang Fang"
            const pendingBefore = Session.pendingCount
            mouseClick(findChild(page, "confirmButton"))
            compare(findChild(page, "signatureError").visible, false)
            compare(spy.count, 1)
            compare(Session.pendingCount, pendingBefore + 1)
            const again = reopened()
            compare(again.step, Visit.Completed)
            compare(again.signer, "Wang Fang")
            verify(again.reportPath.indexOf("T-102.pdf") > 0)
        }

        function test_8_job_page_reopens_completed() {
            const page = createTemporaryObject(jobPage, root, { width: 412, height: 800, jobId: "job-2" })
            compare(page.visit.step, Visit.Completed)
            verify(findChild(page, "completedCard").visible)
            verify(findChild(page, "completedLabel").text.indexOf("Completed") === 0)
            verify(findChild(page, "openReportButton").visible)
            compare(findChild(page, "arrivedButton").visible, false)
            compare(findChild(page, "recordWorkButton").visible, false)
            verify(findChild(page, "step_4").done)
        }

        // A handwritten-looking zigzag, slow enough to have a real velocity.
        function drawSignature(pad) {
            mousePress(pad, 30, 120)
            for (let i = 1; i <= 30; ++i)
                mouseMove(pad, 30 + i * 9, 120 + (i % 2 ? -40 : 0) + i, 5)
            mouseRelease(pad, 300, 150, Qt.LeftButton, Qt.NoModifier, 5)
        }

        Component { id: spyComponent; SignalSpy {} }
    }
}
