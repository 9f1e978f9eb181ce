pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// Whom and which period every tab shows: the company, a team or a technician, and a day,
// ISO week, month or custom range of whole days (dates as YYYY-MM-DD in the company's
// time zone). `query` is what the tabs pass to their models.
Pane {
    id: bar
    padding: 8
    Material.elevation: 1

    property ManagerStaffModel staff
    property bool monthOnly: false
    // What the bar says instead of the period choices when monthOnly is set.
    property string monthOnlyText: qsTr("Pay is computed per calendar month")
    property bool anchorOnly: false

    property int scopeIndex: 0
    property string periodKind: "week"
    property string anchor: bar.isoDate(new Date())
    property string from: bar.isoDate(new Date(new Date().getFullYear(), new Date().getMonth(), 1))
    property string to: bar.isoDate(new Date())

    readonly property var query: ({
        scopeKind: scopeBox.currentIndex >= 0 && staff ? scopeKindAt(scopeBox.currentIndex) : "company",
        scopeId: scopeBox.currentIndex >= 0 && staff ? scopeIdAt(scopeBox.currentIndex) : "",
        periodKind: monthOnly ? "month" : periodKind,
        anchor: anchor,
        from: from,
        to: to
    })

    function scopeKindAt(i) {
        return staff.kindAt(i) || "company"
    }
    function scopeIdAt(i) {
        return staff.idAt(i)
    }
    function pad(n) { return n < 10 ? "0" + n : "" + n }
    function isoDate(d) { return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) }
    function parseDate(text) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim())
        if (!m) return null
        const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
        return d.getMonth() === Number(m[2]) - 1 ? d : null
    }
    // Moves the anchor one period back (-1) or forward (+1).
    function step(direction) {
        const d = parseDate(anchor) || new Date()
        const kind = monthOnly ? "month" : periodKind
        if (kind === "day") d.setDate(d.getDate() + direction)
        else if (kind === "month") d.setMonth(d.getMonth() + direction, 1)
        else d.setDate(d.getDate() + 7 * direction)
        anchor = isoDate(d)
    }
    // Selects a scope by kind and id, e.g. ("technician", "u-tech1").
    function selectScope(kind, id) {
        const i = staff.indexOf(kind, id)
        if (i >= 0) scopeBox.currentIndex = i
    }

    // The list arrives after the bar: start on the whole company.
    Connections {
        target: bar.staff
        function onLoaded() {
            if (scopeBox.currentIndex < 0) scopeBox.currentIndex = 0
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 12

        Label { text: qsTr("Show"); color: OfficeTheme.muted }
        ComboBox {
            id: scopeBox
            objectName: "scopeBox"
            model: bar.staff
            textRole: "label"
            Layout.preferredWidth: 260
            Accessible.name: qsTr("Whom to show")
        }

        Label {
            text: qsTr("Period")
            color: OfficeTheme.muted
            visible: !bar.anchorOnly
        }
        Row {
            visible: !bar.monthOnly && !bar.anchorOnly
            spacing: 0
            Repeater {
                model: [
                    { kind: "day", text: qsTr("Day") },
                    { kind: "week", text: qsTr("ISO week") },
                    { kind: "month", text: qsTr("Month") },
                    { kind: "custom", text: qsTr("Custom") }
                ]
                delegate: Button {
                    required property var modelData
                    objectName: "period_" + modelData.kind
                    text: modelData.text
                    flat: bar.periodKind !== modelData.kind
                    highlighted: bar.periodKind === modelData.kind
                    onClicked: bar.periodKind = modelData.kind
                }
            }
        }
        Label {
            visible: bar.monthOnly
            text: bar.monthOnlyText
            color: OfficeTheme.muted
        }

        RowLayout {
            visible: bar.monthOnly || bar.anchorOnly || bar.periodKind !== "custom"
            spacing: 4
            ToolButton {
                text: "◀"
                onClicked: bar.step(-1)
                Accessible.name: qsTr("Previous period")
                visible: !bar.anchorOnly
            }
            TextField {
                id: anchorField
                objectName: "anchorField"
                text: bar.anchor
                inputMask: "9999-99-99"
                Layout.preferredWidth: 120
                onEditingFinished: {
                    if (bar.parseDate(text)) bar.anchor = text
                    else text = bar.anchor
                }
                Accessible.name: qsTr("A day in the period")
            }
            ToolButton {
                text: "▶"
                onClicked: bar.step(1)
                Accessible.name: qsTr("Next period")
                visible: !bar.anchorOnly
            }
            Button {
                flat: true
                text: qsTr("Today")
                onClicked: bar.anchor = bar.isoDate(new Date())
            }
        }

        RowLayout {
            visible: !bar.monthOnly && !bar.anchorOnly && bar.periodKind === "custom"
            spacing: 6
            Label { text: qsTr("From") }
            TextField {
                objectName: "fromField"
                text: bar.from
                inputMask: "9999-99-99"
                Layout.preferredWidth: 120
                onEditingFinished: if (bar.parseDate(text)) bar.from = text; else text = bar.from
            }
            Label { text: qsTr("to (inclusive)") }
            TextField {
                objectName: "toField"
                text: bar.to
                inputMask: "9999-99-99"
                Layout.preferredWidth: 120
                onEditingFinished: if (bar.parseDate(text)) bar.to = text; else text = bar.to
            }
        }

        Item { Layout.fillWidth: true }
        Label {
            visible: bar.staff && bar.staff.error.length > 0
            text: bar.staff ? bar.staff.error : ""
            color: OfficeTheme.late
            elide: Label.ElideRight
            Layout.maximumWidth: 300
        }
    }
}
