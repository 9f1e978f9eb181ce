<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>FeePage</name>
        <message>
            <location filename="../qml/FeePage.qml" line="+15" />
            <source>Fee</source>
            <translation>费用</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Fee to be confirmed by the office</source>
            <translation>费用待公司确认</translation>
        </message>
        <message>
            <location line="+30" />
            <source>One line per fault</source>
            <translation>每个故障一行</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Rules: %1</source>
            <translation>规则：%1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Customer signs</source>
            <translation>客户签字</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Change the work record</source>
            <translation>修改服务记录</translation>
        </message>
    </context>
    <context>
        <name>FeeQuote</name>
        <message>
            <location filename="../src/fee_quote.cpp" line="+132" />
            <source>The office has not given this job's product category and purchase date, so the fee cannot be worked out on the phone. The office will confirm it.</source>
            <translation>公司未提供此工单的产品类别和购买日期，手机上无法计算费用，将由公司确认。</translation>
        </message>
    </context>
    <context>
        <name>JobPage</name>
        <message>
            <location filename="../qml/JobPage.qml" line="+16" />
            <source>Job</source>
            <translation>工单</translation>
        </message>
        <message>
            <location line="+102" />
            <source>Call %1</source>
            <translation>拨打 %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This device cannot place calls. The number is %1.</source>
            <translation>此设备无法拨打电话。号码是 %1。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Arrival window %1</source>
            <translation>到达时段 %1</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Navigate</source>
            <translation>导航</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No map app could be opened. The address is: %1</source>
            <translation>无法打开地图应用。地址：%1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The dispatcher reassigned or cancelled this job. Your record is kept and will be sent.</source>
            <translation>调度员已改派或取消此工单。您的记录已保留，将会上传。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>On my way</source>
            <translation>出发</translation>
        </message>
        <message>
            <location line="+10" />
            <source>On the way since %1</source>
            <translation>%1 出发，在路上</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Arrived</source>
            <translation>已到达</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Location ready (±%1 m)</source>
            <translation>已定位（±%1 米）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting for location… you can still check in</source>
            <translation>正在定位… 仍可直接签到</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Arrived at %1</source>
            <translation>%1 到达</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Position %1</source>
            <translation>位置 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No position was available</source>
            <translation>未能获取位置</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Record the work</source>
            <translation>填写服务记录</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Work recorded · fee %1</source>
            <translation>已记录服务 · 费用 %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>to be confirmed</source>
            <translation>待确认</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Fee and customer signature</source>
            <translation>费用与客户签字</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Change the work record</source>
            <translation>修改服务记录</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Completed at %1</source>
            <translation>%1 完工</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>已完工</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Signed by %1</source>
            <translation>签字人：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open the service report</source>
            <translation>打开服务报告</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No PDF viewer could be opened. The report is saved at %1</source>
            <translation>无法打开 PDF 阅读器。报告已保存在 %1</translation>
        </message>
    </context>
    <context>
        <name>LoginPage</name>
        <message>
            <location filename="../qml/LoginPage.qml" line="+10" />
            <location line="+55" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location line="-46" />
            <source>FieldLedger</source>
            <translation>FieldLedger 外勤</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Your visits, on time and on record</source>
            <translation>准时上门，有据可查</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Server (host:port)</source>
            <translation>服务器（主机:端口）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../qml/Main.qml" line="+14" />
            <location line="+26" />
            <source>FieldLedger</source>
            <translation>FieldLedger 外勤</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Menu</source>
            <translation>菜单</translation>
        </message>
        <message>
            <location line="+7" />
            <source>My scorecard</source>
            <translation>我的绩效</translation>
        </message>
        <message>
            <location line="+7" />
            <source>My assessment</source>
            <translation>我的自评</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
    </context>
    <context>
        <name>MyAssessmentPage</name>
        <message>
            <location filename="../qml/MyAssessmentPage.qml" line="+14" />
            <source>My assessment</source>
            <translation>我的自评</translation>
        </message>
        <message>
            <location line="+20" />
            <source>What went well this month, what did not, and what you need.</source>
            <translation>本月做得好的、不足的，以及您需要的支持。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Write your self-assessment</source>
            <translation>写下您的自评</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <location filename="../src/job_list_model.cpp" line="+31" />
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
            <location line="+5" />
            <source>Completed</source>
            <translation>已完工</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrived</source>
            <translation>已到达</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opens in %1</source>
            <translation>%1 后开始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Late by %1</source>
            <translation>已迟到 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closes in %1</source>
            <translation>%1 后结束</translation>
        </message>
    </context>
    <context>
        <name>ScorecardPage</name>
        <message>
            <location filename="../qml/ScorecardPage.qml" line="+12" />
            <source>My scorecard</source>
            <translation>我的绩效</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Counted by the server with the company's rules. Recent jobs count once the repair has had time to hold and the customer has been called back.</source>
            <translation>由服务器按公司规则计算。最近的工单要等维修观察期结束、客户回访完成后才计入。</translation>
        </message>
    </context>
    <context>
        <name>ServerMessages</name>
        <message>
            <location filename="../src/server_messages.cpp" line="+24" />
            <source>The office has removed this job.</source>
            <translation>公司已删除此工单。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This job is no longer assigned to you, so the server cannot take a visit record for it.</source>
            <translation>此工单已不再派给您，服务器无法接收它的上门记录。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The phone's clock was ahead of the server's when this was recorded.</source>
            <translation>记录时手机时间比服务器快。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The phone's clock was wrong when this was recorded.</source>
            <translation>记录时手机时间不正确。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The position recorded with this was not valid.</source>
            <translation>随记录保存的位置无效。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The work record breaks the server's limits.</source>
            <translation>服务记录超出服务器的限制。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The record was empty.</source>
            <translation>记录为空。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That record belongs to another technician.</source>
            <translation>该记录属于其他技师。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This record belongs to no job but named one.</source>
            <translation>这条记录不属于任何工单，却填写了工单。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The self-assessment was empty.</source>
            <translation>自评内容为空。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The self-assessment holds characters that cannot be stored or is longer than 4000 bytes.</source>
            <translation>自评含有无法保存的字符，或超过 4000 字节。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The self-assessment's month is not a valid date.</source>
            <translation>自评所属月份不是有效日期。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That month's assessment is already published; it can no longer change.</source>
            <translation>该月考核已发布，不能再修改。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server already has a different record with this record's id.</source>
            <translation>服务器上已有同一编号但内容不同的记录。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only a refused record can be discarded.</source>
            <translation>只能放弃被拒收的记录。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The server refused this record (%1).</source>
            <translation>服务器拒收了此记录（%1）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot reach the server. Check the connection and the server address, then try again.</source>
            <translation>无法连接服务器。请检查网络和服务器地址后重试。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The username or password is wrong.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too many attempts. Wait a few minutes, then try again.</source>
            <translation>尝试次数过多，请几分钟后再试。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server is checking many sign-ins at once. Try again in a few seconds.</source>
            <translation>服务器正在同时核验大量登录，请几秒后再试。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This sign-in has ended. Sign in again.</source>
            <translation>此次登录已结束，请重新登录。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This app is for technicians; %1 should use the office view.</source>
            <translation>此应用供技师使用；%1 请使用办公室界面。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 has %2 unsent records on this phone: they must sign in and sync first.</source>
            <translation>%1 在此手机上有 %2 条未上传的记录：需要先登录并同步。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unsent records from the previous technician are still on this phone.</source>
            <translation>上一位技师未上传的记录仍在此手机上。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This account is disabled.</source>
            <translation>此账号已停用。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server refused the sign-in (%1).</source>
            <translation>服务器拒绝登录（%1）。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The phone could not sync (%1).</source>
            <translation>手机同步失败（%1）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The server cannot be reached; your work is saved on the phone.</source>
            <translation>无法连接服务器；您的记录已保存在手机上。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You were signed out. Sign in again to send your work.</source>
            <translation>您已退出登录，请重新登录以上传记录。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This account may not sync from this phone.</source>
            <translation>此账号不能在这部手机上同步。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server is busy. The phone tries again shortly.</source>
            <translation>服务器繁忙，手机稍后会自动重试。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server refused the sync (%1).</source>
            <translation>服务器拒绝同步（%1）。</translation>
        </message>
    </context>
    <context>
        <name>ServiceReport</name>
        <message>
            <location filename="../src/service_report.cpp" line="+40" />
            <location line="+46" />
            <source>Service report</source>
            <translation>服务报告</translation>
        </message>
        <message>
            <location line="-45" />
            <source>%1 service report</source>
            <translation>%1 服务报告</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Technician: %1</source>
            <translation>技师：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Customer signature</source>
            <translation>客户签字</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Signed by %1 at %2</source>
            <translation>签字人 %1，签字时间 %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Visit summary SHA-256: %1</source>
            <translation>服务摘要 SHA-256：%1</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../qml/SettingsPage.qml" line="+12" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Theme</source>
            <translation>外观</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Follow the phone</source>
            <translation>跟随手机</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark (for basements and night work)</source>
            <translation>深色（适合地下室和夜间作业）</translation>
        </message>
    </context>
    <context>
        <name>ShiftCardView</name>
        <message>
            <location filename="../qml/ShiftCardView.qml" line="+48" />
            <source>Shift %1</source>
            <translation>班次 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No shift scheduled today</source>
            <translation>今天没有排班</translation>
        </message>
        <message>
            <location line="+18" />
            <source>waiting to sync</source>
            <translation>等待同步</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Start shift</source>
            <translation>上班打卡</translation>
        </message>
        <message>
            <location line="+9" />
            <source>End shift</source>
            <translation>下班打卡</translation>
        </message>
    </context>
    <context>
        <name>SignaturePage</name>
        <message>
            <location filename="../qml/SignaturePage.qml" line="+13" />
            <source>Customer signature</source>
            <translation>客户签字</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Please check the visit and sign below</source>
            <translation>请核对服务内容并在下方签字</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Sign here</source>
            <translation>请在此签字</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Undo stroke</source>
            <translation>撤销一笔</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Signer's name</source>
            <translation>签字人姓名</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Confirm and complete</source>
            <translation>确认并完工</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../qml/SyncPage.qml" line="+13" />
            <source>Sync</source>
            <translation>同步</translation>
        </message>
        <message numerus="yes">
            <location line="+46" />
            <source>%n waiting to send</source>
            <translation>
                <numerusform>%n 条待上传</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n rejected</source>
            <translation>
                <numerusform>%n 条被拒</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Rejected by the server</source>
            <translation>被服务器拒收</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Waiting to be sent</source>
            <translation>等待上传</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Server: %1</source>
            <translation>服务器：%1</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+48" />
            <source>Discard</source>
            <translation>放弃</translation>
        </message>
        <message>
            <location line="-29" />
            <source>Nothing is waiting to be sent.</source>
            <translation>没有等待上传的记录。</translation>
        </message>
        <message>
            <source>Everything on this phone has reached the server.</source>
            <translation type="vanished">手机上的记录已全部上传到服务器。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Discard this record?</source>
            <translation>放弃这条记录？</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 will not be sent again. The office is told that you discarded it.</source>
            <translation>%1 将不再上传，公司会收到您放弃此记录的通知。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Keep</source>
            <translation>保留</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusBar</name>
        <message>
            <location filename="../qml/SyncStatusBar.qml" line="+24" />
            <source>Show what is waiting to be sent</source>
            <translation>查看待上传的记录</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>%n rejected</source>
            <translation>
                <numerusform>%n 条被拒</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Sync now</source>
            <translation>立即同步</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message numerus="yes">
            <location filename="../qml/TodayPage.qml" line="+21" />
            <source>%1 · %n job(s)</source>
            <translation>
                <numerusform>%1 · %n 个工单</numerusform>
            </translation>
        </message>
        <message>
            <location line="+103" />
            <source>Saved on phone, not yet sent</source>
            <translation>已保存在手机，尚未上传</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No jobs today. Tap Sync now to fetch new ones.</source>
            <translation>今天没有工单。点“立即同步”获取新工单。</translation>
        </message>
    </context>
    <context>
        <name>VisitPhotos</name>
        <message>
            <location filename="../src/visit_photos.cpp" line="+20" />
            <source>That file is not a picture.</source>
            <translation>该文件不是图片。</translation>
        </message>
    </context>
    <context>
        <name>VisitSteps</name>
        <message>
            <location filename="../qml/VisitSteps.qml" line="+14" />
            <source>On my way</source>
            <translation>出发</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Arrived</source>
            <translation>已到达</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Work</source>
            <translation>服务</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fee</source>
            <translation>费用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Signed</source>
            <translation>签字</translation>
        </message>
    </context>
    <context>
        <name>VisitSummary</name>
        <message>
            <location filename="../src/visit_summary.cpp" line="+29" />
            <source>Job %1</source>
            <translation>工单 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Job type: %1</source>
            <translation>服务类型：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer: %1</source>
            <translation>客户：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address: %1</source>
            <translation>地址：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Product: %1 %2</source>
            <translation>产品：%1 %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Arrived: %1</source>
            <translation>到达：%1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Work: %1</source>
            <translation>服务内容：%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checked: %1</source>
            <translation>已检查：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Parts used: %1</source>
            <translation>配件：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Notes: %1</source>
            <translation>备注：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcome: resolved</source>
            <translation>结果：已解决</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome: needs another visit</source>
            <translation>结果：需要再次上门</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quality fault certified</source>
            <translation>已鉴定为质量故障</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Fee: %1</source>
            <translation>费用：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fee: to be confirmed by the office</source>
            <translation>费用：待公司确认</translation>
        </message>
    </context>
    <context>
        <name>WorkPage</name>
        <message>
            <location filename="../qml/WorkPage.qml" line="+15" />
            <source>Work record</source>
            <translation>服务记录</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Choose a photo of the work</source>
            <translation>选择维修照片</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>图片 (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>What was wrong?</source>
            <translation type="vanished">故障类型</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Work done</source>
            <translation>服务内容</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Checks</source>
            <translation>检查项目</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Parts used (one per line)</source>
            <translation>使用的配件（每行一个）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. Battery BL-5C</source>
            <translation>例如：电池 BL-5C</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What you found and did</source>
            <translation>发现的问题和处理</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Needs another visit</source>
            <translation>需要再次上门</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Photos (%1 of %2)</source>
            <translation>照片（%1 / %2）</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Remove photo</source>
            <translation>删除照片</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Add photo</source>
            <translation>添加照片</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Quality fault certified by a service centre</source>
            <translation>经服务中心鉴定为质量故障</translation>
        </message>
        <message>
            <location line="-162" />
            <source>Fee: %1</source>
            <translation>费用：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The fee cannot be worked out for this job</source>
            <translation>此工单无法计算费用</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Save and show the fee</source>
            <translation>保存并查看费用</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::app::AppSession</name>
        <message>
            <location filename="../src/app_session.cpp" line="+49" />
            <source>receiving jobs %1 of %2</source>
            <translation>接收工单 %1/%2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sending %1 of %2</source>
            <translation>上传 %1/%2</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Today, %1</source>
            <translation>今天，%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Syncing: %1</source>
            <translation>正在同步：%1</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Offline · %n waiting to send</source>
            <translation>
                <numerusform>离线 · %n 条待上传</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sync error: %1</source>
            <translation>同步出错：%1</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n waiting to send</source>
            <translation>
                <numerusform>%n 条待上传</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Synced · a record needs your decision</source>
            <translation>已同步 · 有记录需要您处理</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up to date · %1</source>
            <translation>已同步 · %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up to date</source>
            <translation>已同步</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Enter your username and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Syncing already; another pass follows.</source>
            <translation>正在同步；完成后会再同步一次。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No connection. Your work is saved on the phone and is sent when the connection is back.</source>
            <translation>没有网络。您的记录已保存在手机上，网络恢复后会自动上传。</translation>
        </message>
        <message numerus="yes">
            <location line="+49" />
            <source>Synced. The server refused %n record(s): see Sync.</source>
            <translation>
                <numerusform>已同步。服务器拒收了 %n 条记录：请查看“同步”。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Synced.</source>
            <translation>已同步。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not sent: %1</source>
            <translation>未上传：%1</translation>
        </message>
        <message>
            <location line="+62" />
            <source>mock location</source>
            <translation>模拟位置</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no usable position</source>
            <translation>无可用位置</translation>
        </message>
        <message>
            <location line="+2" />
            <source>outside the site</source>
            <translation>不在现场范围内</translation>
        </message>
        <message>
            <location line="+2" />
            <source>clock not trusted</source>
            <translation>时钟不可信</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not counted: the arrival could not be verified (%1)</source>
            <translation>不计入：到达未能核实（%1）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counts as late: the arrival could not be verified (%1)</source>
            <translation>计为迟到：到达未能核实（%1）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Late by %1</source>
            <translation>已迟到 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Early: before the window opened</source>
            <translation>提前：早于到达时段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On time</source>
            <translation>准时</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1 (±%2 m)</source>
            <translation>%1（±%2 米）</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::app::MyAssessment</name>
        <message>
            <location filename="../src/my_assessment.cpp" line="+31" />
            <source>Self-assessment for %1</source>
            <extracomment>The month being assessed; %1 is e.g. "December 2026" / "2026年12月"</extracomment>
            <translation>%1 自评</translation>
        </message>
        <message>
            <location line="+0" />
            <source>MMMM yyyy</source>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Saved on the phone; it is sent at the next sync.</source>
            <translation>已保存在手机上，下次同步时上传。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your manager can read it.</source>
            <translation>主管已可查看。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not accepted: this month is already published.</source>
            <translation>未被接受：本月考核已发布。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not accepted: the text holds characters that are not allowed.</source>
            <translation>未被接受：文字中含有不允许的字符。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not accepted: %1</source>
            <translation>未被接受：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not written yet.</source>
            <translation>尚未填写。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>At most %1 bytes; this text has %2.</source>
            <translation>最多 %1 字节；当前文字有 %2 字节。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write something first.</source>
            <translation>请先填写内容。</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::app::MyScorecard</name>
        <message>
            <location filename="../src/my_scorecard.cpp" line="+39" />
            <source>No scorecard on this phone yet. It is fetched after the next sync.</source>
            <translation>手机上还没有绩效数据，下次同步后获取。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No scorecard yet. It is fetched after each sync.</source>
            <translation>还没有绩效数据，每次同步后获取。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Updated %1</source>
            <translation>更新于 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Offline · as of %1</source>
            <translation>离线 · 截至 %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>As of %1</source>
            <translation>截至 %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No data</source>
            <translation>暂无数据</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <location line="+13" />
            <source>MMMM yyyy</source>
            <comment>a month, as a Qt date format</comment>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <location line="+1" />
            <source>d MMM</source>
            <comment>a day in a week's range, as a Qt date format</comment>
            <translation>M月d日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 – %2</source>
            <comment>first and last day of a week</comment>
            <translation>%1 – %2</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n late</source>
            <translation>
                <numerusform>迟到 %n 次</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n no-show</source>
            <translation>
                <numerusform>未上门 %n 次</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n excused</source>
            <translation>
                <numerusform>免责 %n 次</numerusform>
            </translation>
        </message>
        <message>
            <location line="+30" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location line="+0" />
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <location line="+4" />
            <source>On time</source>
            <translation>准时</translation>
        </message>
        <message>
            <location line="+0" />
            <source>arrived within the window</source>
            <translation>在预约时段内到达</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Retention</source>
            <translation>维修保持率</translation>
        </message>
        <message>
            <location line="+0" />
            <source>repairs that held</source>
            <translation>修好后没有返修</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>satisfied customers, of those reached</source>
            <translation>回访接通的客户中表示满意的</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::app::OutboxListModel</name>
        <message>
            <location filename="../src/outbox_list_model.cpp" line="+17" />
            <source>On my way</source>
            <translation>出发</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arrival</source>
            <translation>到达签到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work record</source>
            <translation>服务记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completion and signature</source>
            <translation>完工与签字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard of a rejected record</source>
            <translation>放弃被拒记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start of shift</source>
            <translation>上班打卡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End of shift</source>
            <translation>下班打卡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Self-assessment</source>
            <translation>自评</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::app::ShiftController</name>
        <message>
            <location filename="../src/shift_controller.cpp" line="+97" />
            <source>Checked in at %1</source>
            <translation>%1 已打卡</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · checked out at %1</source>
            <translation> · %1 下班</translation>
        </message>
        <message>
            <location line="+5" />
            <source>on time</source>
            <translation>准时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>late</source>
            <translation>迟到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no shift scheduled today</source>
            <translation>今天没有排班</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The office has it: on time.</source>
            <translation>公司已收到：准时。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The office has it: late.</source>
            <translation>公司已收到：迟到。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The office has it, but no shift was scheduled for you that day.</source>
            <translation>公司已收到，但您当天没有排班。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The office has it; that day is approved leave.</source>
            <translation>公司已收到；当天是已批准的假期。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The shift was already checked in.</source>
            <translation>该班次已经打过卡。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Its time or place could not be verified.</source>
            <translation>打卡的时间或位置无法核实。</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::app::SignaturePad</name>
        <message>
            <location filename="../src/signature_pad.cpp" line="+181" />
            <source>Please sign in the box.</source>
            <translation>请在框内签字。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That is too short to be a signature. Please sign your name.</source>
            <translation>签字太短，请签写您的姓名。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Please enter the signer's name.</source>
            <translation>请填写签字人姓名。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The name is too long (at most 100 characters).</source>
            <translation>姓名太长（最多 100 个字）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The name contains characters that cannot be stored.</source>
            <translation>姓名包含无法保存的字符。</translation>
        </message>
    </context>
    <context>
        <name>fieldledger::app::VisitController</name>
        <message>
            <location filename="../src/visit_controller.cpp" line="+170" />
            <location line="+39" />
            <source>This job is no longer on the phone.</source>
            <translation>此工单已不在手机上。</translation>
        </message>
        <message>
            <location line="-38" />
            <source>The visit is already completed.</source>
            <translation>此次上门已完工。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tap Arrived first.</source>
            <translation>请先点“已到达”。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose at least one work item.</source>
            <translation>请至少选择一项服务内容。</translation>
        </message>
        <message>
            <source>Choose at least one fault type.</source>
            <translation type="vanished">请至少选择一个故障类型。</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+18" />
            <source>At most %1 photos per visit.</source>
            <translation>每次上门最多 %1 张照片。</translation>
        </message>
        <message>
            <location line="-10" />
            <source>This work record cannot be saved: %1</source>
            <translation>无法保存此服务记录：%1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Record the work first.</source>
            <translation>请先填写服务记录。</translation>
        </message>
    </context>
</TS>
