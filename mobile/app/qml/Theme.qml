pragma Singleton
import QtQuick

// Colours and sizes shared by every page, so the countdown colours mean the same
// thing everywhere.
QtObject {
    readonly property color primary: "#1565C0"
    readonly property color accent: "#EF6C00"
    readonly property color ok: "#2E7D32"
    readonly property color amber: "#F9A825"
    readonly property color late: "#C62828"
    readonly property color muted: "#616161"
    readonly property color card: "#FFFFFF"
    readonly property color page: "#F3F5F8"
    readonly property int touch: 56

    function dueColor(state) {
        switch (state) {
        case "late": return late
        case "closing": return amber
        case "arrived":
        case "done": return ok
        default: return primary
        }
    }
}
