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
            <source>e.g. phone, tv</source>
            <translation>例如：phone、tv</translation>
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
        <name>ManagerDesk</name>
        <message>
            <location filename="../manager/ManagerDesk.qml" line="+7" />
            <source>The manager's desk</source>
            <translation>经理工作台</translation>
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
            <location line="+9" />
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
            <location line="+26" />
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
        <name>fieldledger::office::DispatcherBoard</name>
        <message>
            <location filename="../dispatcher/dispatcher_board.cpp" line="+80" />
            <source>Today, %1</source>
            <translation>今天，%1</translation>
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
        <name>fieldledger::office::OfficeSession</name>
        <message>
            <location filename="../src/office_session.cpp" line="+54" />
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