import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 412
    height: 800
    visible: true
    title: qsTr("FieldLedger")

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent

    header: ToolBar {
        objectName: "toolBar"
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
                color: "white"
                elide: Label.ElideRight
                Layout.fillWidth: true
                Layout.leftMargin: stack.depth > 1 ? 0 : 12
            }
            ToolButton {
                // Each language named in itself, so the switch reads right from either side.
                objectName: "languageButton"
                text: Language.nameOf(Language.code === "zh_CN" ? "en" : "zh_CN")
                onClicked: Language.code = Language.code === "zh_CN" ? "en" : "zh_CN"
                Accessible.name: qsTr("Language")
            }
            ToolButton {
                // The Today page's other places, and signing out, in one menu: the bar
                // has room for the title and two buttons on a phone.
                objectName: "menuButton"
                visible: Session.signedIn && stack.depth === 1
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
                        onTriggered: window.openSync()
                    }
                    MenuSeparator {}
                    MenuItem {
                        objectName: "signOutMenuItem"
                        text: qsTr("Sign out")
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

    Connections {
        target: Session
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
