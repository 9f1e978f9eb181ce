import QtQuick
import QtTest
import FieldLedger

// Settings: the language and the theme are separate choices (picking a theme keeps the
// language ticked), each follows changes made elsewhere, and a tap changes the app.
Item {
    id: root
    width: 412
    height: 800

    TestCase {
        name: "SettingsPage"
        when: windowShown

        function init() { failOnWarning(/.*/) }
        function cleanup() {
            Language.code = "en"
            Theme.choice = "system"
        }

        Component { id: settingsPage; SettingsPage {} }

        function test_theme_and_language_are_separate_choices() {
            const page = createTemporaryObject(settingsPage, root, { width: 412, height: 800 })
            verify(findChild(page, "language_en").checked)
            verify(findChild(page, "theme_system").checked)
            mouseClick(findChild(page, "theme_dark"))
            compare(Theme.choice, "dark")
            verify(Theme.dark)
            verify(findChild(page, "theme_dark").checked)
            compare(findChild(page, "theme_system").checked, false)
            verify(findChild(page, "language_en").checked, "a theme unticked the language")
            mouseClick(findChild(page, "language_zh_CN"))
            compare(Language.code, "zh_CN")
            verify(findChild(page, "theme_dark").checked, "the language unticked the theme")
            // Changed elsewhere (another page, a restart's saved choice): the page follows.
            Theme.choice = "light"
            verify(findChild(page, "theme_light").checked)
            compare(findChild(page, "theme_dark").checked, false)
        }

        function test_touch_targets_are_at_least_48() {
            const page = createTemporaryObject(settingsPage, root, { width: 412, height: 800 })
            for (const name of ["language_en", "language_zh_CN", "theme_system", "theme_light",
                                "theme_dark"])
                verify(findChild(page, name).height >= 48, name)
        }
    }
}
