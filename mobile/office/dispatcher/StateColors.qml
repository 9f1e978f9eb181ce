pragma Singleton
import QtQuick

// One colour per job state, the same on the timeline, the list and the detail page.
QtObject {
    function color(key) {
        switch (key) {
        case "due": return "#90A4AE"
        case "way": return "#1E88E5"
        case "early":
        case "ontime": return "#2E7D32"
        case "late": return "#EF6C00"
        case "noshow": return "#C62828"
        case "unverified": return "#8E24AA"
        case "done": return "#00695C"
        case "cancelled": return "#BDBDBD"
        case "excused": return "#6D4C41"
        case "unknown": return "#F9A825"
        default: return "#90A4AE"
        }
    }
}
