pragma Singleton
import QtQuick

// Colours and sizes shared by every page, so the countdown colours mean the same thing
// everywhere, in a light and a dark theme. Every text colour below reaches WCAG AA
// (4.5:1) on every background it is drawn on, in both themes: tests/qml/app_qml/
// tst_theme.qml checks each pair listed in textPairs().
QtObject {
    id: theme

    // "system" (follow the phone's light or dark setting), "light" or "dark"; chosen in
    // Settings and kept there (Main.qml stores it).
    property string choice: "system"
    // The system palette's window colour tells whether the phone runs dark: Qt 6.4 has
    // no colour-scheme hint.
    readonly property SystemPalette systemPalette: SystemPalette { colorGroup: SystemPalette.Active }
    readonly property bool dark: choice === "dark"
                                 || (choice === "system" && systemPalette.window.hslLightness < 0.5)

    // Surfaces.
    readonly property color page: dark ? "#121417" : "#F3F5F8"
    readonly property color card: dark ? "#1E2227" : "#FFFFFF"
    readonly property color cardPressed: dark ? "#2A3038" : "#E3EAF5"
    readonly property color border: dark ? "#3A4048" : "#C9D1DA"
    readonly property color okTint: dark ? "#1B3320" : "#E8F5E9"
    readonly property color lateTint: dark ? "#3B1E22" : "#FFEBEE"
    readonly property color warnTint: dark ? "#3A2E14" : "#FFF3E0"
    readonly property color strip: dark ? "#262B31" : "#ECEFF1"
    // The tool bar, and the colour of its title and buttons.
    readonly property color bar: dark ? "#1F3A5A" : "#1565C0"
    readonly property color barText: dark ? "#E8EAED" : "#FFFFFF"

    // Text and marks.
    readonly property color text: dark ? "#E8EAED" : "#1B1F24"
    readonly property color muted: dark ? "#B0B6BE" : "#545B63"
    readonly property color primary: dark ? "#90CAF9" : "#1565C0"
    readonly property color ok: dark ? "#81C784" : "#1B5E20"
    readonly property color amber: dark ? "#FFD54F" : "#8A5A00"
    readonly property color late: dark ? "#EF9A9A" : "#C62828"
    // Filled buttons (Material accent) carry white text in both themes.
    readonly property color accent: "#B34700"
    readonly property color accentText: "#FFFFFF"
    // The signature box stays white in both themes: the strokes are stored as drawn.
    readonly property color signatureBox: "#FFFFFF"
    readonly property color signatureHint: "#5F6B73"

    // Sizes: nothing smaller than 14 px, and 48 dp touch targets at least.
    readonly property int touch: 56
    readonly property int minTouch: 48
    readonly property int bodySize: 16
    readonly property int smallSize: 14

    function dueColor(state) {
        switch (state) {
        case "late": return late
        case "closing": return amber
        case "arrived":
        case "done": return ok
        default: return primary
        }
    }

    // Every [name, text colour, background] pair the pages draw, for the contrast test.
    function textPairs() {
        const pairs = []
        const backgrounds = { page: page, card: card, cardPressed: cardPressed, okTint: okTint,
                              lateTint: lateTint, warnTint: warnTint, strip: strip }
        const texts = { text: text, muted: muted, primary: primary, ok: ok, amber: amber,
                        late: late }
        for (const t in texts)
            for (const b in backgrounds)
                pairs.push([t + " on " + b, texts[t], backgrounds[b]])
        pairs.push(["barText on bar", barText, bar])
        pairs.push(["accentText on accent", accentText, accent])
        pairs.push(["signatureHint on signatureBox", signatureHint, signatureBox])
        pairs.push(["page on text (notice)", page, text])
        return pairs
    }
}
