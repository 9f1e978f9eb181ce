import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger

Page {
    id: page
    objectName: "loginPage"
    title: qsTr("Sign in")
    background: Rectangle { color: Theme.page }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 380)
        spacing: 12

        Label {
            text: qsTr("FieldLedger")
            font.pixelSize: 30
            font.bold: true
            color: Theme.primary
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Your visits, on time and on record")
            color: Theme.muted
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: 16
        }
        TextField {
            id: server
            objectName: "serverField"
            placeholderText: qsTr("Server (host:port)")
            text: Session.serverAddress
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
            Layout.fillWidth: true
        }
        TextField {
            id: username
            objectName: "usernameField"
            placeholderText: qsTr("Username")
            inputMethodHints: Qt.ImhNoAutoUppercase
            Layout.fillWidth: true
        }
        TextField {
            id: password
            objectName: "passwordField"
            placeholderText: qsTr("Password")
            echoMode: TextInput.Password
            Layout.fillWidth: true
            onAccepted: signIn.clicked()
        }
        Label {
            objectName: "signInError"
            text: Session.signInError
            visible: text.length > 0
            color: Theme.late
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            id: signIn
            objectName: "signInButton"
            text: Session.signingIn ? qsTr("Signing in…") : qsTr("Sign in")
            enabled: !Session.signingIn
            highlighted: true
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            onClicked: Session.signIn(server.text, username.text, password.text)
        }
    }
}
