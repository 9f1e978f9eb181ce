<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>FeePage</name>
        <message>
            <location filename="../qml/FeePage.qml" line="+15" />
            <source>Fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Fee to be confirmed by the office</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>One line per fault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+41" />
            <source>Rules: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Customer signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Change the work record</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeeQuote</name>
        <message>
            <location filename="../src/fee_quote.cpp" line="+132" />
            <source>The office has not given this job's product category and purchase date, so the fee cannot be worked out on the phone. The office will confirm it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JobPage</name>
        <message>
            <location filename="../qml/JobPage.qml" line="+16" />
            <source>Job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+102" />
            <source>Call %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>This device cannot place calls. The number is %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Arrival window %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <source>Navigate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>No map app could be opened. The address is: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>The dispatcher reassigned or cancelled this job. Your record is kept and will be sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>On my way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>On the way since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Location ready (±%1 m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Waiting for location… you can still check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Arrived at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Position %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No position was available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Record the work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Work recorded · fee %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>to be confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Fee and customer signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Change the work record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Completed at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Signed by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Open the service report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No PDF viewer could be opened. The report is saved at %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginPage</name>
        <message>
            <location filename="../qml/LoginPage.qml" line="+10" />
            <location line="+55" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-46" />
            <source>FieldLedger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Your visits, on time and on record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Server (host:port)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../qml/Main.qml" line="+14" />
            <location line="+26" />
            <source>FieldLedger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-3" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>My scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>My assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Sign out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MyAssessmentPage</name>
        <message>
            <location filename="../qml/MyAssessmentPage.qml" line="+14" />
            <source>My assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>What went well this month, what did not, and what you need.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Write your self-assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>%1 / %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../src/job_list_model.cpp" line="+31" />
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
            <location line="+5" />
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Opens in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Late by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Closes in %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScorecardPage</name>
        <message>
            <location filename="../qml/ScorecardPage.qml" line="+12" />
            <source>My scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>Counted by the server with the company's rules. Recent jobs count once the repair has had time to hold and the customer has been called back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServerMessages</name>
        <message>
            <location filename="../src/server_messages.cpp" line="+24" />
            <source>The office has removed this job.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This job is no longer assigned to you, so the server cannot take a visit record for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The phone's clock was ahead of the server's when this was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The phone's clock was wrong when this was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The position recorded with this was not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The work record breaks the server's limits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The record was empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>That record belongs to another technician.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This record belongs to no job but named one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The self-assessment was empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The self-assessment holds characters that cannot be stored or is longer than 4000 bytes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The self-assessment's month is not a valid date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>That month's assessment is already published; it can no longer change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The server already has a different record with this record's id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Only a refused record can be discarded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>The server refused this record (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Cannot reach the server. Check the connection and the server address, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The username or password is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Too many attempts. Wait a few minutes, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server is checking many sign-ins at once. Try again in a few seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>This sign-in has ended. Sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This app is for technicians; %1 should use the office view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>%1 has %2 unsent records on this phone: they must sign in and sync first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Unsent records from the previous technician are still on this phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This account is disabled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The server refused the sign-in (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The phone could not sync (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The server cannot be reached; your work is saved on the phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>You were signed out. Sign in again to send your work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>This account may not sync from this phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>The server is busy. The phone tries again shortly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The server refused the sync (%1).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceReport</name>
        <message>
            <location filename="../src/service_report.cpp" line="+40" />
            <location line="+46" />
            <source>Service report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-45" />
            <source>%1 service report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Technician: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Customer signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Signed by %1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Visit summary SHA-256: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../qml/SettingsPage.qml" line="+12" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Follow the phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dark (for basements and night work)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShiftCardView</name>
        <message>
            <location filename="../qml/ShiftCardView.qml" line="+48" />
            <source>Shift %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No shift scheduled today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Start shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>End shift</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignaturePage</name>
        <message>
            <location filename="../qml/SignaturePage.qml" line="+13" />
            <source>Customer signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Please check the visit and sign below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>Sign here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Undo stroke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Signer's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Confirm and complete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../qml/SyncPage.qml" line="+13" />
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+46" />
            <source>%n waiting to send</source>
            <translation>
                <numerusform>%n waiting to send</numerusform>
                <numerusform>%n waiting to send</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rejected</numerusform>
                <numerusform>%n rejected</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+39" />
            <source>Rejected by the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Waiting to be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Server: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <location line="+48" />
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-29" />
            <source>Nothing is waiting to be sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Discard this record?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>%1 will not be sent again. The office is told that you discarded it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncStatusBar</name>
        <message>
            <location filename="../qml/SyncStatusBar.qml" line="+24" />
            <source>Show what is waiting to be sent</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rejected</numerusform>
                <numerusform>%n rejected</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message numerus="yes">
            <location filename="../qml/TodayPage.qml" line="+21" />
            <source>%1 · %n job(s)</source>
            <translation>
                <numerusform>%1 · %n job</numerusform>
                <numerusform>%1 · %n jobs</numerusform>
            </translation>
        </message>
        <message>
            <location line="+103" />
            <source>Saved on phone, not yet sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>No jobs today. Tap Sync now to fetch new ones.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitPhotos</name>
        <message>
            <location filename="../src/visit_photos.cpp" line="+20" />
            <source>That file is not a picture.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitSteps</name>
        <message>
            <location filename="../qml/VisitSteps.qml" line="+14" />
            <source>On my way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Signed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VisitSummary</name>
        <message>
            <location filename="../src/visit_summary.cpp" line="+29" />
            <source>Job %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Job type: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Product: %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Arrived: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Work: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Checked: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Parts used: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Notes: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Outcome: resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Outcome: needs another visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Quality fault certified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Fee: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Fee: to be confirmed by the office</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkPage</name>
        <message>
            <location filename="../qml/WorkPage.qml" line="+15" />
            <source>Work record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+72" />
            <source>Choose a photo of the work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>Fee: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The fee cannot be worked out for this job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>Save and show the fee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Work done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+22" />
            <source>Checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+16" />
            <source>Parts used (one per line)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>e.g. Battery BL-5C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>What you found and did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Needs another visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Photos (%1 of %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Remove photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Add photo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Quality fault certified by a service centre</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::app::AppSession</name>
        <message>
            <location filename="../src/app_session.cpp" line="+49" />
            <source>receiving jobs %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>sending %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Today, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Syncing: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Offline · %n waiting to send</source>
            <translation>
                <numerusform>Offline · %n waiting to send</numerusform>
                <numerusform>Offline · %n waiting to send</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sync error: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n waiting to send</source>
            <translation>
                <numerusform>%n waiting to send</numerusform>
                <numerusform>%n waiting to send</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Synced · a record needs your decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Up to date · %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Up to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Enter your username and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+81" />
            <source>Syncing already; another pass follows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No connection. Your work is saved on the phone and is sent when the connection is back.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>Synced. The server refused %n record(s): see Sync.</source>
            <translation>
                <numerusform>Synced. The server refused %n record: see Sync.</numerusform>
                <numerusform>Synced. The server refused %n records: see Sync.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Synced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not sent: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>mock location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>no usable position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>outside the site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>clock not trusted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Not counted: the arrival could not be verified (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Counts as late: the arrival could not be verified (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Late by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Early: before the window opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>%1 (±%2 m)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::app::MyAssessment</name>
        <message>
            <location filename="../src/my_assessment.cpp" line="+31" />
            <source>Self-assessment for %1</source>
            <extracomment>The month being assessed; %1 is e.g. "December 2026" / "2026年12月"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>MMMM yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+31" />
            <source>Saved on the phone; it is sent at the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your manager can read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Not accepted: this month is already published.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Not accepted: the text holds characters that are not allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not accepted: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not written yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>At most %1 bytes; this text has %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Write something first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::app::MyScorecard</name>
        <message>
            <location filename="../src/my_scorecard.cpp" line="+39" />
            <source>No scorecard on this phone yet. It is fetched after the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No scorecard yet. It is fetched after each sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Updated %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Offline · as of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>As of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>%1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>MMMM yyyy</source>
            <comment>a month, as a Qt date format</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>d MMM</source>
            <comment>a day in a week's range, as a Qt date format</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>%1 – %2</source>
            <comment>first and last day of a week</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n late</source>
            <translation>
                <numerusform>%n late</numerusform>
                <numerusform>%n late</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n no-show</source>
            <translation>
                <numerusform>%n no-show</numerusform>
                <numerusform>%n no-shows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n excused</source>
            <translation>
                <numerusform>%n excused</numerusform>
                <numerusform>%n excused</numerusform>
            </translation>
        </message>
        <message>
            <location line="+30" />
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>arrived within the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Retention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>repairs that held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Satisfaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>satisfied customers, of those reached</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::app::OutboxListModel</name>
        <message>
            <location filename="../src/outbox_list_model.cpp" line="+17" />
            <source>On my way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Arrival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Work record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Completion and signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Discard of a rejected record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Start of shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>End of shift</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Self-assessment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::app::ShiftController</name>
        <message>
            <location filename="../src/shift_controller.cpp" line="+97" />
            <source>Checked in at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source> · checked out at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>no shift scheduled today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>The office has it: on time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The office has it: late.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The office has it, but no shift was scheduled for you that day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The office has it; that day is approved leave.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The shift was already checked in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Its time or place could not be verified.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::app::SignaturePad</name>
        <message>
            <location filename="../src/signature_pad.cpp" line="+181" />
            <source>Please sign in the box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>That is too short to be a signature. Please sign your name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Please enter the signer's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The name is too long (at most 100 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The name contains characters that cannot be stored.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fieldledger::app::VisitController</name>
        <message>
            <location filename="../src/visit_controller.cpp" line="+170" />
            <location line="+39" />
            <source>This job is no longer on the phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-38" />
            <source>The visit is already completed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tap Arrived first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose at least one work item.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location line="+18" />
            <source>At most %1 photos per visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-10" />
            <source>This work record cannot be saved: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>Record the work first.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
