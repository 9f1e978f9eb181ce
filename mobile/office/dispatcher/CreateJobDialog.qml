pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger.Office

// A new job: customer, phone, address with coordinates, product, category, serial,
// purchase and activation dates, job type, technician and the promised window.
Dialog {
    id: dialog
    required property DispatcherBoard board
    property string refusal: ""
    property bool waiting: false

    anchors.centerIn: parent
    width: Math.min(720, parent ? parent.width - 40 : 720)
    height: Math.min(640, parent ? parent.height - 40 : 640)
    modal: true
    title: qsTr("New job")

    function openNew() {
        for (const f of [customer, phone, address, latitude, longitude, product, category, serial,
                         purchased, activated, description])
            f.text = ""
        date.text = board.day
        from.text = ""
        to.text = ""
        refusal = ""
        waiting = false
        open()
        customer.forceActiveFocus()
    }
    function submit() {
        const start = board.atTime(from.text, date.text)
        const end = board.atTime(to.text, date.text)
        if (!start || !end) {
            refusal = qsTr("Times are HH:MM, the date YYYY-MM-DD.")
            return
        }
        const lat = Number(latitude.text), lon = Number(longitude.text)
        if (latitude.text.trim() === "" || longitude.text.trim() === "" || isNaN(lat) || isNaN(lon)) {
            refusal = qsTr("The site needs its latitude and longitude (decimal degrees).")
            return
        }
        refusal = ""
        waiting = true
        board.createJob({
            customer: customer.text, phone: phone.text, address: address.text,
            latitude: lat, longitude: lon, product: product.text, category: category.text,
            serial: serial.text, purchaseDate: purchased.text, activationDate: activated.text,
            description: description.text, type: type.currentValue,
            technicianId: technician.currentValue, startMs: start, endMs: end
        })
    }

    Connections {
        target: dialog.board
        function onActionFinished(action, ok, message, jobId) {
            if (!dialog.visible || !dialog.waiting || action !== "create")
                return
            dialog.waiting = false
            if (ok)
                dialog.close()
            else
                dialog.refusal = message
        }
    }

    ScrollView {
        anchors.fill: parent
        clip: true
        GridLayout {
            width: dialog.availableWidth - 16
            columns: 4
            columnSpacing: 10
            rowSpacing: 2
            Label { text: qsTr("Customer") }
            TextField { id: customer; objectName: "createCustomer"; Layout.fillWidth: true; selectByMouse: true }
            Label { text: qsTr("Phone") }
            TextField { id: phone; objectName: "createPhone"; Layout.fillWidth: true; selectByMouse: true }
            Label { text: qsTr("Address") }
            TextField { id: address; objectName: "createAddress"; Layout.fillWidth: true; Layout.columnSpan: 3; selectByMouse: true }
            Label { text: qsTr("Latitude") }
            TextField { id: latitude; objectName: "createLatitude"; placeholderText: "31.2304"; Layout.fillWidth: true; selectByMouse: true }
            Label { text: qsTr("Longitude") }
            TextField { id: longitude; objectName: "createLongitude"; placeholderText: "121.4737"; Layout.fillWidth: true; selectByMouse: true }
            Label { text: qsTr("Product") }
            TextField { id: product; objectName: "createProduct"; Layout.fillWidth: true; selectByMouse: true }
            Label { text: qsTr("Category") }
            TextField { id: category; objectName: "createCategory"; placeholderText: qsTr("e.g. phone, tv, aircon"); Layout.fillWidth: true; selectByMouse: true }
            Label { text: qsTr("Serial") }
            TextField { id: serial; objectName: "createSerial"; Layout.fillWidth: true; selectByMouse: true }
            Label { text: qsTr("Job type") }
            ComboBox {
                id: type
                objectName: "createType"
                Layout.fillWidth: true
                textRole: "text"
                valueRole: "key"
                model: [
                    { key: "repair", text: qsTr("Repair") },
                    { key: "installation", text: qsTr("Installation") },
                    { key: "maintenance", text: qsTr("Maintenance") }
                ]
            }
            Label { text: qsTr("Purchased") }
            TextField { id: purchased; objectName: "createPurchased"; placeholderText: qsTr("YYYY-MM-DD"); Layout.fillWidth: true; selectByMouse: true }
            Label { text: qsTr("Activated") }
            TextField { id: activated; objectName: "createActivated"; placeholderText: qsTr("YYYY-MM-DD"); Layout.fillWidth: true; selectByMouse: true }
            Label { text: qsTr("Technician") }
            ComboBox {
                id: technician
                objectName: "createTechnician"
                Layout.fillWidth: true
                Layout.columnSpan: 3
                textRole: "name"
                valueRole: "id"
                model: dialog.board.technicianChoices
            }
            Label { text: qsTr("Date") }
            TextField { id: date; objectName: "createDate"; Layout.fillWidth: true; selectByMouse: true }
            Label { text: qsTr("Window") }
            RowLayout {
                Layout.fillWidth: true
                TextField { id: from; objectName: "createFrom"; placeholderText: "09:00"; Layout.fillWidth: true; selectByMouse: true }
                Label { text: "–" }
                TextField { id: to; objectName: "createTo"; placeholderText: "11:00"; Layout.fillWidth: true; selectByMouse: true }
            }
            Label { text: qsTr("Problem") }
            TextField { id: description; objectName: "createDescription"; Layout.fillWidth: true; Layout.columnSpan: 3; selectByMouse: true }
            Label {
                objectName: "createRefusal"
                visible: text.length > 0
                text: dialog.refusal
                color: OfficeTheme.late
                wrapMode: Text.Wrap
                Layout.columnSpan: 4
                Layout.fillWidth: true
            }
        }
    }

    footer: RowLayout {
        spacing: 8
        Item { Layout.fillWidth: true }
        Button {
            text: qsTr("Back")
            flat: true
            onClicked: dialog.close()
        }
        Button {
            objectName: "createConfirmButton"
            text: qsTr("Create job")
            highlighted: true
            enabled: !dialog.waiting
            onClicked: dialog.submit()
            Layout.rightMargin: 12
            Layout.bottomMargin: 8
        }
    }
}
