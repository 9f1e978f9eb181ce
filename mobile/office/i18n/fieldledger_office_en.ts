<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
            <source>e.g. phone, tv, aircon</source>
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
        <name>ManagerAssessmentTab</name>
        <message>
            <location filename="../manager/ManagerAssessmentTab.qml" line="+44" />
            <source>Publish %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Every technician's figures and pay for the month are frozen as they are now, with the policy versions. Later data is shown as "changed since publication" and never rewrites them. Comments and self-assessments for the month can no longer be changed. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Note (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Assessment for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Not published yet: the figures below are live.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The month has not ended: it can be published once it is over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+115" />
            <source>Published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-115" />
            <source>Publish the month…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+56" />
            <source>self-assessment written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>no self-assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+82" />
            <source>changed since publication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-35" />
            <source>Metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+44" />
            <source>Pay: %1 published (%2), live %3 (%4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+2" />
            <source>metric bonus earned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <location line="+1" />
            <location line="+2" />
            <source>no metric bonus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Pay: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Pay changed since publication: the published pay stays as it was paid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Self-assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>%1 has not written a self-assessment for this month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Assessor's comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>No comment was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Your comment on the month (at most 4000 bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Save comment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerAttendanceTab</name>
        <message>
            <location filename="../manager/ManagerAttendanceTab.qml" line="+47" />
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Leave reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Shift schedule for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Add a shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Columns: technician (username), start, end (YYYY-MM-DD HH:MM, company time), leave (yes/no), leave_reason. Any bad line refuses the whole file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+58" />
            <source>No shifts scheduled this month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+67" />
            <source>Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Withdraw leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Approve leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Attendance rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Shifts attended by start + grace / shifts due, leave excluded. Scoring policy %1.</source>
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
        <message>
            <location line="+1" />
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The schedule is shown per calendar month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Assessed per calendar month, every technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pay is computed per calendar month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-11" />
            <source>Assessment</source>
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
            <location filename="../manager/ManagerFilterBar.qml" line="+78" />
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
            <location line="-82" />
            <source>Pay is computed per calendar month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+106" />
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
            <location filename="../manager/ManagerPayTab.qml" line="+46" />
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
        <name>ManagerReasonDialog</name>
        <message>
            <location filename="../manager/ManagerReasonDialog.qml" line="+19" />
            <source>Delete the shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Approve leave for the shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Withdraw the leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Reason for the leave (stored with the change)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason (stored with the change)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
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
        <name>ManagerRevenueTab</name>
        <message>
            <location filename="../manager/ManagerRevenueTab.qml" line="+32" />
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
        <name>ManagerShiftDialog</name>
        <message>
            <location filename="../manager/ManagerShiftDialog.qml" line="+23" />
            <source>Move the shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add a shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Technician</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location line="+7" />
            <source>HH:MM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Times are in the company's time zone; an end before the start is on the next day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Why the shift moves (stored with the change)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Add</source>
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
            <location line="+16" />
            <source>The phone used a fee policy the server does not have; recomputed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server's fee policy cannot price this job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The phone charged a different fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Same fee, but the quote differs (visit date or entitlements)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Base pay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
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
            <source>That job has no promised window: there is nothing to excuse.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The arrival is unverified and the scoring policy leaves it out of the on-time rate: an excusal would change nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
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
            <location line="+2" />
            <source>A field holds characters that cannot be stored (control characters or broken text): %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This request was already sent with different content; reload and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
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
            <location line="+29" />
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
        <name>ShiftImport</name>
        <message>
            <location filename="../manager/src/shift_import_text.cpp" line="+23" />
            <source>the file is empty (a header row is expected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>a quoted field is not closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>end must be after start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>a shift lasts at most 24 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>start is more than 400 days from today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>the header has no column '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>column technician: no technician with username '%1' in this company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>column %1: '%2' is not a time (write YYYY-MM-DD HH:MM)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>column leave: write yes or no, not '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>column %1: longer than %2 bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>column %1: not valid UTF-8 (byte %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>column %1: contains a control character (byte %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>(%1 more lines)</source>
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
                <numerusform>%n picture(s) not uploaded by the phone yet</numerusform>
                <numerusform>%n picture(s) not uploaded by the phone yet</numerusform>
            </translation>
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
        <name>fieldledger::office::Call</name>
        <message>
            <location filename="../manager/src/attendance_model.cpp" line="+252" />
            <source>Nothing was imported: fix these lines.</source>
            <translation type="unfinished" />
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
        <name>fieldledger::office::ManagerAssessmentModel</name>
        <message>
            <location filename="../manager/src/assessment_model.cpp" line="+36" />
            <source>%1 · %2</source>
            <comment>fraction · percent</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+76" />
            <source>written %1 · received %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>%1, %2</source>
            <comment>assessor, when</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>Published by %1; figures frozen as of %2 (scoring policy %3, pay policy %4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Note: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+77" />
            <source>Comment saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Month published</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerAttendanceModel</name>
        <message>
            <location filename="../manager/src/attendance_model.cpp" line="-208" />
            <source>Attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Absent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On leave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Upcoming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>ddd d MMM</source>
            <comment>a shift's day</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>MMMM yyyy</source>
            <comment>the schedule's month</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+133" />
            <source>Write the day as YYYY-MM-DD and the times as HH:MM.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Shift added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Shift moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Shift deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Leave approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Leave withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Could not read %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+22" />
            <source>Imported %n shift(s)</source>
            <translation>
                <numerusform>Imported %n shift</numerusform>
                <numerusform>Imported %n shifts</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing was imported: fix these lines.</source>
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
            <location filename="../manager/src/staff_model.cpp" line="+36" />
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
            <location filename="../src/office_session.cpp" line="+85" />
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
