import QtQuick
import QtTest
import FieldLedger.Office

// Each office role signs in against the real server started by office_test_main.cpp
// and OfficeMain opens that role's desk; a technician is turned away with a reason.
TestCase {
    id: test
    name: "OfficeMain"
    when: windowShown
    width: 1366
    height: 768

    Component {
        id: officeMain
        OfficeMain {
            width: 1366
            height: 768
        }
    }

    function signInAs(username) {
        if (OfficeSession.signedIn)
            OfficeSession.signOut()
        OfficeSession.signIn(officeServerAddress, username, officePassword)
        tryVerify(() => !OfficeSession.signingIn, 10000)
    }

    function test_each_role_opens_its_desk_data() {
        return [
            { tag: "dispatcher", user: "dispatcher", desk: "dispatcherDesk", role: "dispatcher" },
            { tag: "callback", user: "callback", desk: "callBackDesk", role: "callback_agent" },
            { tag: "manager", user: "manager", desk: "managerDesk", role: "manager" },
        ]
    }

    function test_each_role_opens_its_desk(data) {
        signInAs(data.user)
        compare(OfficeSession.signInError, "")
        verify(OfficeSession.signedIn)
        compare(OfficeSession.role, data.role)
        compare(OfficeSession.companyName, "Acme Service")
        const main = createTemporaryObject(officeMain, test)
        const loader = findChild(main, "deskLoader")
        tryVerify(() => loader.item !== null)
        compare(loader.item.objectName, data.desk)
        compare(findChild(main, "officeCompany").text, "Acme Service")
    }

    function test_technician_is_turned_away() {
        signInAs("tech1")
        verify(!OfficeSession.signedIn)
        verify(OfficeSession.signInError.length > 0)
    }

    function test_wrong_password_says_so() {
        if (OfficeSession.signedIn)
            OfficeSession.signOut()
        OfficeSession.signIn(officeServerAddress, "dispatcher", "wrong")
        tryVerify(() => !OfficeSession.signingIn, 10000)
        verify(!OfficeSession.signedIn)
        verify(OfficeSession.signInError.length > 0)
    }

    function test_sign_out_forgets_the_role() {
        signInAs("dispatcher")
        verify(OfficeSession.signedIn)
        OfficeSession.signOut()
        verify(!OfficeSession.signedIn)
        compare(OfficeSession.role, "")
    }
}
