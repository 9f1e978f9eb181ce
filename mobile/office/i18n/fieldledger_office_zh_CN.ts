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
        <name>AlertList</name>
        <message>
            <location filename="../dispatcher/AlertList.qml" line="+62" />
            <source>No window is at risk.</source>
            <translation>没有有风险的时段。</translation>
        </message>
    </context>
    <context>
        <name>BoardJobList</name>
        <message>
            <location filename="../dispatcher/BoardJobList.qml" line="+26" />
            <source>Every state</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At risk</source>
            <translation>有风险</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not yet due</source>
            <translation>未到时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On the way</source>
            <translation>在路上</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived early</source>
            <translation>提前到达</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On time</source>
            <translation>准时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late</source>
            <translation>迟到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>未到场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unverified</source>
            <translation>未核实</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown (phone offline)</source>
            <translation>未知（手机离线）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>已完工</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excused</source>
            <translation>已免责</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Search reference, customer, phone, address (Ctrl+F)</source>
            <translation>搜索工单号、客户、电话、地址（Ctrl+F）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Every team</source>
            <translation>全部班组</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Every technician</source>
            <translation>全部技师</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Window</source>
            <translation>时段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Job</source>
            <translation>工单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+93" />
            <source>No jobs match.</source>
            <translation>没有符合条件的工单。</translation>
        </message>
    </context>
    <context>
        <name>BoardTexts</name>
        <message>
            <location filename="../dispatcher/board_texts.cpp" line="+13" />
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分钟</translation>
        </message>
        <message>
            <location line="+47" />
            <source>outside the fence by %1 m</source>
            <translation>超出围栏 %1 米</translation>
        </message>
        <message>
            <location line="+4" />
            <source>clock corrected by %1</source>
            <translation>时钟校正 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>mock location</source>
            <translation>模拟定位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no position</source>
            <translation>无定位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location line="+6" />
            <source>not yet due</source>
            <translation>未到时间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>on the way</source>
            <translation>在路上</translation>
        </message>
        <message>
            <location line="+2" />
            <source>arrived early</source>
            <translation>提前到达</translation>
        </message>
        <message>
            <location line="+2" />
            <source>on time</source>
            <translation>准时</translation>
        </message>
        <message>
            <location line="+2" />
            <source>late by %1</source>
            <translation>迟到 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no-show</source>
            <translation>未到场</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unverified arrival: %1</source>
            <translation>到达未核实：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>completed</source>
            <translation>已完工</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+2" />
            <source>excused</source>
            <translation>已免责</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unknown: phone offline since %1</source>
            <translation>未知：手机自 %1 起离线</translation>
        </message>
        <message>
            <location line="+2" />
            <source>unknown: phone has never synced</source>
            <translation>未知：手机从未同步</translation>
        </message>
        <message>
            <location line="+8" />
            <source>not set off; window ends in %1</source>
            <translation>尚未出发；时段 %1 后结束</translation>
        </message>
        <message>
            <location line="+3" />
            <source>about %1 away; window ends in %2</source>
            <translation>约 %1 路程；时段 %2 后结束</translation>
        </message>
        <message>
            <location line="+4" />
            <source>phone quiet since %1</source>
            <translation>手机自 %1 起无消息</translation>
        </message>
        <message>
            <location line="+2" />
            <source>phone has never synced</source>
            <translation>手机从未同步</translation>
        </message>
    </context>
    <context>
        <name>BoardTimeline</name>
        <message>
            <location filename="../dispatcher/BoardTimeline.qml" line="+234" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Assign to</source>
            <translation>改派给</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Reschedule…</source>
            <translation>改期…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Excuse…</source>
            <translation>免责…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cancel job…</source>
            <translation>取消工单…</translation>
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
            <location line="+9" />
            <source>Overdue only</source>
            <translation>仅看逾期</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Left as unreachable</source>
            <translation>已移出（无法联系）</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing due. Well done.</source>
            <translation>暂无待回访，辛苦了。</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Due %1 · overdue</source>
            <translation>%1 到期 · 已逾期</translation>
        </message>
        <message>
            <location line="+1" />
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
        <name>CreateJobDialog</name>
        <message>
            <location filename="../dispatcher/CreateJobDialog.qml" line="+19" />
            <source>New job</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Times are HH:MM, the date YYYY-MM-DD.</source>
            <translation>时间格式为 时:分，日期格式为 年-月-日。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The site needs its latitude and longitude (decimal degrees).</source>
            <translation>需要填写现场的纬度和经度（十进制度数）。</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Latitude</source>
            <translation>纬度</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Longitude</source>
            <translation>经度</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Category</source>
            <translation>品类</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. phone, tv, aircon</source>
            <translation>例如：phone、tv、aircon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serial</source>
            <translation>序列号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Job type</source>
            <translation>工单类型</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Repair</source>
            <translation>维修</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Installation</source>
            <translation>安装</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maintenance</source>
            <translation>保养</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Purchased</source>
            <translation>购买日期</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>YYYY-MM-DD</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Activated</source>
            <translation>激活日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Window</source>
            <translation>时段</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Problem</source>
            <translation>故障描述</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Create job</source>
            <translation>创建工单</translation>
        </message>
    </context>
    <context>
        <name>DeskUnavailable</name>
        <message>
            <location filename="../qml/DeskUnavailable.qml" line="+32" />
            <source>This desk is not available yet in this version of FieldLedger. You are signed in; the other desks and the technicians' phones work as usual.</source>
            <translation>此版本的 FieldLedger 尚未提供该工作台。您已登录；其他工作台和技师手机照常可用。</translation>
        </message>
    </context>
    <context>
        <name>DispatcherDesk</name>
        <message>
            <location filename="../dispatcher/DispatcherDesk.qml" line="+62" />
            <source>Previous day (Alt+Left)</source>
            <translation>前一天（Alt+←）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Next day (Alt+Right)</source>
            <translation>后一天（Alt+→）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location line="+7" />
            <source>YYYY-MM-DD</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Live</source>
            <translation>实时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reconnecting…</source>
            <translation>正在重新连接…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New job</source>
            <translation>新建工单</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Create a job (Ctrl+N)</source>
            <translation>新建工单（Ctrl+N）</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Jobs (%1)</source>
            <translation>工单（%1）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>At risk (%1)</source>
            <translation>风险（%1）</translation>
        </message>
    </context>
    <context>
        <name>JobDetail</name>
        <message>
            <location filename="../dispatcher/JobDetail.qml" line="+76" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Window</source>
            <translation>时段</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled because</source>
            <translation>取消原因</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Excused because</source>
            <translation>免责原因</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Flagged</source>
            <translation>已标记</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Assign</source>
            <translation>改派</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reschedule…</source>
            <translation>改期…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancel job…</source>
            <translation>取消工单…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Excuse…</source>
            <translation>免责…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Revoke excusal…</source>
            <translation>撤销免责…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Accept arrival…</source>
            <translation>认可到达…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Reason: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Loading the history…</source>
            <translation>正在加载历史记录…</translation>
        </message>
    </context>
    <context>
        <name>ManagerAssessmentTab</name>
        <message>
            <location filename="../manager/ManagerAssessmentTab.qml" line="+44" />
            <source>Publish %1?</source>
            <translation>发布%1？</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Every technician's figures and pay for the month are frozen as they are now, with the policy versions. Later data is shown as "changed since publication" and never rewrites them. Comments and self-assessments for the month can no longer be changed. This cannot be undone.</source>
            <translation>本月每位技师的数据和薪酬将按当前结果连同政策版本一起冻结。之后的数据只显示为“发布后有变化”，不会改写已发布的结果。本月的评语和自评将不能再修改。此操作无法撤销。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Note (optional)</source>
            <translation>备注（可选）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Publish</source>
            <translation>发布</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Assessment for %1</source>
            <translation>%1考核</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not published yet: the figures below are live.</source>
            <translation>尚未发布：以下为实时数据。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The month has not ended: it can be published once it is over.</source>
            <translation>本月尚未结束：结束后才能发布。</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+115" />
            <source>Published</source>
            <translation>已发布</translation>
        </message>
        <message>
            <location line="-115" />
            <source>Publish the month…</source>
            <translation>发布本月…</translation>
        </message>
        <message>
            <location line="+56" />
            <source>self-assessment written</source>
            <translation>已写自评</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no self-assessment</source>
            <translation>未写自评</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+82" />
            <source>changed since publication</source>
            <translation>发布后有变化</translation>
        </message>
        <message>
            <location line="-35" />
            <source>Metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Live</source>
            <translation>实时</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Pay: %1 published (%2), live %3 (%4)</source>
            <translation>薪酬：已发布 %1（%2），实时 %3（%4）</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+2" />
            <source>metric bonus earned</source>
            <translation>获得指标奖金</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+1" />
            <location line="+2" />
            <source>no metric bonus</source>
            <translation>无指标奖金</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Pay: %1 (%2)</source>
            <translation>薪酬：%1（%2）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Pay changed since publication: the published pay stays as it was paid.</source>
            <translation>发布后薪酬有变化：已发布的薪酬保持发放时的金额。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Self-assessment</source>
            <translation>自评</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 has not written a self-assessment for this month.</source>
            <translation>%1 本月尚未填写自评。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Assessor's comment</source>
            <translation>考核人评语</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No comment was written.</source>
            <translation>未写评语。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your comment on the month (at most 4000 bytes)</source>
            <translation>您对本月的评语（最多 4000 字节）</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Save comment</source>
            <translation>保存评语</translation>
        </message>
    </context>
    <context>
        <name>ManagerAttendanceTab</name>
        <message>
            <location filename="../manager/ManagerAttendanceTab.qml" line="+47" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>签到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave reason</source>
            <translation>请假原因</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Shift schedule for %1</source>
            <translation>%1排班表</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add a shift</source>
            <translation>添加班次</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Import CSV…</source>
            <translation>导入 CSV…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Columns: technician (username), start, end (YYYY-MM-DD HH:MM, company time), leave (yes/no), leave_reason. Any bad line refuses the whole file.</source>
            <translation>列：technician（用户名）、start、end（年-月-日 时:分，公司时区）、leave（yes/no）、leave_reason。任何一行有误，整个文件都不导入。</translation>
        </message>
        <message>
            <location line="+58" />
            <source>No shifts scheduled this month.</source>
            <translation>本月没有排班。</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Move</source>
            <translation>调整</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Withdraw leave</source>
            <translation>撤销请假</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Approve leave</source>
            <translation>批准请假</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Attendance rate</source>
            <translation>出勤率</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Shifts attended by start + grace / shifts due, leave excluded. Scoring policy %1.</source>
            <translation>在上班时间加宽限期内签到的班次 / 应出勤班次（不含请假）。评分政策 %1。</translation>
        </message>
    </context>
    <context>
        <name>ManagerDesk</name>
        <message>
            <location filename="../manager/ManagerDesk.qml" line="+32" />
            <source>Scorecards</source>
            <translation>绩效卡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PK ranking</source>
            <translation>PK 排名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay</source>
            <translation>薪酬</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service revenue</source>
            <translation>服务收入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trends</source>
            <translation>趋势</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schedule</source>
            <translation>排班与出勤</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The schedule is shown per calendar month</source>
            <translation>排班按自然月显示</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessed per calendar month, every technician</source>
            <translation>按自然月考核全部技师</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay is computed per calendar month</source>
            <translation>薪酬按自然月计算</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Assessment</source>
            <translation>考核</translation>
        </message>
    </context>
    <context>
        <name>ManagerExplanationPane</name>
        <message>
            <location filename="../manager/ManagerExplanationPane.qml" line="+24" />
            <source>Why: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Close the explanation</source>
            <translation>关闭说明</translation>
        </message>
        <message>
            <location line="+11" />
            <source>As computed at %1</source>
            <translation>计算时间 %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No jobs in this figure for the period.</source>
            <translation>本周期内此项没有工单。</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Counts in: %1</source>
            <translation>计入：%1</translation>
        </message>
    </context>
    <context>
        <name>ManagerExport</name>
        <message>
            <location filename="../manager/src/manager_export.cpp" line="+42" />
            <location line="+81" />
            <source>no data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Cannot create the workbook.</source>
            <translation>无法创建工作簿。</translation>
        </message>
        <message>
            <location line="+231" />
            <location line="+11" />
            <source>Cannot write the PDF file.</source>
            <translation>无法写入 PDF 文件。</translation>
        </message>
    </context>
    <context>
        <name>ManagerExportMenu</name>
        <message>
            <location filename="../manager/ManagerExportMenu.qml" line="+14" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
    </context>
    <context>
        <name>ManagerFilterBar</name>
        <message>
            <location filename="../manager/ManagerFilterBar.qml" line="+78" />
            <source>Show</source>
            <translation>查看</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Whom to show</source>
            <translation>查看对象</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Period</source>
            <translation>周期</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Day</source>
            <translation>日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ISO week</source>
            <translation>ISO 周</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <location line="-82" />
            <source>Pay is computed per calendar month</source>
            <translation>薪酬按自然月计算</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Previous period</source>
            <translation>上一周期</translation>
        </message>
        <message>
            <location line="+13" />
            <source>A day in the period</source>
            <translation>周期内的某一天</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Next period</source>
            <translation>下一周期</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <location line="+8" />
            <source>From</source>
            <translation>开始</translation>
        </message>
        <message>
            <location line="+8" />
            <source>to (inclusive)</source>
            <translation>至（含）</translation>
        </message>
    </context>
    <context>
        <name>ManagerKpiTile</name>
        <message>
            <location filename="../manager/ManagerKpiTile.qml" line="+35" />
            <source>target met</source>
            <translation>达标</translation>
        </message>
        <message>
            <location line="+0" />
            <source>target missed</source>
            <translation>未达标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no data for the target</source>
            <translation>无数据，无法判断达标</translation>
        </message>
        <message>
            <location line="+41" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Why? Show the jobs →</source>
            <translation>为什么？查看工单 →</translation>
        </message>
    </context>
    <context>
        <name>ManagerPayTab</name>
        <message>
            <location filename="../manager/ManagerPayTab.qml" line="+46" />
            <source>Technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revenue</source>
            <translation>收入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base</source>
            <translation>基本工资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share</source>
            <translation>提成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metric bonus</source>
            <translation>指标奖金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rank rewards</source>
            <translation>排名奖励</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+173" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="-154" />
            <source>Pay for %1</source>
            <translation>%1 薪酬</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pay policy %1 · scoring policy %2 · computed %3</source>
            <translation>薪酬规则 %1 · 考核规则 %2 · 计算于 %3</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Month's pay as Excel</source>
            <translation>本月薪酬（Excel）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pay table as CSV</source>
            <translation>薪酬表（CSV）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Selected payslip as PDF</source>
            <translation>所选工资单（PDF）</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Every payslip as PDF</source>
            <translation>全部工资单（PDF）</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Total for the month: %1</source>
            <translation>本月合计：%1</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Bonus gate: passed</source>
            <translation>奖金门槛：已通过</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bonus gate: not passed</source>
            <translation>奖金门槛：未通过</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1 (%2), target %3: %4</source>
            <translation>%1（%2），目标 %3：%4</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Fee differences, not counted as revenue</source>
            <translation>费用不一致，不计入收入</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: server %2, device %3 (%4)</source>
            <translation>%1：服务器 %2，手机 %3（%4）</translation>
        </message>
    </context>
    <context>
        <name>ManagerRankingTab</name>
        <message>
            <location filename="../manager/ManagerRankingTab.qml" line="+32" />
            <source>Place</source>
            <translation>名次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Successes / trials</source>
            <translation>达成 / 样本</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation>比率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wilson lower bound</source>
            <translation>Wilson 下限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rank reward</source>
            <translation>排名奖励</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+13" />
            <source>On-time arrival</source>
            <translation>及时到达率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repair retention</source>
            <translation>维修保持率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer satisfaction</source>
            <translation>客户满意率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>出勤率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First-time fix</source>
            <translation>一次修复率</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Ranking as CSV</source>
            <translation>排名（CSV）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Ranked by the lower bound of the 95% Wilson interval, so a small lucky sample does not outrank a large good one. Scoring policy %1 · computed %2</source>
            <translation>按 95% Wilson 区间下限排名，小样本的偶然好成绩不会排在大样本的稳定好成绩之前。考核规则 %1 · 计算于 %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Rank rewards as the pay policy %1 pays them with this month's pay.</source>
            <translation>排名奖励按薪酬规则 %1 计算，随本月薪酬发放。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rank rewards are paid on a month's ranking: choose Month to see them.</source>
            <translation>排名奖励按月度排名发放：选择“月”即可查看。</translation>
        </message>
        <message>
            <location line="+62" />
            <source>tied</source>
            <translation>并列</translation>
        </message>
    </context>
    <context>
        <name>ManagerReasonDialog</name>
        <message>
            <location filename="../manager/ManagerReasonDialog.qml" line="+19" />
            <source>Delete the shift</source>
            <translation>删除班次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approve leave for the shift</source>
            <translation>批准该班次请假</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdraw the leave</source>
            <translation>撤销请假</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Reason for the leave (stored with the change)</source>
            <translation>请假原因（随更改一并保存）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason (stored with the change)</source>
            <translation>原因（随更改一并保存）</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Confirm</source>
            <translation>确认</translation>
        </message>
    </context>
    <context>
        <name>ManagerRevenueTab</name>
        <message>
            <location filename="../manager/ManagerRevenueTab.qml" line="+32" />
            <location line="+7" />
            <source>Technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jobs</source>
            <translation>工单数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revenue</source>
            <translation>收入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fee differences</source>
            <translation>费用不一致</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Job</source>
            <translation>工单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server fee</source>
            <translation>服务器核定费用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Device fee</source>
            <translation>手机记录费用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>核对结果</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Service revenue · %1</source>
            <translation>服务收入 · %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Fees of the period's completed jobs as the server checked them; a job whose device fee differed is listed apart and not counted.</source>
            <translation>本周期完工工单经服务器核对的费用；手机记录费用不一致的工单单独列出，不计入收入。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Revenue as CSV</source>
            <translation>收入（CSV）</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fee differences as CSV</source>
            <translation>费用不一致（CSV）</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Fee differences (%1), not counted as revenue</source>
            <translation>费用不一致（%1 个），不计入收入</translation>
        </message>
        <message>
            <location line="+5" />
            <source>None: every completed job's device fee matched the server's.</source>
            <translation>无：所有完工工单的手机费用都与服务器一致。</translation>
        </message>
    </context>
    <context>
        <name>ManagerScorecard</name>
        <message>
            <location filename="../manager/src/scorecard_models.cpp" line="+30" />
            <source>target %1</source>
            <translation>目标 %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No data</source>
            <translation>暂无数据</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n job(s)</source>
            <translation>
                <numerusform>%n 个工单</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>median %1 · 90th percentile %2</source>
            <translation>中位数 %1 · 90 分位 %2</translation>
        </message>
        <message>
            <location line="+66" />
            <source>early %1 · on time %2 · late %3 · no-show %4</source>
            <translation>提前 %1 · 准时 %2 · 迟到 %3 · 未上门 %4</translation>
        </message>
        <message>
            <location line="+6" />
            <source>excused %1 · pending %2 · unverified %3 · excluded %4</source>
            <translation>免责 %1 · 待定 %2 · 未核实 %3 · 排除 %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source>minutes late: median %1 · 90th percentile %2</source>
            <translation>迟到时长：中位数 %1 · 90 分位 %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>pending %1 (retention window still open)</source>
            <translation>待定 %1（保持观察期未结束）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>mean score %1 of 5</source>
            <translation>平均分 %1（满分 5）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>mean score: no data</source>
            <translation>平均分：暂无数据</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>NPS %1 (%n answer(s))</source>
            <translation>
                <numerusform>NPS %1（%n 份回答）</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>NPS: not asked</source>
            <translation>NPS：未调查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reached %1 of %2 call-backs</source>
            <translation>回访 %2 次，接通 %1 次</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+119" />
            <source>Call-back reach</source>
            <translation>回访接通率</translation>
        </message>
        <message>
            <location line="-118" />
            <source>customers reached / call-backs attempted</source>
            <translation>接通的客户 / 尝试回访</translation>
        </message>
        <message>
            <location line="+6" />
            <source>shifts attended / shifts scheduled</source>
            <translation>出勤班次 / 排班班次</translation>
        </message>
        <message>
            <location line="+3" />
            <source>resolved on the first visit / completed jobs</source>
            <translation>首次上门解决 / 完工工单</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Response time</source>
            <translation>响应时间</translation>
        </message>
        <message>
            <location line="+4" />
            <source>job created → trusted arrival</source>
            <translation>建单 → 可信到达</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Resolution time</source>
            <translation>解决时间</translation>
        </message>
        <message>
            <location line="+3" />
            <source>job created → completed</source>
            <translation>建单 → 完工</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Scorecard</source>
            <translation>绩效卡</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+74" />
            <source>KPI</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="-73" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>计数</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+103" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location line="-102" />
            <source>Bonus gate</source>
            <translation>奖金门槛</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Explanations</source>
            <translation>明细</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Job</source>
            <translation>工单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts in</source>
            <translation>计入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Bonus gate: passed</source>
            <translation>奖金门槛：已通过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bonus gate: not passed</source>
            <translation>奖金门槛：未通过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation>比率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
    </context>
    <context>
        <name>ManagerScorecardTab</name>
        <message>
            <location filename="../manager/ManagerScorecardTab.qml" line="+70" />
            <source>Scoring policy %1 · computed %2</source>
            <translation>考核规则 %1 · 计算于 %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Service revenue</source>
            <translation>服务收入</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n job(s) with a checked fee</source>
            <translation>
                <numerusform>%n 个工单费用已核对</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Scorecard as PDF</source>
            <translation>绩效卡（PDF）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Explanations as CSV</source>
            <translation>明细（CSV）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Bonus gate passed: every gated metric met its target</source>
            <translation>奖金门槛已通过：所有门槛指标均达标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bonus gate not passed: the metric bonus is not earned</source>
            <translation>奖金门槛未通过：不发指标奖金</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1: no data (target %2)</source>
            <translation>%1：无数据（目标 %2）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2 (target %3) %4</source>
            <translation>%1：%2（目标 %3）%4</translation>
        </message>
    </context>
    <context>
        <name>ManagerShiftDialog</name>
        <message>
            <location filename="../manager/ManagerShiftDialog.qml" line="+23" />
            <source>Move the shift</source>
            <translation>调整班次</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a shift</source>
            <translation>添加班次</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+5" />
            <source>YYYY-MM-DD</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start</source>
            <translation>开始</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+7" />
            <source>HH:MM</source>
            <translation>时:分</translation>
        </message>
        <message>
            <location line="-5" />
            <source>End</source>
            <translation>结束</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Times are in the company's time zone; an end before the start is on the next day.</source>
            <translation>时间按公司时区；结束早于开始即为次日结束。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Why the shift moves (stored with the change)</source>
            <translation>调整原因（随更改一并保存）</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Move</source>
            <translation>调整</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
    </context>
    <context>
        <name>ManagerText</name>
        <message>
            <location filename="../manager/src/manager_text.cpp" line="+42" />
            <source>On-time arrival</source>
            <translation>及时到达率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Repair retention</source>
            <translation>维修保持率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customer satisfaction</source>
            <translation>客户满意率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attendance</source>
            <translation>出勤率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First-time fix</source>
            <translation>一次修复率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown metric</source>
            <translation>未知指标</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No data</source>
            <translation>暂无数据</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <location line="+6" />
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 min</source>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分钟</translation>
        </message>
        <message>
            <location line="+10" />
            <source>early</source>
            <translation>提前</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+28" />
            <source>on time</source>
            <translation>准时</translation>
        </message>
        <message>
            <location line="-27" />
            <source>late</source>
            <translation>迟到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no-show</source>
            <translation>未到场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pending</source>
            <translation>待定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>excluded</source>
            <translation>排除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>excused</source>
            <translation>已免责</translation>
        </message>
        <message>
            <location line="+1" />
            <source>counts for</source>
            <translation>计为达成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>counts against</source>
            <translation>计为未达成</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+81" />
            <source>not counted</source>
            <translation>不计入</translation>
        </message>
        <message>
            <location line="-62" />
            <source>early by %1 min</source>
            <translation>提前 %1 分钟</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unverified arrival counted as late</source>
            <translation>到达未核实，按迟到计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>late by %1 min</source>
            <translation>迟到 %1 分钟</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no-show: no check-in by %1</source>
            <translation>未上门：%1 前未签到</translation>
        </message>
        <message>
            <location line="+2" />
            <source>pending: window open until %1</source>
            <translation>待定：预约时段至 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>excluded: cancelled</source>
            <translation>排除：已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>excluded: rescheduled</source>
            <translation>排除：已改期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>excluded: unverified arrival (policy)</source>
            <translation>排除：到达未核实（按规则）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>excused by %1: %2</source>
            <translation>%1 免责：%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>held: no repeat repair within %1 days</source>
            <translation>保持：%1 天内无返修</translation>
        </message>
        <message>
            <location line="+2" />
            <source>pending: retention window open until %1</source>
            <translation>待定：保持观察期至 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>repeat repair on %1 within %2 days (job %3)</source>
            <translation>%1 返修，在 %2 天内（工单 %3）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>call-back on %1 reported the problem came back</source>
            <translation>%1 回访反映问题复发</translation>
        </message>
        <message>
            <location line="+2" />
            <source>reached, no score given (call-back %1)</source>
            <translation>已接通，未打分（%1 回访）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reached, no score given</source>
            <translation>已接通，未打分</translation>
        </message>
        <message>
            <location line="+2" />
            <source>score %1 ≥ %2, satisfied (call-back %3)</source>
            <translation>评分 %1 ≥ %2，满意（%3 回访）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>score %1 &lt; %2, not satisfied (call-back %3)</source>
            <translation>评分 %1 &lt; %2，不满意（%3 回访）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>score %1 ≥ %2, satisfied</source>
            <translation>评分 %1 ≥ %2，满意</translation>
        </message>
        <message>
            <location line="+2" />
            <source>score %1 &lt; %2, not satisfied</source>
            <translation>评分 %1 &lt; %2，不满意</translation>
        </message>
        <message>
            <location line="+1" />
            <source>customer reached</source>
            <translation>已接通客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>call-back could not reach the customer</source>
            <translation>回访未能接通客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>resolved on the first visit</source>
            <translation>首次上门即解决</translation>
        </message>
        <message>
            <location line="+2" />
            <source>needed more than one visit</source>
            <translation>需要多次上门</translation>
        </message>
        <message>
            <location line="+2" />
            <source>checked in %1 min after shift start (grace %2 min)</source>
            <translation>上班后 %1 分钟才签到（宽限 %2 分钟）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>checked in %1</source>
            <translation>%1 签到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no check-in</source>
            <translation>未签到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>approved leave</source>
            <translation>已批准请假</translation>
        </message>
        <message>
            <location line="+2" />
            <source>pending: check-in open until %1</source>
            <translation>待定：可签到至 %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>numerator and denominator</source>
            <translation>分子和分母</translation>
        </message>
        <message>
            <location line="+1" />
            <source>denominator only</source>
            <translation>仅分母</translation>
        </message>
        <message>
            <location line="+12" />
            <source>met</source>
            <translation>达标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>missed</source>
            <translation>未达标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <location line="+8" />
            <source>unranked: %1 in the sample, the minimum is %2</source>
            <translation>不参与排名：样本 %1，最少需要 %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>unranked</source>
            <translation>不参与排名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>#%1</source>
            <comment>a place in the ranking</comment>
            <translation>第 %1 名</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The phone used a fee policy the server does not have; recomputed</source>
            <translation>手机使用了服务器没有的收费政策；已重新计算</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server's fee policy cannot price this job</source>
            <translation>服务器的收费政策无法为此工单计价</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The phone charged a different fee</source>
            <translation>手机收取的费用与服务器不同</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Same fee, but the quote differs (visit date or entitlements)</source>
            <translation>费用相同，但报价不同（上门日期或权益）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Base pay</source>
            <translation>基本工资</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Revenue share %1 of %2</source>
            <translation>服务收入 %2 的 %1 提成</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Metric bonus: no gated metrics</source>
            <translation>指标奖金：没有门槛指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metric bonus: every gated metric met its target</source>
            <translation>指标奖金：所有门槛指标均达标</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 has no data (target %2)</source>
            <translation>%1 无数据（目标 %2）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 %2 missed its %3 target</source>
            <translation>%1 %2，未达到目标 %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Metric bonus 0: %1</source>
            <translation>指标奖金为 0：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rank reward: %1, %2</source>
            <translation>排名奖励：%1，%2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2 to %3)</source>
            <translation>%1（%2 至 %3）</translation>
        </message>
    </context>
    <context>
        <name>ManagerTrendTab</name>
        <message>
            <location filename="../manager/ManagerTrendTab.qml" line="+44" />
            <source>On-time arrival</source>
            <translation>及时到达率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repair retention</source>
            <translation>维修保持率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer satisfaction</source>
            <translation>客户满意率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>出勤率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First-time fix</source>
            <translation>一次修复率</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Trend as CSV</source>
            <translation>趋势（CSV）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Weeks</source>
            <translation>按周</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Months</source>
            <translation>按月</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Last 6</source>
            <translation>最近 6 个</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Last 12</source>
            <translation>最近 12 个</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Dashed line: the policy's target %1.</source>
            <translation>虚线：规则目标 %1。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scoring policy %1 · computed %2</source>
            <translation>考核规则 %1 · 计算于 %2</translation>
        </message>
        <message>
            <location line="+25" />
            <source>target %1</source>
            <translation>目标 %1</translation>
        </message>
    </context>
    <context>
        <name>OfficeErrors</name>
        <message>
            <location filename="../src/office_errors.cpp" line="+16" />
            <source>That job no longer exists.</source>
            <translation>该工单已不存在。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That technician is not in your company.</source>
            <translation>该技师不属于您的公司。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a reason: it is stored with the change.</source>
            <translation>请填写原因：原因会随更改一并保存。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>That job is completed or cancelled and can no longer change.</source>
            <translation>该工单已完工或已取消，不能再更改。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The technician has already arrived; the window can no longer move.</source>
            <translation>技师已到达，时段不能再更改。</translation>
        </message>
        <message>
            <location line="-6" />
            <source>The window must end after it starts, in the future, within 7 days.</source>
            <translation>时段必须先开始后结束、尚未结束，且不超过 7 天。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The arrival was early or on time: there is nothing to excuse.</source>
            <translation>到达是提前或准时的，无需免责。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>That job has no promised window: there is nothing to excuse.</source>
            <translation>该工单没有承诺时段，无需免责。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The arrival is unverified and the scoring policy leaves it out of the on-time rate: an excusal would change nothing.</source>
            <translation>该到达未经核实，评分策略已将其排除在准时率之外：免责不会改变任何结果。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Jobs can only be assigned to technicians.</source>
            <translation>工单只能派给技师。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That technician's account is disabled.</source>
            <translation>该技师的账号已停用。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A field is longer than 500 characters: %1</source>
            <translation>字段超过 500 个字符：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The coordinates are out of range (latitude -90 to 90, longitude -180 to 180).</source>
            <translation>坐标超出范围（纬度 -90 到 90，经度 -180 到 180）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The window closed with no arrival: excuse the no-show instead of moving it.</source>
            <translation>时段已结束且无人到达：请为未到场免责，而不是改期。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The day must be YYYY-MM-DD.</source>
            <translation>日期格式必须为 年-月-日。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That job has no excusal to revoke.</source>
            <translation>该工单没有可撤销的免责。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That job has no unverified arrival to accept.</source>
            <translation>该工单没有待认可的未核实到达。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A required field is empty: %1</source>
            <translation>必填项为空：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A date is not valid: %1</source>
            <translation>日期无效：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A field holds characters that cannot be stored (control characters or broken text): %1</source>
            <translation>字段含有无法保存的字符（控制字符或损坏的文字）：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This request was already sent with different content; reload and try again.</source>
            <translation>此请求已以不同内容发送过；请刷新后重试。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="+1" />
            <source>product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>serial</source>
            <translation>序列号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>category</source>
            <translation>品类</translation>
        </message>
        <message>
            <location line="+1" />
            <source>purchase date</source>
            <translation>购买日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>activation date</source>
            <translation>激活日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>problem</source>
            <translation>故障描述</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reference</source>
            <translation>工单号</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Cannot reach the server; check the connection and try again.</source>
            <translation>无法连接服务器，请检查网络后重试。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your sign-in has expired; sign in again.</source>
            <translation>登录已过期，请重新登录。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your role may not do that.</source>
            <translation>您的角色无权执行此操作。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server refused: %1</source>
            <translation>服务器拒绝：%1</translation>
        </message>
    </context>
    <context>
        <name>OfficeMain</name>
        <message>
            <location filename="../qml/OfficeMain.qml" line="+14" />
            <source>FieldLedger office</source>
            <translation>FieldLedger 办公台</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Dispatcher</source>
            <translation>调度员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Call-back agent</source>
            <translation>回访专员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service manager</source>
            <translation>服务经理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <location line="+13" />
            <source>FieldLedger</source>
            <translation>FieldLedger 外勤</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <location filename="../dispatcher/ReasonDialog.qml" line="+22" />
            <source>Cancel the job</source>
            <translation>取消工单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excuse the late arrival or no-show</source>
            <translation>为迟到或未到场免责</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revoke the excusal</source>
            <translation>撤销免责</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accept the unverified arrival</source>
            <translation>认可未核实的到达</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Reason (stored with the change)</source>
            <translation>原因（随更改一并保存）</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Confirm</source>
            <translation>确认</translation>
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
            <location line="+12" />
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
        <name>RescheduleDialog</name>
        <message>
            <location filename="../dispatcher/RescheduleDialog.qml" line="+20" />
            <location line="+85" />
            <source>Reschedule</source>
            <translation>改期</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Times are HH:MM, the date YYYY-MM-DD.</source>
            <translation>时间格式为 时:分，日期格式为 年-月-日。</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From</source>
            <translation>开始</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To</source>
            <translation>结束</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. the customer asked</source>
            <translation>例如：客户要求</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Back</source>
            <translation>返回</translation>
        </message>
    </context>
    <context>
        <name>ShiftImport</name>
        <message>
            <location filename="../manager/src/shift_import_text.cpp" line="+23" />
            <source>the file is empty (a header row is expected)</source>
            <translation>文件为空（应有表头行）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>a quoted field is not closed</source>
            <translation>引号内的字段没有闭合</translation>
        </message>
        <message>
            <location line="+2" />
            <source>end must be after start</source>
            <translation>结束时间必须晚于开始时间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a shift lasts at most 24 hours</source>
            <translation>一个班次最长 24 小时</translation>
        </message>
        <message>
            <location line="+3" />
            <source>start is more than 400 days from today</source>
            <translation>开始时间距今超过 400 天</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the header has no column '%1'</source>
            <translation>表头缺少列“%1”</translation>
        </message>
        <message>
            <location line="+4" />
            <source>column technician: no technician with username '%1' in this company</source>
            <translation>technician 列：本公司没有用户名为“%1”的技师</translation>
        </message>
        <message>
            <location line="+5" />
            <source>column %1: '%2' is not a time (write YYYY-MM-DD HH:MM)</source>
            <translation>%1 列：“%2”不是时间（请写成 年-月-日 时:分）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>column leave: write yes or no, not '%1'</source>
            <translation>leave 列：请填 yes 或 no，而不是“%1”</translation>
        </message>
        <message>
            <location line="+4" />
            <source>column %1: longer than %2 bytes</source>
            <translation>%1 列：超过 %2 字节</translation>
        </message>
        <message>
            <location line="+4" />
            <source>column %1: not valid UTF-8 (byte %2)</source>
            <translation>%1 列：不是有效的 UTF-8（第 %2 字节）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>column %1: contains a control character (byte %2)</source>
            <translation>%1 列：含有控制字符（第 %2 字节）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>(%1 more lines)</source>
            <translation>（另有 %1 行）</translation>
        </message>
    </context>
    <context>
        <name>VisitPane</name>
        <message>
            <location filename="../callback/VisitPane.qml" line="+22" />
            <source>early</source>
            <translation>提前</translation>
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
            <translation>已完工</translation>
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
                <numerusform>还有 %n 张图片未从手机上传</numerusform>
            </translation>
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
        <name>fieldledger::office::Call</name>
        <message>
            <location filename="../manager/src/attendance_model.cpp" line="+252" />
            <source>Nothing was imported: fix these lines.</source>
            <translation>未导入任何内容：请修正以下各行。</translation>
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
        <name>fieldledger::office::DispatcherBoard</name>
        <message>
            <location filename="../dispatcher/dispatcher_board.cpp" line="+80" />
            <source>Today, %1</source>
            <translation>今天，%1</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::office::FeeDifferenceModel</name>
        <message>
            <location filename="../manager/src/revenue_model.cpp" line="+61" />
            <source>Fee differences</source>
            <translation>费用不一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Job</source>
            <translation>工单</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server fee</source>
            <translation>服务器核定费用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Device fee</source>
            <translation>手机记录费用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check</source>
            <translation>核对结果</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::office::JobHistoryModel</name>
        <message>
            <location filename="../dispatcher/job_history_model.cpp" line="+55" />
            <source>Job created</source>
            <translation>创建工单</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On my way</source>
            <translation>出发</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Arrived (verified)</source>
            <translation>到达（已核实）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Arrived (unverified)</source>
            <translation>到达（未核实）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Work recorded</source>
            <translation>记录维修</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Completed and signed</source>
            <translation>完工并签字</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Call-back</source>
            <translation>回访</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone record refused by the server</source>
            <translation>服务器拒收的手机记录</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reassigned</source>
            <translation>改派</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rescheduled</source>
            <translation>改期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excused</source>
            <translation>已免责</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excusal revoked</source>
            <translation>撤销免责</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unverified arrival accepted</source>
            <translation>认可未核实的到达</translation>
        </message>
        <message>
            <location line="+13" />
            <source>faults: %1</source>
            <translation>故障：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location line="+0" />
            <source>needs another visit</source>
            <translation>需要再次上门</translation>
        </message>
        <message>
            <location line="+5" />
            <source>fee %1 yuan, checked by the server</source>
            <translation>费用 %1 元，服务器核对一致</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fee %1 yuan; server check: %2</source>
            <translation>费用 %1 元；服务器核对：%2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>signed by %1</source>
            <translation>签字人：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>customer not reached</source>
            <translation>未联系上客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>score %1 of 5</source>
            <translation>评分 %1 / 5</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the problem came back</source>
            <translation>问题复发</translation>
        </message>
        <message>
            <location line="+6" />
            <source>was a no-show</source>
            <translation>原为未到场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>was late</source>
            <translation>原为迟到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>excused in advance</source>
            <translation>提前免责</translation>
        </message>
        <message>
            <location line="+28" />
            <source>no position</source>
            <translation>无定位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, %2 (±%3 m)%4</source>
            <translation>%1, %2（±%3 米）%4</translation>
        </message>
        <message>
            <location line="+4" />
            <source>, mock location</source>
            <translation>，模拟定位</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerAssessmentModel</name>
        <message>
            <location filename="../manager/src/assessment_model.cpp" line="+36" />
            <source>%1 · %2</source>
            <comment>fraction · percent</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location line="+76" />
            <source>written %1 · received %2</source>
            <translation>填写于 %1 · 收到于 %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, %2</source>
            <comment>assessor, when</comment>
            <translation>%1，%2</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Published by %1; figures frozen as of %2 (scoring policy %3, pay policy %4).</source>
            <translation>由 %1 发布；数据冻结于 %2（评分政策 %3，薪酬政策 %4）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Note: %1</source>
            <translation>备注：%1</translation>
        </message>
        <message>
            <location line="+77" />
            <source>Comment saved</source>
            <translation>评语已保存</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Month published</source>
            <translation>本月已发布</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerAttendanceModel</name>
        <message>
            <location filename="../manager/src/attendance_model.cpp" line="-208" />
            <source>Attended</source>
            <translation>出勤</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Late</source>
            <translation>迟到</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Absent</source>
            <translation>缺勤</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On leave</source>
            <translation>请假</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Upcoming</source>
            <translation>未开始</translation>
        </message>
        <message>
            <location line="+41" />
            <source>ddd d MMM</source>
            <comment>a shift's day</comment>
            <translation>M月d日 ddd</translation>
        </message>
        <message>
            <location line="+41" />
            <source>MMMM yyyy</source>
            <comment>the schedule's month</comment>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <location line="+133" />
            <source>Write the day as YYYY-MM-DD and the times as HH:MM.</source>
            <translation>日期请写成 年-月-日，时间写成 时:分。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Shift added</source>
            <translation>已添加班次</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Shift moved</source>
            <translation>已调整班次</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Shift deleted</source>
            <translation>已删除班次</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Leave approved</source>
            <translation>已批准请假</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Leave withdrawn</source>
            <translation>已撤销请假</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Could not read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message numerus="yes">
            <location line="+22" />
            <source>Imported %n shift(s)</source>
            <translation>
                <numerusform>已导入 %n 个班次</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing was imported: fix these lines.</source>
            <translation>未导入任何内容：请修正以下各行。</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerPayModel</name>
        <message>
            <location filename="../manager/src/pay_model.cpp" line="+199" />
            <source>Pay %1</source>
            <translation>薪酬 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+22" />
            <location line="+13" />
            <location line="+22" />
            <source>Technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="-56" />
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revenue</source>
            <translation>收入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jobs</source>
            <translation>工单数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Base</source>
            <translation>基本工资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revenue share</source>
            <translation>收入提成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Metric bonus</source>
            <translation>指标奖金</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rank rewards</source>
            <translation>排名奖励</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+81" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location line="-80" />
            <location line="+25" />
            <source>Bonus gate</source>
            <translation>奖金门槛</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+64" />
            <source>Pay lines</source>
            <translation>薪酬明细</translation>
        </message>
        <message>
            <location line="-63" />
            <location line="+64" />
            <source>Line</source>
            <translation>项目</translation>
        </message>
        <message>
            <location line="-64" />
            <location line="+64" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location line="-50" />
            <location line="+56" />
            <source>Metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Successes</source>
            <translation>达成数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trials</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation>比率</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+52" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location line="-51" />
            <location line="+51" />
            <source>Verdict</source>
            <translation>判定</translation>
        </message>
        <message>
            <location line="-36" />
            <source>Fee differences</source>
            <translation>费用不一致</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+45" />
            <source>Job</source>
            <translation>工单</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+45" />
            <source>Server fee</source>
            <translation>服务器核定费用</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+45" />
            <source>Device fee</source>
            <translation>手机记录费用</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+45" />
            <source>Check</source>
            <translation>核对结果</translation>
        </message>
        <message>
            <location line="-31" />
            <source>Payslip %1: %2</source>
            <translation>工资单 %1：%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Month: %1</source>
            <translation>月份：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay policy %1 · scoring policy %2 · computed %3</source>
            <translation>薪酬规则 %1 · 考核规则 %2 · 计算于 %3</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Service revenue %1 from %n job(s)</source>
            <translation>
                <numerusform>服务收入 %1，来自 %n 个工单</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total %1</source>
            <translation>合计 %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Bonus gate: passed</source>
            <translation>奖金门槛：已通过</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bonus gate: not passed</source>
            <translation>奖金门槛：未通过</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Fee differences (not counted as revenue)</source>
            <translation>费用不一致（不计入收入）</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not save %1: %2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
        <message>
            <location line="+26" />
            <source>no payslip to write</source>
            <translation>没有可导出的工资单</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerRankingModel</name>
        <message>
            <location filename="../manager/src/ranking_model.cpp" line="+186" />
            <source>Ranking %1 %2</source>
            <translation>排名 %1 %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>名次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Successes</source>
            <translation>达成数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trials</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation>比率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wilson lower bound</source>
            <translation>Wilson 下限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rank reward</source>
            <translation>排名奖励</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not save %1: %2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerRevenueModel</name>
        <message>
            <location filename="../manager/src/revenue_model.cpp" line="+112" />
            <source>Service revenue %1</source>
            <translation>服务收入 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Technician</source>
            <translation>技师</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team</source>
            <translation>班组</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revenue</source>
            <translation>收入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jobs</source>
            <translation>工单数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fee differences left out</source>
            <translation>未计入的费用不一致</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not save %1: %2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerScorecard</name>
        <message>
            <location filename="../manager/src/scorecard_controller.cpp" line="+41" />
            <source>Whole company</source>
            <translation>全公司</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team %1</source>
            <translation>%1 组</translation>
        </message>
        <message>
            <location line="+26" />
            <source>No data</source>
            <translation>暂无数据</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 = %2 / %3 (numerator / denominator)</source>
            <translation>%1 = %2 / %3（分子 / 分母）</translation>
        </message>
        <message>
            <location line="+125" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not save %1: %2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Scorecard: %1</source>
            <translation>绩效卡：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period: %1</source>
            <translation>周期：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scoring policy %1 · computed %2</source>
            <translation>考核规则 %1 · 计算于 %2</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Service revenue: %1 from %n job(s)</source>
            <translation>
                <numerusform>服务收入：%1，来自 %n 个工单</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bonus gate: passed, every gated metric met its target</source>
            <translation>奖金门槛：已通过，所有门槛指标均达标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bonus gate: not passed</source>
            <translation>奖金门槛：未通过</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerStaffModel</name>
        <message>
            <location filename="../manager/src/staff_model.cpp" line="+36" />
            <source>Whole company</source>
            <translation>全公司</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team %1</source>
            <translation>%1 组</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2)</source>
            <comment>technician (team)</comment>
            <translation>%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::office::ManagerTrendModel</name>
        <message>
            <location filename="../manager/src/trend_model.cpp" line="+123" />
            <source>Trend %1</source>
            <translation>趋势 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation>周期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Successes</source>
            <translation>达成数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trials</source>
            <translation>样本数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation>比率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Target</source>
            <translation>目标</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Could not save %1: %2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::office::OfficeSession</name>
        <message>
            <location filename="../src/office_session.cpp" line="+85" />
            <source>Enter your username and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Wrong username or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This desk is for office staff; technicians sign in on the phone app.</source>
            <translation>此工作台供办公室人员使用；技师请在手机应用上登录。</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::office::TechnicianRowsModel</name>
        <message>
            <location filename="../dispatcher/board_models.cpp" line="+267" />
            <source>phone never synced</source>
            <translation>手机从未同步</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>synced %1</source>
            <translation>%1 同步</translation>
        </message>
    </context>
</TS>