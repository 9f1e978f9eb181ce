import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger

// The technician's own scorecard, this week and this month, as last fetched from the
// server (after each successful sync); offline it shows those figures and their age.
Page {
    id: page
    objectName: "scorecardPage"
    title: qsTr("My scorecard")
    background: Rectangle { color: Theme.page }

    Flickable {
        anchors.fill: parent
        contentHeight: body.implicitHeight + 32
        ColumnLayout {
            id: body
            x: 12
            y: 12
            width: page.width - 24
            spacing: 12

            Label {
                objectName: "scorecardStatus"
                text: Session.scorecard.statusText
                color: Session.scorecard.fresh ? Theme.muted : Theme.amber
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ScorecardPeriod {
                objectName: "weekCard"
                visible: Object.keys(period).length > 0
                period: Session.scorecard.week
                Layout.fillWidth: true
            }
            ScorecardPeriod {
                objectName: "monthCard"
                visible: Object.keys(period).length > 0
                period: Session.scorecard.month
                Layout.fillWidth: true
            }
            Label {
                objectName: "scorecardNote"
                visible: Session.scorecard.hasData
                text: qsTr("Counted by the server with the company's rules. Recent jobs count once the repair has had time to hold and the customer has been called back.")
                color: Theme.muted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
