import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Qt.labs.settings
import FieldLedger

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 412
    height: 800
    visible: true
    title: qsTr("FieldLedger")

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.bar
    Material.accent: Theme.accent
    Material.background: Theme.page
    Material.foreground: Theme.text
    color: Theme.page

    header: ToolBar {
        objectName: "toolBar"
        Material.foreground: Theme.barText
        visible: !Session.officeOpen
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 4
            anchors.rightMargin: 8
            ToolButton {
                objectName: "backButton"
                visible: stack.depth > 1
                text: "‹"
                font.pixelSize: 28
                onClicked: stack.pop()
                Accessible.name: qsTr("Back")
            }
            Label {
                text: (stack.currentItem as Page)?.title ?? qsTr("FieldLedger")
                font.pixelSize: 20
                font.bold: true
                color: Theme.barText
                elide: Label.ElideRight
                Layout.fillWidth: true
                Layout.leftMargin: stack.depth > 1 ? 0 : 12
            }
            ToolButton {
                // The Today page's other places, and signing out, in one menu: the bar
                // has room for the title and two buttons on a phone.
                objectName: "menuButton"
                visible: stack.depth === 1
                text: "⋮"
                font.pixelSize: 22
                onClicked: menu.open()
                Accessible.name: qsTr("Menu")
                Menu {
                    id: menu
                    objectName: "menu"
                    y: parent.height
                    MenuItem {
                        objectName: "scorecardMenuItem"
                        text: qsTr("My scorecard")
                        visible: Session.signedIn
                        height: visible ? implicitHeight : 0
                        onTriggered: window.openScorecard()
                    }
                    MenuItem {
                        objectName: "assessmentMenuItem"
                        text: qsTr("My assessment")
                        onTriggered: window.openAssessment()
                    }
                    MenuItem {
                        objectName: "syncMenuItem"
                        text: qsTr("Sync")
                        visible: Session.signedIn
                        height: visible ? implicitHeight : 0
                        onTriggered: window.openSync()
                    }
                    MenuItem {
                        // The language and theme switches live here, not on every page.
                        objectName: "settingsMenuItem"
                        text: qsTr("Settings")
                        onTriggered: window.openSettings()
                    }
                    MenuSeparator { visible: Session.signedIn }
                    MenuItem {
                        objectName: "signOutMenuItem"
                        text: qsTr("Sign out")
                        visible: Session.signedIn
                        height: visible ? implicitHeight : 0
                        onTriggered: Session.signOut()
                    }
                }
            }
        }
    }

    footer: SyncStatusBar {
        objectName: "syncStatusBar"
        visible: Session.signedIn && !Session.officeOpen
        onOpenRequested: window.openSync()
    }

    // Opens a job's page; also used by the screenshot tour.
    function openJob(jobId) { stack.push(jobPage, { jobId: jobId }) }
    function openScorecard() { stack.push(scorecardPage) }
    function openAssessment() { stack.push(assessmentPage) }
    function openSettings() { stack.push(settingsPage) }
    // "system", "light" or "dark"; used by the screenshot tour.
    function setTheme(choice) { Theme.choice = choice }
    // Back to the first page (Today); used by the screenshot tour.
    function goHome() { stack.pop(null, StackView.Immediate) }
    // Opens the Sync page, unless it is already showing (tapping the strip on it).
    function openSync() {
        if (stack.currentItem?.objectName !== "syncPage")
            stack.push(syncPage)
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: Session.signedIn ? todayPage : loginPage
    }

    // The office view (dispatcher, call-back agent, manager) over the whole window, loaded
    // by address: a phone build has no FieldLedger.Office module and never opens it.
    Loader {
        id: office
        objectName: "officeLoader"
        anchors.fill: parent
        z: 1
        focus: active
        active: Session.officeOpen
        source: active ? "qrc:/qt/qml/FieldLedger/Office/OfficeMain.qml" : ""
        onLoaded: {
            // A desk needs a desktop's room; a phone-sized window grows to a laptop's.
            window.width = Math.max(window.width, 1366)
            window.height = Math.max(window.height, 768)
        }
    }

    Component {
        id: loginPage
        LoginPage {}
    }
    Component {
        id: todayPage
        TodayPage {
            onOpenJob: jobId => window.openJob(jobId)
        }
    }
    Component {
        id: jobPage
        JobPage {}
    }
    Component {
        id: syncPage
        SyncPage {}
    }
    Component {
        id: scorecardPage
        ScorecardPage {}
    }
    Component {
        id: assessmentPage
        MyAssessmentPage {}
    }
    Component {
        id: settingsPage
        SettingsPage {}
    }
    // The theme choice survives a restart (the language keeps its own, in Language).
    Settings {
        id: prefs
        category: "appearance"
        property string theme: "system"
    }
    Component.onCompleted: {
        Theme.choice = prefs.theme
        // Reopen on the visit in progress when the app was closed on it.
        const resume = Session.resumeJobId()
        if (resume.length > 0 && stack.currentItem?.objectName === "todayPage")
            window.openJob(resume)
    }
    Connections {
        target: Theme
        function onChoiceChanged() { prefs.theme = Theme.choice }
    }

    // Feedback for an action that did not visibly change anything (Sync now offline, no
    // PDF viewer, no map app): a snackbar above the sync strip, in the app's language.
    property string noticeText
    function showNotice(text) {
        window.noticeText = text
        notice.open()
        noticeTimer.restart()
    }
    Popup {
        id: notice
        objectName: "notice"
        x: 8
        y: window.contentItem.height - height - 8
        width: window.width - 16
        padding: 12
        closePolicy: Popup.CloseOnPressOutside
        background: Rectangle { color: Theme.text; radius: 6 }
        contentItem: Label {
            objectName: "noticeLabel"
            text: window.noticeText
            color: Theme.page
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodySize
        }
        Timer {
            id: noticeTimer
            interval: 5000
            onTriggered: notice.close()
        }
    }

    Connections {
        target: Session
        function onNotice(text) { window.showNotice(text) }
        function onSignedInChanged() {
            const wantToday = Session.signedIn
            const onLogin = stack.depth === 1 && stack.currentItem.objectName === "loginPage"
            if (wantToday && onLogin)
                stack.replace(null, todayPage)
            else if (!wantToday && !onLogin)
                stack.replace(null, loginPage)
        }
    }
}
