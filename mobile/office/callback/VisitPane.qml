pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger
import FieldLedger.Office

// One visit at a time: who to call, what was done, how the technician arrived, the
// customer's signature and photos, earlier attempts and a short call script.
Pane {
    id: pane
    objectName: "visitPane"
    required property CallBackDeskController controller
    readonly property var visit: controller.visit
    Material.elevation: 1
    padding: 16

    function punctualityText(p, minutes) {
        switch (p) {
        case "early": return qsTr("early")
        case "on_time": return qsTr("on time")
        case "late": return qsTr("late by %1 min").arg(minutes)
        case "no_show": return qsTr("no-show")
        case "excused": return qsTr("late, excused by the dispatcher")
        case "excluded": return qsTr("not counted")
        case "pending": return qsTr("pending")
        default: return qsTr("no promised window")
        }
    }
    function outcomeText(o) {
        switch (o) {
        case "reached": return qsTr("reached")
        case "unreachable": return qsTr("unreachable")
        case "wrong_number": return qsTr("wrong number")
        default: return o
        }
    }
    function complaintText(c) {
        switch (c) {
        case "attitude": return qsTr("attitude")
        case "lateness": return qsTr("lateness")
        case "price": return qsTr("price")
        case "quality": return qsTr("quality")
        case "other": return qsTr("other")
        default: return ""
        }
    }

    Label {
        objectName: "visitPlaceholder"
        visible: !pane.controller.hasVisit
        anchors.centerIn: parent
        width: parent.width * 0.8
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        color: OfficeTheme.muted
        font.pixelSize: 16
        text: pane.controller.busy ? qsTr("Opening the visit…")
                                   : qsTr("Press Enter for the next visit, or click one in the queue.")
    }

    ScrollView {
        id: scroll
        visible: pane.controller.hasVisit
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 10

            RowLayout {
                Layout.fillWidth: true
                Label {
                    objectName: "visitCustomer"
                    text: pane.visit.customerName
                    font.pixelSize: 22
                    font.bold: true
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "visitClaim"
                    text: qsTr("Held for you until %1").arg(pane.controller.formatTime(pane.visit.claimExpiresMs))
                    color: OfficeTheme.muted
                }
            }

            RowLayout {
                spacing: 8
                Label {
                    objectName: "visitPhone"
                    text: pane.visit.customerPhone
                    font.pixelSize: 20
                    color: OfficeTheme.primary
                    MouseArea {
                        anchors.fill: parent
                        cursorShape: Qt.PointingHandCursor
                        onClicked: pane.controller.copyText(pane.visit.customerPhone)
                    }
                }
                Button {
                    objectName: "copyPhone"
                    text: qsTr("Copy")
                    flat: true
                    focusPolicy: Qt.NoFocus
                    onClicked: pane.controller.copyText(pane.visit.customerPhone)
                }
                Button {
                    objectName: "dialPhone"
                    text: qsTr("Call")
                    flat: true
                    focusPolicy: Qt.NoFocus
                    onClicked: Qt.openUrlExternally("tel:" + pane.visit.customerPhone.replace(/\s+/g, ""))
                }
                Label {
                    text: pane.visit.address
                    color: OfficeTheme.muted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }

            Frame {
                Layout.fillWidth: true
                background: Rectangle { color: "#FFF8E1"; radius: 4 }
                Label {
                    objectName: "callScript"
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: qsTr("Hello, this is %1 from %2. Our technician %3 visited you on %4 for your %5. Is everything working now? On a scale of 1 to 5, how satisfied are you with the visit? How likely are you to recommend us, from 0 to 10?")
                          .arg(OfficeSession.displayName).arg(OfficeSession.companyName)
                          .arg(pane.visit.technicianName).arg(pane.controller.formatTime(pane.visit.completedMs))
                          .arg(pane.visit.product)
                }
            }

            GridLayout {
                columns: 2
                columnSpacing: 16
                rowSpacing: 6
                Layout.fillWidth: true

                Label { text: qsTr("Job"); color: OfficeTheme.muted }
                Label {
                    text: qsTr("%1 · %2 · serial %3").arg(pane.visit.reference).arg(pane.visit.product).arg(pane.visit.serialNumber || "—")
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                Label { text: qsTr("Technician"); color: OfficeTheme.muted }
                Label { objectName: "visitTechnician"; text: pane.visit.technicianName }
                Label { text: qsTr("Arrival"); color: OfficeTheme.muted }
                Label {
                    objectName: "visitArrival"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: (pane.visit.arrivedMs > 0
                           ? qsTr("%1, window %2 – %3: %4").arg(pane.controller.formatTime(pane.visit.arrivedMs))
                                 .arg(pane.controller.formatTime(pane.visit.windowStartMs))
                                 .arg(pane.controller.formatTime(pane.visit.windowEndMs))
                                 .arg(pane.punctualityText(pane.visit.punctuality, pane.visit.minutesLate))
                           : qsTr("No check-in recorded"))
                          + (pane.visit.arrivedMs > 0 && !pane.visit.arrivalVerified ? " · " + qsTr("unverified") : "")
                }
                Label { text: qsTr("Completed"); color: OfficeTheme.muted }
                Label { text: pane.controller.formatTime(pane.visit.completedMs) }
                Label { text: qsTr("Work done"); color: OfficeTheme.muted }
                Label {
                    objectName: "visitWork"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: pane.visit.hasWorkRecord
                          ? qsTr("Faults: %1. Parts: %2.").arg(pane.visit.faultTypes.join(", ") || "—").arg(pane.visit.partsUsed.join(", ") || "—")
                            + (pane.visit.workNotes ? " " + pane.visit.workNotes : "")
                          : qsTr("No work record was sent")
                }
                Label { text: qsTr("Resolved"); color: OfficeTheme.muted }
                Label {
                    objectName: "visitResolved"
                    text: !pane.visit.hasWorkRecord ? "—" : pane.visit.resolved ? qsTr("Yes") : qsTr("No, needs another visit")
                    color: pane.visit.hasWorkRecord && !pane.visit.resolved ? OfficeTheme.late : palette.text
                }
                Label { text: qsTr("Fee"); color: OfficeTheme.muted }
                Label {
                    objectName: "visitFee"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: !pane.visit.hasFee ? qsTr("No fee reported")
                          : pane.visit.feeCheck === "match"
                            ? qsTr("%1 (the server's check agrees)").arg(pane.controller.formatFen(pane.visit.feeFen))
                            : qsTr("%1 by the server, %2 on the phone: %3").arg(pane.controller.formatFen(pane.visit.feeFen))
                                  .arg(pane.controller.formatFen(pane.visit.feeDeviceFen)).arg(pane.visit.feeCheck)
                    color: pane.visit.hasFee && pane.visit.feeCheck !== "match" ? OfficeTheme.late : palette.text
                }
                Label { text: qsTr("Signed by"); color: OfficeTheme.muted }
                Label { text: pane.visit.signerName || "—" }
            }

            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Image {
                    objectName: "signatureImage"
                    visible: pane.visit.signatureUrl.toString().length > 0
                    source: pane.visit.signatureUrl
                    sourceSize.height: 90
                    fillMode: Image.PreserveAspectFit
                    Layout.preferredHeight: 90
                    Layout.preferredWidth: 200
                }
                Repeater {
                    model: pane.visit.photoUrls
                    delegate: Image {
                        required property url modelData
                        source: modelData
                        sourceSize.height: 90
                        fillMode: Image.PreserveAspectFit
                        Layout.preferredHeight: 90
                        Layout.preferredWidth: 120
                    }
                }
                Label {
                    objectName: "blobsPending"
                    visible: pane.visit.blobsPending > 0
                    text: qsTr("%n picture(s) not uploaded by the phone yet", "", pane.visit.blobsPending)
                    color: OfficeTheme.muted
                }
                Label {
                    visible: pane.visit.signatureUrl.toString().length === 0 && pane.visit.photoUrls.length === 0 && pane.visit.blobsPending === 0
                    text: qsTr("No signature image or photos")
                    color: OfficeTheme.muted
                }
            }

            Label {
                text: pane.visit.earlierCalls.length > 0 ? qsTr("Earlier calls") : qsTr("First call to this customer")
                font.bold: true
            }
            Repeater {
                objectName: "earlierCalls"
                model: pane.visit.earlierCalls
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("%1 · %2 · %3").arg(pane.controller.formatTime(modelData.atMs)).arg(modelData.agentName)
                              .arg(pane.outcomeText(modelData.outcome))
                          + (modelData.score > 0 ? " · " + qsTr("score %1").arg(modelData.score) : "")
                          + (modelData.complaint ? " · " + qsTr("complaint: %1").arg(pane.complaintText(modelData.complaint)) : "")
                          + (modelData.comment ? " · " + modelData.comment : "")
                }
            }
        }
    }
}
