pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger

// One job: its details, then the visit step by step. Every button writes to the phone
// at once; the page always shows the step read back from the phone's records.
Page {
    id: page
    objectName: "jobPage"
    property string jobId
    property var job: ({})
    readonly property alias visit: visit
    title: job.reference ? job.reference : qsTr("Job")
    background: Rectangle { color: Theme.page }

    function reload() { job = Session.job(jobId) }
    Component.onCompleted: {
        reload()
        if (page.StackView.view)
            Session.rememberOpenJob(page.jobId)
    }
    // Back on Today: nothing to reopen after a restart. (Killing the app removes no page,
    // so the visit in progress is remembered.)
    StackView.onRemoved: Session.rememberOpenJob("")
    Connections {
        target: Session
        function onJobsChanged() { page.reload() }
    }

    Visit {
        id: visit
        objectName: "visit"
        jobId: page.jobId
    }

    // The pages of the visit, each opened from this page (what was above it closes);
    // without a StackView (a test of this page alone) they do not open.
    function openWork() { page.open(workPage) }
    function openFee() { page.open(feePage) }
    function openSignature() {
        if (page.StackView.view)
            page.StackView.view.push(signaturePage, { visit: visit })
    }
    function open(component) {
        const view = page.StackView.view
        if (!view)
            return
        view.pop(page, StackView.Immediate)
        view.push(component, { visit: visit })
    }
    Component {
        id: workPage
        WorkPage {
            onSaved: page.StackView.view.replace(feePage, { visit: visit })
        }
    }
    Component {
        id: feePage
        FeePage {
            onEditWork: page.StackView.view.replace(workPage, { visit: visit })
            onSign: page.StackView.view.push(signaturePage, { visit: visit })
        }
    }
    Component {
        id: signaturePage
        SignaturePage {
            onCompleted: page.StackView.view.pop(page)
        }
    }

    PositionFeed {
        id: gps
        objectName: "positionFeed"
        active: visit.step !== Visit.Completed
        onFixChanged: visit.setFix(gps.hasFix, gps.latitude, gps.longitude, gps.accuracy)
    }

    Flickable {
        anchors.fill: parent
        contentHeight: body.implicitHeight + 32
        // Turned sideways, the job's details and the visit's next step sit side by side,
        // so the next button is on screen rather than below the fold.
        GridLayout {
            id: body
            x: 16
            y: 16
            width: page.width - 32
            columns: page.width > page.height ? 2 : 1
            columnSpacing: 16
            rowSpacing: 14

            Pane {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                Material.elevation: 1
                background: Rectangle { color: Theme.card; radius: 10 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4
                    // Names, addresses and notes of any length wrap: the whole text is on
                    // the page, never cut off.
                    Label {
                        objectName: "customerLabel"
                        text: page.job.customer || ""
                        font.pixelSize: 22
                        font.bold: true
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        Layout.fillWidth: true
                    }
                    Button {
                        // Tap to call; the number stays readable where no phone app exists.
                        objectName: "callButton"
                        visible: (page.job.phone || "").length > 0
                        text: qsTr("Call %1").arg(page.job.phone || "")
                        flat: true
                        icon.name: "call-start"
                        Layout.minimumHeight: Theme.minTouch
                        onClicked: {
                            if (!Qt.openUrlExternally("tel:" + (page.job.phone || "").replace(/[^0-9+]/g, "")))
                                Session.notice(qsTr("This device cannot place calls. The number is %1.")
                                               .arg(page.job.phone))
                        }
                    }
                    Label {
                        objectName: "addressLabel"
                        text: page.job.address || ""
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Arrival window %1").arg(page.job.windowText || "")
                        font.bold: true
                        color: Theme.primary
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "productLabel"
                        text: (page.job.product || "") + (page.job.serial ? "  ·  " + page.job.serial : "")
                        color: Theme.muted
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "jobTypeName"
                        visible: text.length > 0
                        text: visit.jobTypeName
                        color: Theme.primary
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "descriptionLabel"
                        text: page.job.description || ""
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "navigateButton"
                        text: qsTr("Navigate")
                        flat: true
                        Layout.minimumHeight: Theme.minTouch
                        onClicked: {
                            const url = "geo:" + page.job.latitude + "," + page.job.longitude
                                        + "?q=" + encodeURIComponent(page.job.address)
                            if (!Qt.openUrlExternally(url))
                                Session.notice(qsTr("No map app could be opened. The address is: %1")
                                               .arg(page.job.address))
                        }
                    }
                }
            }

            ColumnLayout {
                spacing: 14
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.alignment: Qt.AlignTop
                VisitSteps {
                    objectName: "visitSteps"
                    step: visit.step
                    Layout.fillWidth: true
                }

                Label {
                    objectName: "removedNotice"
                    visible: page.job.removed === true
                    text: qsTr("The dispatcher reassigned or cancelled this job. Your record is kept and will be sent.")
                    color: Theme.amber
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                Button {
                    objectName: "onMyWayButton"
                    visible: visit.step === Visit.NotStarted
                    text: qsTr("On my way")
                    highlighted: true
                    font.pixelSize: 18
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touch
                    onClicked: visit.onMyWay()
                }
                Label {
                    objectName: "onMyWayLabel"
                    visible: visit.onMyWayText.length > 0 && !page.job.arrived
                    text: qsTr("On the way since %1").arg(visit.onMyWayText)
                    color: Theme.primary
                    font.bold: true
                }

                Button {
                    id: arrive
                    objectName: "arrivedButton"
                    visible: !page.job.arrived
                    text: qsTr("Arrived")
                    // One primary action per step: "On my way" first, then "Arrived".
                    highlighted: visit.step !== Visit.NotStarted
                    font.pixelSize: 20
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    onClicked: {
                        Session.checkIn(page.jobId, gps.hasFix, gps.latitude, gps.longitude, gps.accuracy)
                        page.reload()
                    }
                }
                Label {
                    objectName: "positionLabel"
                    visible: !page.job.arrived
                    text: gps.hasFix ? qsTr("Location ready (±%1 m)").arg(Math.round(gps.accuracy))
                                     : qsTr("Waiting for location… you can still check in")
                    color: Theme.muted
                }

                Pane {
                    objectName: "arrivalCard"
                    visible: page.job.arrived === true
                    Layout.fillWidth: true
                    background: Rectangle { color: page.job.late ? Theme.warnTint : Theme.okTint; radius: 10 }
                    ColumnLayout {
                        anchors.fill: parent
                        Label {
                            objectName: "arrivedLabel"
                            text: qsTr("Arrived at %1").arg(page.job.arrivedText || "")
                            font.pixelSize: 20
                            font.bold: true
                            color: Theme.ok
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "punctualityLabel"
                            text: page.job.punctuality || ""
                            color: page.job.late ? Theme.late : Theme.ok
                            font.bold: true
                            wrapMode: Text.Wrap  // the unverified reasons run long
                            Layout.fillWidth: true
                        }
                        Label {
                            text: page.job.arrivedPlace ? qsTr("Position %1").arg(page.job.arrivedPlace)
                                                        : qsTr("No position was available")
                            color: Theme.muted
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }

                Button {
                    objectName: "recordWorkButton"
                    visible: visit.step === Visit.Arrived
                    text: qsTr("Record the work")
                    highlighted: true
                    font.pixelSize: 20
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    onClicked: page.openWork()
                }

                Pane {
                    objectName: "workCard"
                    visible: visit.step === Visit.WorkRecorded
                    Layout.fillWidth: true
                    background: Rectangle { color: Theme.card; radius: 10 }
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 6
                        Label {
                            text: qsTr("Work recorded · fee %1").arg(visit.quote.ok ? visit.quote.total : qsTr("to be confirmed"))
                            font.bold: true
                            font.pixelSize: 17
                        }
                        Button {
                            objectName: "feeAndSignButton"
                            text: qsTr("Fee and customer signature")
                            highlighted: true
                            font.pixelSize: 18
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.touch
                            onClicked: page.openFee()
                        }
                        Button {
                            objectName: "editWorkButton"
                            text: qsTr("Change the work record")
                            flat: true
                            onClicked: page.openWork()
                        }
                    }
                }

                Pane {
                    objectName: "completedCard"
                    visible: visit.step === Visit.Completed
                    Layout.fillWidth: true
                    background: Rectangle { color: Theme.okTint; radius: 10 }
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 6
                        Label {
                            objectName: "completedLabel"
                            text: visit.completedText.length ? qsTr("Completed at %1").arg(visit.completedText)
                                                             : qsTr("Completed")
                            font.pixelSize: 20
                            font.bold: true
                            color: Theme.ok
                        }
                        Label {
                            visible: visit.signer.length > 0
                            text: qsTr("Signed by %1").arg(visit.signer)
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                            Layout.fillWidth: true
                        }
                        Button {
                            objectName: "openReportButton"
                            visible: visit.reportPath.length > 0
                            text: qsTr("Open the service report")
                            Layout.fillWidth: true
                            onClicked: {
                                if (!visit.openReport())
                                    Session.notice(qsTr("No PDF viewer could be opened. The report is saved at %1")
                                                   .arg(visit.reportPath))
                            }
                        }
                    }
                }
            }
        }
    }
}
