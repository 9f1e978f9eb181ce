pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// One KPI of a scorecard: the rate (or a duration's median), its n/d, the policy's target
// with the bonus gate's verdict, and the breakdown. A click opens its explanation. The
// required properties are the roles of ManagerScorecard.kpis, filled in as a delegate.
Rectangle {
    id: tile
    required property string key
    required property string title
    required property string percent
    required property string fraction
    required property bool hasValue
    required property string detail
    required property string target
    required property string gate
    required property bool explainable
    property bool selected: false
    signal explainRequested(string key)

    implicitHeight: column.implicitHeight + 24
    radius: 6
    color: OfficeTheme.card
    border.width: selected ? 2 : 1
    border.color: selected ? OfficeTheme.primary : "#D5DAE1"

    function gateColor(g) {
        return g === "met" ? OfficeTheme.ok : g === "missed" ? OfficeTheme.late : OfficeTheme.amber
    }
    function gateText(g) {
        return g === "met" ? qsTr("target met") : g === "missed" ? qsTr("target missed")
                                                                  : qsTr("no data for the target")
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 12
        spacing: 4
        Label {
            text: tile.title
            font.bold: true
            elide: Label.ElideRight
            Layout.fillWidth: true
        }
        // A Flow, so a long duration ("17 h 30 min") pushes its count below, not out.
        Flow {
            spacing: 8
            Layout.fillWidth: true
            Label {
                objectName: "kpiPercent_" + tile.key
                text: tile.percent
                font.pixelSize: 28
                font.bold: true
                color: !tile.hasValue ? OfficeTheme.muted : tile.gate === "" ? OfficeTheme.primary
                                                                       : tile.gateColor(tile.gate)
            }
            Label {
                objectName: "kpiFraction_" + tile.key
                text: tile.fraction
                color: OfficeTheme.muted
                topPadding: 12
            }
        }
        RowLayout {
            visible: tile.target.length > 0
            spacing: 6
            Rectangle {
                width: 10; height: 10; radius: 5
                color: tile.gateColor(tile.gate)
            }
            Label {
                text: qsTr("%1 · %2").arg(tile.target).arg(tile.gateText(tile.gate))
                color: tile.gateColor(tile.gate)
                font.pixelSize: 13
            }
        }
        Label {
            text: tile.detail
            wrapMode: Label.WordWrap
            font.pixelSize: 12
            color: OfficeTheme.muted
            Layout.fillWidth: true
        }
        Label {
            visible: tile.explainable
            text: qsTr("Why? Show the jobs →")
            color: OfficeTheme.primary
            font.pixelSize: 13
        }
    }

    MouseArea {
        objectName: "kpiTileArea_" + tile.key
        anchors.fill: parent
        enabled: tile.explainable
        cursorShape: tile.explainable ? Qt.PointingHandCursor : Qt.ArrowCursor
        onClicked: tile.explainRequested(tile.key)
    }
}
