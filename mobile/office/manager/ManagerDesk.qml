pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import FieldLedger.Office

// The service manager's desk: one filter bar (whom, which period) over five tabs:
// scorecards with their explanations, the PK ranking, the month's pay, service revenue
// and trends. Every figure is the server's; this view only arranges and words them.
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
        }
        ManagerFilterBar {
            id: filterBar
            objectName: "managerFilterBar"
            Layout.fillWidth: true
            staff: staffModel
            // Pay is computed per calendar month: the bar says so instead of offering days.
            monthOnly: tabBar.currentIndex === 2
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
    }
}
