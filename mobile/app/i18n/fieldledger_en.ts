<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>SyncPage</name>
        <message numerus="yes">
            <location filename="../qml/SyncPage.qml" line="+59" />
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
    </context>
    <context>
        <name>SyncStatusBar</name>
        <message numerus="yes">
            <location filename="../qml/SyncStatusBar.qml" line="+39" />
            <source>%n rejected</source>
            <translation>
                <numerusform>%n rejected</numerusform>
                <numerusform>%n rejected</numerusform>
            </translation>
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
    </context>
    <context>
        <name>fieldledger::app::AppSession</name>
        <message numerus="yes">
            <location filename="../src/app_session.cpp" line="+113" />
            <source>Offline · %n waiting to send</source>
            <translation>
                <numerusform>Offline · %n waiting to send</numerusform>
                <numerusform>Offline · %n waiting to send</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n waiting to send</source>
            <translation>
                <numerusform>%n waiting to send</numerusform>
                <numerusform>%n waiting to send</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+152" />
            <source>Synced. The server refused %n record(s): see Sync.</source>
            <translation>
                <numerusform>Synced. The server refused %n record: see Sync.</numerusform>
                <numerusform>Synced. The server refused %n records: see Sync.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fieldledger::app::MyScorecard</name>
        <message numerus="yes">
            <location filename="../src/my_scorecard.cpp" line="+79" />
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
    </context>
</TS>
