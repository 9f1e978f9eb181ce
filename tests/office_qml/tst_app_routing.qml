import QtQuick
import QtTest
import FieldLedger.Office

// The app's own window and login page (mobile/app/qml/Main.qml): a dispatcher who signs
// in there gets the office view and its desk; signing out returns to the login page;
// a technician still gets the phone's Today page (checked by tests/qml).
TestCase {
    id: test
    name: "AppRouting"
    when: windowShown

    function test_dispatcher_signs_in_on_the_phone_login_page_and_gets_the_desk() {
        if (OfficeSession.signedIn)
            OfficeSession.signOut()
        const component = Qt.createComponent("qrc:/qt/qml/FieldLedger/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const window = component.createObject(null)
        verify(window)
        const login = findChild(window, "loginPage")
        verify(login, "the login page first")
        findChild(window, "serverField").text = officeServerAddress
        findChild(window, "usernameField").text = "dispatcher"
        findChild(window, "passwordField").text = officePassword
        findChild(window, "signInButton").clicked()
        const loader = findChild(window, "officeLoader")
        tryVerify(() => loader.item !== null, 15000, "the office view opened")
        compare(findChild(window, "signInError").text, "")
        tryVerify(() => findChild(loader.item, "dispatcherDesk") !== null)
        verify(window.width >= 1366, "the window grew to a desk's size")
        verify(!findChild(window, "toolBar").visible, "the phone's bar is hidden")
        OfficeSession.signOut()
        tryVerify(() => !loader.active)
        verify(findChild(window, "loginPage"))
        window.destroy()
    }
}
