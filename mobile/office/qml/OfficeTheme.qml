pragma Singleton
import QtQuick

// The office desks' colours: the technician app's palette (mobile/app/qml/Theme.qml),
// plus one colour per job state, the same on the timeline, the list and the detail.
// The office has its own copy because Qt 6.4 loses another module's QML singleton when
// the language switch re-evaluates bindings ("Theme is not defined").
QtObject {
    readonly property color primary: "#1565C0"
    readonly property color accent: "#EF6C00"
    readonly property color ok: "#2E7D32"
    readonly property color amber: "#F9A825"
    readonly property color late: "#C62828"
    readonly property color muted: "#616161"
    readonly property color card: "#FFFFFF"
    readonly property color page: "#F3F5F8"

    function stateColor(key) {
        switch (key) {
        case "due": return "#78909C"
        case "way": return "#1E88E5"
        case "early":
        case "ontime": return "#2E7D32"
        case "late": return "#EF6C00"
        case "noshow": return "#C62828"
        case "unverified": return "#8E24AA"
        case "done": return "#00695C"
        case "cancelled": return "#9E9E9E"
        case "excused": return "#6D4C41"
        case "unknown": return "#F9A825"
        default: return "#78909C"
        }
    }
}
