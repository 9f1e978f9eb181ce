import QtQuick
import QtTest
import FieldLedger

// WCAG AA for text (4.5:1) for every text colour on every background the pages draw it
// on (Theme.textPairs()), in the light and the dark theme; and the dark theme is not the
// light one with another name.
TestCase {
    name: "Theme"

    function luminance(c) {
        const f = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }

    function cleanup() { Theme.choice = "system" }

    function test_contrast_data() {
        return [{ tag: "light", choice: "light" }, { tag: "dark", choice: "dark" }]
    }
    function test_contrast(data) {
        Theme.choice = data.choice
        compare(Theme.dark, data.choice === "dark")
        const pairs = Theme.textPairs()
        verify(pairs.length > 40, pairs.length + " pairs")
        const failing = []
        for (const [name, fg, bg] of pairs) {
            const ratio = contrast(fg, bg)
            if (ratio < 4.5)
                failing.push(name + " " + ratio.toFixed(2) + ":1")
        }
        compare(failing, [], data.choice + ": below 4.5:1")
    }

    function test_the_contrast_formula_matches_wcag() {
        // Black on white is 21:1 and #767676 on white is the classic 4.54:1.
        fuzzyCompare(contrast(Qt.color("#000000"), Qt.color("#FFFFFF")), 21, 0.01)
        fuzzyCompare(contrast(Qt.color("#767676"), Qt.color("#FFFFFF")), 4.54, 0.01)
    }

    function test_dark_changes_the_surfaces() {
        Theme.choice = "light"
        const lightPage = String(Theme.page)  // a copy: a color read is a live reference
        Theme.choice = "dark"
        verify(String(Theme.page) !== lightPage, lightPage)
        verify(luminance(Theme.page) < 0.05)
        verify(luminance(Theme.text) > 0.7)
    }

    function test_sizes_are_for_gloves() {
        verify(Theme.minTouch >= 48)
        verify(Theme.touch >= Theme.minTouch)
        verify(Theme.smallSize >= 14)
    }
}
