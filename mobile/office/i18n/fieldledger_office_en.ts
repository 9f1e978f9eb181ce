<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AgentCardPane</name>
    <message>
        <location filename="../callback/AgentCardPane.qml" line="+21" />
        <location line="+68" />
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <location line="-64" />
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+10" />
        <source>My scorecard</source>
        <translation>My scorecard</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Called in time</source>
        <translation>Called in time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time per call</source>
        <translation>Time per call</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 unreachable · %2 wrong number</source>
        <translation>%1 unreachable · %2 wrong number</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 of %2 first calls</source>
        <translation>%1 of %2 first calls</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 complaints · %2 repairs</source>
        <translation>%1 complaints · %2 repairs</translation>
    </message>
</context>
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
        <location line="+16" />
        <source>Every team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Every technician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
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
        <location filename="../dispatcher/BoardTimeline.qml" line="+234" />
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
    <name>CallQueuePane</name>
    <message>
        <location filename="../callback/CallQueuePane.qml" line="+29" />
        <location line="+70" />
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location line="-69" />
        <location line="+70" />
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location line="-69" />
        <location line="+70" />
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <location line="-57" />
        <source>Left the queue: %1</source>
        <translation>Left the queue: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due for a call-back: %1</source>
        <translation>Due for a call-back: %1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+20" />
        <source>All technicians</source>
        <translation>All technicians</translation>
    </message>
    <message>
        <location line="+10" />
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location line="+11" />
        <source>All job types</source>
        <translation>All job types</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Left as unreachable</source>
        <translation>Left as unreachable</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Nothing due. Well done.</source>
        <translation>Nothing due. Well done.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Due %1 · overdue</source>
        <translation>Due %1 · overdue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Attempt %1</source>
        <translation>Attempt %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>On the phone: %1</source>
        <translation>On the phone: %1</translation>
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
        <location filename="../dispatcher/DispatcherDesk.qml" line="+62" />
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
        <location line="+61" />
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
        <location filename="../dispatcher/JobDetail.qml" line="+76" />
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
        <location filename="../manager/ManagerDesk.qml" line="+7" />
        <source>The manager's desk</source>
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
    <name>RecordPane</name>
    <message>
        <location filename="../callback/RecordPane.qml" line="+58" />
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lateness</source>
        <translation>Lateness</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quality</source>
        <translation>Quality</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No complaint</source>
        <translation>No complaint</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Reached (R)</source>
        <translation>Reached (R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unreachable (U)</source>
        <translation>Unreachable (U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrong number (W)</source>
        <translation>Wrong number (W)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Satisfaction (1-5)</source>
        <translation>Satisfaction (1-5)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Recommend 0-10 (N)</source>
        <translation>Recommend 0-10 (N)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Problem came back (P)</source>
        <translation>Problem came back (P)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Open a repair job for the dispatcher</source>
        <translation>Open a repair job for the dispatcher</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Complaint (C)</source>
        <translation>Complaint (C)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>What the customer complained about</source>
        <translation>What the customer complained about</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Comment (M)</source>
        <translation>Comment (M)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give back (Esc)</source>
        <translation>Give back (Esc)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save and next (Enter)</source>
        <translation>Save and next (Enter)</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../dispatcher/RescheduleDialog.qml" line="+20" />
        <location line="+85" />
        <source>Reschedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-66" />
        <source>Times are HH:MM, the date YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
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
    <name>VisitPane</name>
    <message>
        <location filename="../callback/VisitPane.qml" line="+22" />
        <source>early</source>
        <translation>early</translation>
    </message>
    <message>
        <location line="+1" />
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>late by %1 min</source>
        <translation>late by %1 min</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <location line="+1" />
        <source>late, excused by the dispatcher</source>
        <translation>late, excused by the dispatcher</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not counted</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no promised window</source>
        <translation>no promised window</translation>
    </message>
    <message>
        <location line="+5" />
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>wrong number</source>
        <translation>wrong number</translation>
    </message>
    <message>
        <location line="+6" />
        <source>attitude</source>
        <translation>attitude</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lateness</source>
        <translation>lateness</translation>
    </message>
    <message>
        <location line="+1" />
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quality</source>
        <translation>quality</translation>
    </message>
    <message>
        <location line="+1" />
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Opening the visit…</source>
        <translation>Opening the visit…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press Enter for the next visit, or click one in the queue.</source>
        <translation>Press Enter for the next visit, or click one in the queue.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Held for you until %1</source>
        <translation>Held for you until %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Hello, this is %1 from %2. Our technician %3 visited you on %4 for your %5. Is everything working now? On a scale of 1 to 5, how satisfied are you with the visit? How likely are you to recommend us, from 0 to 10?</source>
        <translation>Hello, this is %1 from %2. Our technician %3 visited you on %4 for your %5. Is everything working now? On a scale of 1 to 5, how satisfied are you with the visit? How likely are you to recommend us, from 0 to 10?</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 · %2 · serial %3</source>
        <translation>%1 · %2 · serial %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1, window %2 – %3: %4</source>
        <translation>%1, window %2 – %3: %4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No check-in recorded</source>
        <translation>No check-in recorded</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unverified</source>
        <translation>unverified</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Faults: %1. Parts: %2.</source>
        <translation>Faults: %1. Parts: %2.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No work record was sent</source>
        <translation>No work record was sent</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No, needs another visit</source>
        <translation>No, needs another visit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No fee reported</source>
        <translation>No fee reported</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (the server's check agrees)</source>
        <translation>%1 (the server's check agrees)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 by the server, %2 on the phone: %3</source>
        <translation>%1 by the server, %2 on the phone: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>%n picture(s) not uploaded by the phone yet</source>
        <translation>
            <numerusform>%n picture(s) not uploaded by the phone yet</numerusform><numerusform>%n picture(s) not uploaded by the phone yet</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>No signature image or photos</source>
        <translation>No signature image or photos</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Earlier calls</source>
        <translation>Earlier calls</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First call to this customer</source>
        <translation>First call to this customer</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>complaint: %1</source>
        <translation>complaint: %1</translation>
    </message>
</context>
<context>
    <name>fieldledger::office::CallBackDeskController</name>
    <message>
        <location filename="../callback/callback_desk_controller.cpp" line="+97" />
        <source>Another agent is on the phone with this customer. Choose another visit.</source>
        <translation>Another agent is on the phone with this customer. Choose another visit.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This visit is no longer due for a call-back.</source>
        <translation>This visit is no longer due for a call-back.</translation>
    </message>
    <message>
        <location line="+208" />
        <source>Nothing left to call right now.</source>
        <translation>Nothing left to call right now.</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Saved %1. Repair job %2 opened for the dispatcher.</source>
        <translation>Saved %1. Repair job %2 opened for the dispatcher.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
</context>
<context>
    <name>fieldledger::office::DispatcherBoard</name>
    <message>
        <location filename="../dispatcher/dispatcher_board.cpp" line="+80" />
        <source>Today, %1</source>
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