pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// The service manager's desk: one filter bar (whom, which period) over seven tabs:
// scorecards with their explanations, the PK ranking, the month's pay, service revenue,
// trends, the month's shift schedule and the month's assessment. Every figure is the server's; this view only arranges and words them.
Page {
    id: desk
    objectName: "managerDesk"
    background: Rectangle { color: OfficeTheme.page }

    readonly property alias staff: staffModel
    readonly property alias tabs: tabBar
    readonly property alias filter: filterBar

    ManagerStaffModel {
        id: staffModel
        objectName: "managerStaff"
    }
    Component.onCompleted: staffModel.load()

    header: ColumnLayout {
        spacing: 0
        TabBar {
            id: tabBar
            objectName: "managerTabs"
            Layout.fillWidth: true
            TabButton { objectName: "tabScorecard"; text: qsTr("Scorecards") }
            TabButton { objectName: "tabRanking"; text: qsTr("PK ranking") }
            TabButton { objectName: "tabPay"; text: qsTr("Pay") }
            TabButton { objectName: "tabRevenue"; text: qsTr("Service revenue") }
            TabButton { objectName: "tabTrends"; text: qsTr("Trends") }
            TabButton { objectName: "tabAttendance"; text: qsTr("Schedule") }
            TabButton { objectName: "tabAssessment"; text: qsTr("Assessment") }
        }
        ManagerFilterBar {
            id: filterBar
            objectName: "managerFilterBar"
            Layout.fillWidth: true
            staff: staffModel
            // Pay, the shift schedule and the assessment are per calendar month.
            monthOnly: tabBar.currentIndex === 2 || tabBar.currentIndex >= 5
            monthOnlyText: tabBar.currentIndex === 5 ? qsTr("The schedule is shown per calendar month")
                         : tabBar.currentIndex === 6 ? qsTr("Assessed per calendar month, every technician")
                         : qsTr("Pay is computed per calendar month")
            // Trends pick their own weeks or months; the bar only sets whom and the anchor.
            anchorOnly: tabBar.currentIndex === 4
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabBar.currentIndex
        ManagerScorecardTab {
            objectName: "scorecardTab"
            query: filterBar.query
            staff: staffModel
        }
        ManagerRankingTab {
            objectName: "rankingTab"
            query: filterBar.query
        }
        ManagerPayTab {
            objectName: "payTab"
            query: filterBar.query
            staff: staffModel
        }
        ManagerRevenueTab {
            objectName: "revenueTab"
            query: filterBar.query
            staff: staffModel
        }
        ManagerTrendTab {
            objectName: "trendTab"
            query: filterBar.query
        }
        ManagerAttendanceTab {
            objectName: "attendanceTab"
            query: filterBar.query
            staff: staffModel
        }
        ManagerAssessmentTab {
            objectName: "assessmentTab"
            query: filterBar.query
            staff: staffModel
        }
    }
}
