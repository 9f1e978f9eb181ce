<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentCardPane</name>
    <message>
        <location filename="../callback/AgentCardPane.qml" line="+21" />
        <location line="+68" />
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location line="-64" />
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+10" />
        <source>My scorecard</source>
        <translation>我的考核</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Calls</source>
        <translation>回访次数</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reached</source>
        <translation>接通率</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Called in time</source>
        <translation>按时回访</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time per call</source>
        <translation>平均通话用时</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 unreachable · %2 wrong number</source>
        <translation>%1 次未接通 · %2 次号码错误</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 of %2 first calls</source>
        <translation>首次回访 %2 次中 %1 次</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 complaints · %2 repairs</source>
        <translation>%1 条投诉 · %2 个返修单</translation>
    </message>
</context>
<context>
    <name>CallQueuePane</name>
    <message>
        <location filename="../callback/CallQueuePane.qml" line="+29" />
        <location line="+70" />
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location line="-69" />
        <location line="+70" />
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location line="-69" />
        <location line="+70" />
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <location line="-57" />
        <source>Left the queue: %1</source>
        <translation>已移出队列：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Due for a call-back: %1</source>
        <translation>待回访：%1</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+20" />
        <source>All technicians</source>
        <translation>全部技师</translation>
    </message>
    <message>
        <location line="+10" />
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <location line="+11" />
        <source>All job types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Left as unreachable</source>
        <translation>已移出（无法联系）</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Due %1 · overdue</source>
        <translation>%1 到期 · 已逾期</translation>
    </message>
    <message>
        <location line="-40" />
        <source>Nothing due. Well done.</source>
        <translation>暂无待回访，辛苦了。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Attempt %1</source>
        <translation>第 %1 次拨打</translation>
    </message>
    <message>
        <location line="+7" />
        <source>On the phone: %1</source>
        <translation>%1 正在通话</translation>
    </message>
</context>
<context>
    <name>DeskUnavailable</name>
    <message>
        <location filename="../qml/DeskUnavailable.qml" line="+33" />
        <source>This desk is not available yet in this version of FieldLedger. You are signed in; the other desks and the technicians' phones work as usual.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DispatcherDesk</name>
    <message>
        <location filename="../dispatcher/DispatcherDesk.qml" line="+7" />
        <source>The dispatcher's board</source>
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
        <location line="+2" />
        <source>The window must end after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>That job is completed or cancelled and can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The technician has already arrived; the window can no longer move.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Only a late arrival or a no-show can be excused.</source>
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
        <source>The board fell too far behind and was reloaded.</source>
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
    <name>RecordPane</name>
    <message>
        <location filename="../callback/RecordPane.qml" line="+58" />
        <source>Attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lateness</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No complaint</source>
        <translation>无投诉</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Reached (R)</source>
        <translation>已接通 (R)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unreachable (U)</source>
        <translation>未接通 (U)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wrong number (W)</source>
        <translation>号码错误 (W)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Satisfaction (1-5)</source>
        <translation>满意度 (1-5)</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Recommend 0-10 (N)</source>
        <translation>推荐意愿 0-10 (N)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Problem came back (P)</source>
        <translation>问题复发 (P)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Open a repair job for the dispatcher</source>
        <translation>为调度员新建返修工单</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Complaint (C)</source>
        <translation>投诉 (C)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>What the customer complained about</source>
        <translation>客户投诉的内容</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Comment (M)</source>
        <translation>备注 (M)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Give back (Esc)</source>
        <translation>放回队列 (Esc)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save and next (Enter)</source>
        <translation>保存并下一个 (Enter)</translation>
    </message>
</context>
<context>
    <name>VisitPane</name>
    <message>
        <location filename="../callback/VisitPane.qml" line="+22" />
        <source>early</source>
        <translation>提前到达</translation>
    </message>
    <message>
        <location line="+1" />
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <location line="+1" />
        <source>late by %1 min</source>
        <translation>迟到 %1 分钟</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no-show</source>
        <translation>未到场</translation>
    </message>
    <message>
        <location line="+1" />
        <source>late, excused by the dispatcher</source>
        <translation>迟到，调度员已豁免</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not counted</source>
        <translation>不计入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no promised window</source>
        <translation>未约定时段</translation>
    </message>
    <message>
        <location line="+5" />
        <source>reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unreachable</source>
        <translation>未接通</translation>
    </message>
    <message>
        <location line="+1" />
        <source>wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <location line="+6" />
        <source>attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location line="+1" />
        <source>lateness</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location line="+1" />
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1" />
        <source>quality</source>
        <translation>维修质量</translation>
    </message>
    <message>
        <location line="+1" />
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Opening the visit…</source>
        <translation>正在打开回访…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Press Enter for the next visit, or click one in the queue.</source>
        <translation>按 Enter 打开下一个回访，或在左侧队列中点选。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Held for you until %1</source>
        <translation>为您保留至 %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Call</source>
        <translation>拨打</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Hello, this is %1 from %2. Our technician %3 visited you on %4 for your %5. Is everything working now? On a scale of 1 to 5, how satisfied are you with the visit? How likely are you to recommend us, from 0 to 10?</source>
        <translation>您好，我是%2的%1。我们的技师%3于 %4 上门处理了您的%5。现在使用正常吗？1 到 5 分，您对这次服务的满意度是几分？从 0 到 10 分，您有多大可能向朋友推荐我们？</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Job</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 · %2 · serial %3</source>
        <translation>%1 · %2 · 序列号 %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Technician</source>
        <translation>技师</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Arrival</source>
        <translation>到达</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1, window %2 – %3: %4</source>
        <translation>%1 到达，约定时段 %2 – %3：%4</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No check-in recorded</source>
        <translation>没有签到记录</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unverified</source>
        <translation>未核实</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Completed</source>
        <translation>完工</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Work done</source>
        <translation>维修内容</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Faults: %1. Parts: %2.</source>
        <translation>故障：%1。配件：%2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No work record was sent</source>
        <translation>技师未上传维修记录</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Resolved</source>
        <translation>是否解决</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No, needs another visit</source>
        <translation>否，需要再次上门</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No fee reported</source>
        <translation>未上报费用</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (the server's check agrees)</source>
        <translation>%1（服务器核算一致）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 by the server, %2 on the phone: %3</source>
        <translation>服务器核算 %1，手机显示 %2：%3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Signed by</source>
        <translation>签字人</translation>
    </message>
    <message numerus="yes">
        <location line="+30" />
        <source>%n picture(s) not uploaded by the phone yet</source>
        <translation>
            <numerusform>还有 %n 张图片未从手机上传</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>No signature image or photos</source>
        <translation>没有签名图片或照片</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Earlier calls</source>
        <translation>历次回访</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First call to this customer</source>
        <translation>首次回访该客户</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+2" />
        <source>score %1</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+1" />
        <source>complaint: %1</source>
        <translation>投诉：%1</translation>
    </message>
</context>
<context>
    <name>fieldledger::office::CallBackDeskController</name>
    <message>
        <location filename="../callback/callback_desk_controller.cpp" line="+97" />
        <source>Another agent is on the phone with this customer. Choose another visit.</source>
        <translation>另一位回访专员正在与该客户通话，请选择其他回访。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This visit is no longer due for a call-back.</source>
        <translation>该回访已无需再拨打。</translation>
    </message>
    <message>
        <location line="+208" />
        <source>Nothing left to call right now.</source>
        <translation>目前没有待拨打的回访。</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Saved %1. Repair job %2 opened for the dispatcher.</source>
        <translation>已保存 %1。已为调度员新建返修工单 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
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
</TS>