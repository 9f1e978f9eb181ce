import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtPositioning
import FieldLedger

Page {
    id: page
    objectName: "jobPage"
    property string jobId
    property var job: ({})
    title: job.reference ? job.reference : qsTr("Job")
    background: Rectangle { color: Theme.page }

    function reload() { job = Session.job(jobId) }
    Component.onCompleted: reload()
    Connections {
        target: Session
        function onJobsChanged() { page.reload() }
    }

    PositionSource {
        id: gps
        active: !page.job.arrived
        updateInterval: 5000
        preferredPositioningMethods: PositionSource.SatellitePositioningMethods
    }
    readonly property bool hasFix: gps.valid && gps.position.latitudeValid && gps.position.longitudeValid

    Flickable {
        anchors.fill: parent
        contentHeight: body.implicitHeight + 32
        ColumnLayout {
            id: body
            x: 16
            y: 16
            width: page.width - 32
            spacing: 14

            Pane {
                Layout.fillWidth: true
                Material.elevation: 1
                background: Rectangle { color: Theme.card; radius: 10 }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4
                    Label { text: page.job.customer || ""; font.pixelSize: 22; font.bold: true }
                    Label { text: page.job.phone || ""; color: Theme.muted }
                    Label {
                        text: page.job.address || ""
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Arrival window %1").arg(page.job.windowText || "")
                        font.bold: true
                        color: Theme.primary
                    }
                    Label {
                        text: (page.job.product || "") + (page.job.serial ? "  ·  " + page.job.serial : "")
                        color: Theme.muted
                    }
                    Label {
                        text: page.job.description || ""
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Button {
                        objectName: "navigateButton"
                        text: qsTr("Navigate")
                        flat: true
                        onClicked: Qt.openUrlExternally("geo:" + page.job.latitude + "," + page.job.longitude
                                                        + "?q=" + encodeURIComponent(page.job.address))
                    }
                }
            }

            Label {
                objectName: "removedNotice"
                visible: page.job.removed === true
                text: qsTr("The dispatcher reassigned or cancelled this job. Your record is kept and will be sent.")
                color: Theme.accent
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Button {
                id: arrive
                objectName: "arrivedButton"
                visible: !page.job.arrived
                text: qsTr("Arrived")
                highlighted: true
                font.pixelSize: 20
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                onClicked: {
                    const p = gps.position
                    Session.checkIn(page.jobId, page.hasFix,
                                    page.hasFix ? p.coordinate.latitude : 0,
                                    page.hasFix ? p.coordinate.longitude : 0,
                                    page.hasFix && p.horizontalAccuracyValid ? p.horizontalAccuracy : 0)
                    page.reload()
                }
            }
            Label {
                visible: !page.job.arrived
                text: page.hasFix ? qsTr("Location ready (±%1 m)").arg(Math.round(gps.position.horizontalAccuracy))
                                  : qsTr("Waiting for location… you can still check in")
                color: Theme.muted
            }

            Pane {
                objectName: "arrivalCard"
                visible: page.job.arrived === true
                Layout.fillWidth: true
                background: Rectangle { color: page.job.late ? "#FFF3E0" : "#E8F5E9"; radius: 10 }
                ColumnLayout {
                    anchors.fill: parent
                    Label {
                        objectName: "arrivedLabel"
                        text: qsTr("Arrived at %1").arg(page.job.arrivedText || "")
                        font.pixelSize: 20
                        font.bold: true
                        color: Theme.ok
                    }
                    Label {
                        objectName: "punctualityLabel"
                        text: page.job.punctuality || ""
                        color: page.job.late ? Theme.late : Theme.ok
                        font.bold: true
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
        }
    }
}
