<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AlertList</name>
        <message>
            <location filename="../dispatcher/AlertList.qml" line="+62" />
            <source>No window is at risk.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardJobList</name>
        <message>
            <location filename="../dispatcher/BoardJobList.qml" line="+26" />
            <source>Every state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>At risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not yet due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Arrived early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unverified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unknown (phone offline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Excused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Search reference, customer, phone, address (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Every team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Every technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+93" />
            <source>No jobs match.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardTexts</name>
        <message>
            <location filename="../dispatcher/board_texts.cpp" line="+13" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+47" />
            <source>outside the fence by %1 m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>clock corrected by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>mock location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>, </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>not yet due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>on the way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>arrived early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>late by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>no-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>unverified arrival: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>excused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>unknown: phone offline since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>unknown: phone has never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>not set off; window ends in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>about %1 away; window ends in %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>phone quiet since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>phone has never synced</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BoardTimeline</name>
        <message>
            <location filename="../dispatcher/BoardTimeline.qml" line="+233" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Assign to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Reschedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Excuse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Cancel job…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallBackDesk</name>
        <message>
            <location filename="../callback/CallBackDesk.qml" line="+8" />
            <source>The call-back desk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreateJobDialog</name>
        <message>
            <location filename="../dispatcher/CreateJobDialog.qml" line="+19" />
            <source>New job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Times are HH:MM, the date YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The site needs its latitude and longitude (decimal degrees).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Latitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Longitude</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. phone, tv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Serial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Job type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Repair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Installation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Maintenance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Purchased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Activated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Create job</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeskUnavailable</name>
        <message>
            <location filename="../qml/DeskUnavailable.qml" line="+32" />
            <source>This desk is not available yet in this version of FieldLedger. You are signed in; the other desks and the technicians' phones work as usual.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DispatcherDesk</name>
        <message>
            <location filename="../dispatcher/DispatcherDesk.qml" line="+60" />
            <source>Previous day (Alt+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Next day (Alt+Right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reconnecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>New job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Create a job (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+59" />
            <source>Jobs (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>At risk (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JobDetail</name>
        <message>
            <location filename="../dispatcher/JobDetail.qml" line="+72" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled because</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Excused because</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Flagged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Assign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Reschedule…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Cancel job…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Excuse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Revoke excusal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Accept arrival…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+50" />
            <source>Reason: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Loading the history…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerDesk</name>
        <message>
            <location filename="../manager/ManagerDesk.qml" line="+32" />
            <source>Scorecards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PK ranking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Service revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trends</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerExplanationPane</name>
        <message>
            <location filename="../manager/ManagerExplanationPane.qml" line="+24" />
            <source>Why: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Close the explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>As computed at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>No jobs in this figure for the period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Counts in: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerExport</name>
        <message>
            <location filename="../manager/src/manager_export.cpp" line="+42" />
            <location line="+81" />
            <source>no data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-31" />
            <source>Cannot create the workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+231" />
            <location line="+11" />
            <source>Cannot write the PDF file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerExportMenu</name>
        <message>
            <location filename="../manager/ManagerExportMenu.qml" line="+14" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerFilterBar</name>
        <message>
            <location filename="../manager/ManagerFilterBar.qml" line="+76" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Whom to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>ISO week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Pay is computed per calendar month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Previous period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>A day in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Next period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>to (inclusive)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerKpiTile</name>
        <message>
            <location filename="../manager/ManagerKpiTile.qml" line="+35" />
            <source>target met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>target missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no data for the target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Why? Show the jobs →</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerPayTab</name>
        <message>
            <location filename="../manager/ManagerPayTab.qml" line="+44" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Metric bonus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rank rewards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+173" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-154" />
            <source>Pay for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Pay policy %1 · scoring policy %2 · computed %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Month's pay as Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Pay table as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Selected payslip as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Every payslip as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+73" />
            <source>Total for the month: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Bonus gate: passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Bonus gate: not passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>%1 (%2), target %3: %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Fee differences, not counted as revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1: server %2, device %3 (%4)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerRankingTab</name>
        <message>
            <location filename="../manager/ManagerRankingTab.qml" line="+32" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Successes / trials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wilson lower bound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rank reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>On-time arrival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Repair retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer satisfaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>First-time fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Ranking as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Ranked by the lower bound of the 95% Wilson interval, so a small lucky sample does not outrank a large good one. Scoring policy %1 · computed %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Rank rewards as the pay policy %1 pays them with this month's pay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rank rewards are paid on a month's ranking: choose Month to see them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>tied</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerRevenueTab</name>
        <message>
            <location filename="../manager/ManagerRevenueTab.qml" line="+30" />
            <location line="+7" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fee differences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Server fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Device fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Service revenue · %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Fees of the period's completed jobs as the server checked them; a job whose device fee differed is listed apart and not counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Revenue as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Fee differences as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+72" />
            <source>Fee differences (%1), not counted as revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>None: every completed job's device fee matched the server's.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerScorecard</name>
        <message>
            <location filename="../manager/src/scorecard_models.cpp" line="+30" />
            <source>target %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>No data</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n job(s)</source>
            <translation>
                <numerusform>%n job</numerusform>
                <numerusform>%n jobs</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>median %1 · 90th percentile %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+66" />
            <source>early %1 · on time %2 · late %3 · no-show %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>excused %1 · pending %2 · unverified %3 · excluded %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>minutes late: median %1 · 90th percentile %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>pending %1 (retention window still open)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>mean score %1 of 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>mean score: no data</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>NPS %1 (%n answer(s))</source>
            <translation>
                <numerusform>NPS %1 (%n answer)</numerusform>
                <numerusform>NPS %1 (%n answers)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>NPS: not asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>reached %1 of %2 call-backs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+119" />
            <source>Call-back reach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-118" />
            <source>customers reached / call-backs attempted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>shifts attended / shifts scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>resolved on the first visit / completed jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Response time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>job created → trusted arrival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Resolution time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>job created → completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+74" />
            <source>KPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-73" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+103" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-102" />
            <source>Bonus gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+68" />
            <source>Explanations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Counts in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Bonus gate: passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bonus gate: not passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerScorecardTab</name>
        <message>
            <location filename="../manager/ManagerScorecardTab.qml" line="+70" />
            <source>Scoring policy %1 · computed %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Service revenue</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n job(s) with a checked fee</source>
            <translation>
                <numerusform>%n job with a checked fee</numerusform>
                <numerusform>%n jobs with a checked fee</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Scorecard as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Explanations as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>Bonus gate passed: every gated metric met its target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bonus gate not passed: the metric bonus is not earned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>%1: no data (target %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2 (target %3) %4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerText</name>
        <message>
            <location filename="../manager/src/manager_text.cpp" line="+42" />
            <source>On-time arrival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Repair retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Customer satisfaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>First-time fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Unknown metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <location line="+6" />
            <source>%1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>early</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <source>on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-27" />
            <source>late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>excluded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>excused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>counts for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>counts against</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+81" />
            <source>not counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-62" />
            <source>early by %1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>unverified arrival counted as late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>late by %1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no-show: no check-in by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>pending: window open until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>excluded: cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>excluded: rescheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>excluded: unverified arrival (policy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>excused by %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>held: no repeat repair within %1 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>pending: retention window open until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>repeat repair on %1 within %2 days (job %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>call-back on %1 reported the problem came back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>reached, no score given (call-back %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>reached, no score given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>score %1 ≥ %2, satisfied (call-back %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>score %1 &lt; %2, not satisfied (call-back %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>score %1 ≥ %2, satisfied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>score %1 &lt; %2, not satisfied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>customer reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>call-back could not reach the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>resolved on the first visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>needed more than one visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>checked in %1 min after shift start (grace %2 min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>checked in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>approved leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>pending: check-in open until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>numerator and denominator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>denominator only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>unranked: %1 in the sample, the minimum is %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>unranked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>#%1</source>
            <comment>a place in the ranking</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Base pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Revenue share %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Metric bonus: no gated metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Metric bonus: every gated metric met its target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 has no data (target %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 %2 missed its %3 target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Metric bonus 0: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>; </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Rank reward: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>%1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2 to %3)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerTrendTab</name>
        <message>
            <location filename="../manager/ManagerTrendTab.qml" line="+44" />
            <source>On-time arrival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Repair retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer satisfaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>First-time fix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Trend as CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Last 6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Last 12</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Dashed line: the policy's target %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Scoring policy %1 · computed %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>target %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfficeErrors</name>
        <message>
            <location filename="../src/office_errors.cpp" line="+16" />
            <source>That job no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>That technician is not in your company.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Give a reason: it is stored with the change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>That job is completed or cancelled and can no longer change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The technician has already arrived; the window can no longer move.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <source>The window must end after it starts, in the future, within 7 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>The arrival was early or on time: there is nothing to excuse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Jobs can only be assigned to technicians.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>That technician's account is disabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A field is longer than 500 characters: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The coordinates are out of range (latitude -90 to 90, longitude -180 to 180).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The window closed with no arrival: excuse the no-show instead of moving it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The day must be YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>That job has no excusal to revoke.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>That job has no unverified arrival to accept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>A required field is empty: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A date is not valid: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>serial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>purchase date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>activation date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Cannot reach the server; check the connection and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Your sign-in has expired; sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Your role may not do that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server refused: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OfficeMain</name>
        <message>
            <location filename="../qml/OfficeMain.qml" line="+14" />
            <source>FieldLedger office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Dispatcher</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Call-back agent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Service manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>FieldLedger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../dispatcher/ReasonDialog.qml" line="+22" />
            <source>Cancel the job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Excuse the late arrival or no-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revoke the excusal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Accept the unverified arrival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+49" />
            <source>Reason (stored with the change)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Confirm</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RescheduleDialog</name>
        <message>
            <location filename="../dispatcher/RescheduleDialog.qml" line="+19" />
            <location line="+78" />
            <source>Reschedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-60" />
            <source>Times are HH:MM, the date YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>e.g. the customer asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::office::DispatcherBoard</name>
        <message>
            <location filename="../dispatcher/dispatcher_board.cpp" line="+72" />
            <source>Today, %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::office::FeeDifferenceModel</name>
        <message>
            <location filename="../manager/src/revenue_model.cpp" line="+61" />
            <source>Fee differences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Server fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Device fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::office::JobHistoryModel</name>
        <message>
            <location filename="../dispatcher/job_history_model.cpp" line="+55" />
            <source>Job created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On my way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Arrived (verified)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Arrived (unverified)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Work recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Completed and signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Call-back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Phone record refused by the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Reassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rescheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Excused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Excusal revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unverified arrival accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>faults: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>needs another visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>fee %1 yuan, checked by the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>fee %1 yuan; server check: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>signed by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>customer not reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>score %1 of 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the problem came back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>was a no-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>was late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>excused in advance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+28" />
            <source>no position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1, %2 (±%3 m)%4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>, mock location</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerPayModel</name>
        <message>
            <location filename="../manager/src/pay_model.cpp" line="+199" />
            <source>Pay %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+22" />
            <location line="+13" />
            <location line="+22" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-56" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revenue share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Metric bonus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rank rewards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+81" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-80" />
            <location line="+25" />
            <source>Bonus gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-13" />
            <location line="+64" />
            <source>Pay lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-63" />
            <location line="+64" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-64" />
            <location line="+64" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-50" />
            <location line="+56" />
            <source>Metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-55" />
            <source>Successes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+52" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-51" />
            <location line="+51" />
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-36" />
            <source>Fee differences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+45" />
            <source>Job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-44" />
            <location line="+45" />
            <source>Server fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-44" />
            <location line="+45" />
            <source>Device fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-44" />
            <location line="+45" />
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-31" />
            <source>Payslip %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Month: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pay policy %1 · scoring policy %2 · computed %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Service revenue %1 from %n job(s)</source>
            <translation>
                <numerusform>Service revenue %1 from %n job</numerusform>
                <numerusform>Service revenue %1 from %n jobs</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Bonus gate: passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Bonus gate: not passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Fee differences (not counted as revenue)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Could not save %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>no payslip to write</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerRankingModel</name>
        <message>
            <location filename="../manager/src/ranking_model.cpp" line="+186" />
            <source>Ranking %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Successes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Wilson lower bound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rank reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Could not save %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerRevenueModel</name>
        <message>
            <location filename="../manager/src/revenue_model.cpp" line="+112" />
            <source>Service revenue %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revenue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Jobs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fee differences left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Could not save %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerScorecard</name>
        <message>
            <location filename="../manager/src/scorecard_controller.cpp" line="+41" />
            <source>Whole company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Team %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>No data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>%1 = %2 / %3 (numerator / denominator)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+125" />
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Could not save %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Scorecard: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Period: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Scoring policy %1 · computed %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Service revenue: %1 from %n job(s)</source>
            <translation>
                <numerusform>Service revenue: %1 from %n job</numerusform>
                <numerusform>Service revenue: %1 from %n jobs</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bonus gate: passed, every gated metric met its target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bonus gate: not passed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerStaffModel</name>
        <message>
            <location filename="../manager/src/staff_model.cpp" line="+49" />
            <source>Whole company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Team %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2)</source>
            <comment>technician (team)</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerTrendModel</name>
        <message>
            <location filename="../manager/src/trend_model.cpp" line="+123" />
            <source>Trend %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Successes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Could not save %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::office::OfficeSession</name>
        <message>
            <location filename="../src/office_session.cpp" line="+54" />
            <source>Enter your username and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Wrong username or password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This desk is for office staff; technicians sign in on the phone app.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::office::TechnicianRowsModel</name>
        <message>
            <location filename="../dispatcher/board_models.cpp" line="+267" />
            <source>phone never synced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>synced %1</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
