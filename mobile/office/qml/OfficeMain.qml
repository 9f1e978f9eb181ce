import QtQuick
import FieldLedger.Office
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger
import FieldLedger.Office

// The office view: a bar with who is signed in, and the desk of their role below it.
// Each role's desk is <Role>Desk.qml in this module (see mobile/office/CMakeLists.txt).
Page {
    id: office
    objectName: "officeMain"
    title: qsTr("FieldLedger office")

    // Which desk the signed-in role opens; an administrator works the dispatcher's desk.
    readonly property string deskName: {
        switch (OfficeSession.role) {
        case "dispatcher":
        case "admin": return "DispatcherDesk"
        case "callback_agent": return "CallBackDesk"
        case "manager": return "ManagerDesk"
        default: return ""
        }
    }

    function roleText(role) {
        switch (role) {
        case "dispatcher": return qsTr("Dispatcher")
        case "callback_agent": return qsTr("Call-back agent")
        case "manager": return qsTr("Service manager")
        case "admin": return qsTr("Administrator")
        default: return ""
        }
    }

    header: ToolBar {
        objectName: "officeToolBar"
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 8
            spacing: 16
            Label {
                text: qsTr("FieldLedger")
                font.pixelSize: 20
                font.bold: true
                color: "white"
            }
            Label {
                objectName: "officeCompany"
                text: OfficeSession.companyName
                color: "white"
                opacity: 0.85
                elide: Label.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "officeUser"
                text: qsTr("%1 · %2").arg(OfficeSession.displayName).arg(office.roleText(OfficeSession.role))
                color: "white"
            }
            ToolButton {
                objectName: "officeLanguageButton"
                text: Language.nameOf(Language.code === "zh_CN" ? "en" : "zh_CN")
                onClicked: Language.code = Language.code === "zh_CN" ? "en" : "zh_CN"
                Accessible.name: qsTr("Language")
            }
            ToolButton {
                objectName: "officeSignOutButton"
                text: qsTr("Sign out")
                onClicked: OfficeSession.signOut()
            }
        }
    }

    Loader {
        id: desk
        objectName: "deskLoader"
        anchors.fill: parent
        sourceComponent: {
            switch (office.deskName) {
            case "DispatcherDesk": return dispatcherDesk
            case "CallBackDesk": return callBackDesk
            case "ManagerDesk": return managerDesk
            default: return null
            }
        }
    }

    Component {
        id: dispatcherDesk
        DispatcherDesk {}
    }
    Component {
        id: callBackDesk
        CallBackDesk {}
    }
    Component {
        id: managerDesk
        ManagerDesk {}
    }
}
