// Qt Quick Test runner: every page is exercised against a real AppSession whose
// device database is a temporary file and whose server address points nowhere, so
// the pages see the offline state a technician in a basement would.
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>

#include "app_session.h"
#include "fieldledger/v1/attendance.pb.h"
#include "fieldledger/v1/jobs.pb.h"
#include "fieldledger/v1/scoring.pb.h"
#include "local_store.h"
#include "qml_inventory.h"

Q_IMPORT_QML_PLUGIN(FieldLedgerPlugin)

// What tst_long_text.qml renders every page with (UTF-8; lengths in characters).
constexpr char kLongName[] =
    "上海浦东新区陆家嘴金融贸易区世纪大道一百号环球金融中心七十八层售后服务部王晓明 Wang "
    "Xiaoming-Jones.";  // 60
constexpr char kLongAddress[] =
    "上海市浦东新区陆家嘴环路1000号恒生银行大厦地下二层设备机房B2-17室（靠近东侧消防通道）, Room "
    "B2-17, Hang Seng Bank Tower, 1000 Lujiazui Ring Road, Pudong, Shanghai";
constexpr char kLongNote[] =
    "门禁：从北门进入，向保安出示工单号并登记身份证，乘坐二号货梯到地下二层，沿黄色标线走到尽头，机"
    "房钥匙在物业值班室（电话 021-5888 0000），空调室外机在屋顶平台，需要物业人员陪同上楼；Access: "
    "north gate only, show the job number to security and sign in; take freight lift 2 to B2, "
    "follow the yellow line to the end; the plant-room key is at the property desk. The roof needs "
    "an escort 谢谢";  // 300

class Setup : public QObject {
  Q_OBJECT
 public slots:
  void applicationAvailable() {
    QQuickStyle::setStyle(QStringLiteral("Material"));
    SeedDeviceDatabase();
    session_ =
        std::make_unique<fieldledger::app::AppSession>(dir_.path(), QStringLiteral("127.0.0.1:9"));
    fieldledger::app::AppSession::setInstance(session_.get());
  }
  // The app's QML module is compiled in; its qmldir lives under qrc:/qt/qml.
  void qmlEngineAvailable(QQmlEngine* engine) {
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine->rootContext()->setContextProperty(QStringLiteral("qmlInventory"),
                                              fieldledger::testing::QmlInventory());
  }
  void cleanupTestCase() { session_.reset(); }

 private:
  // A signed-in technician with three jobs today, as left by an earlier sync, and one
  // rejected record from yesterday and the scorecards fetched last time.
  void SeedDeviceDatabase() {
    fieldledger::device::LocalStore store(dir_.filePath(QStringLiteral("device.db")).toStdString());
    store.SetSetting("token", std::string(64, 'a'));
    store.SetSetting("user_id", "u-test");
    store.SetSetting("display_name", "Test Tech");
    store.SetSetting("time_zone", "UTC");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 midnight =
        QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), QTimeZone::utc())
            .toMSecsSinceEpoch();
    fieldledger::v1::PullResponse page;
    int n = 0;
    // job-2 is the one tst_visit.qml takes through a whole visit: a phone bought and
    // activated 400 days ago, so out of its 365-day warranty and charged.
    const std::string bought =
        QDateTime::currentDateTimeUtc().date().addDays(-400).toString(Qt::ISODate).toStdString();
    const qint64 current = std::max(midnight + 2, now - 30 * 60'000);
    for (qint64 start : {midnight + 1, current, current + 1}) {
      auto* j = page.add_jobs();
      j->set_id("job-" + std::to_string(n));
      j->set_reference("T-" + std::to_string(100 + n));
      // job-0 carries the longest texts a job brings (tst_long_text.qml): a 60-character
      // name, a long address and a 300-character access note, Chinese and English mixed.
      j->set_customer_name(n == 0 ? kLongName : n == 1 ? "Current Customer" : "Visit Customer");
      j->set_product("Phone X");
      j->set_serial_number("SN-" + std::to_string(n));
      j->set_product_category("phone");
      j->set_purchase_date(bought);
      j->set_activation_date(bought);
      j->mutable_site()->set_address(n == 0 ? kLongAddress : "1 Test Road");
      if (n == 0) {
        j->set_description(kLongNote);
        j->set_customer_phone("+86 138 0000 1234");
      }
      j->mutable_site()->set_latitude(31.23);
      j->mutable_site()->set_longitude(121.47);
      j->mutable_window()->set_start_ms(start);
      j->mutable_window()->set_end_ms(start + 60 * 60'000);
      j->set_status(fieldledger::v1::JOB_STATUS_SCHEDULED);
      ++n;
    }
    // Yesterday's job, off the Today list, whose arrival the server refused: the Sync
    // page lists it with the server's reason and offers to discard it.
    auto* old = page.add_jobs();
    old->set_id("job-y");
    old->set_reference("T-099");
    old->set_customer_name("Yesterday Customer");
    old->mutable_window()->set_start_ms(midnight - 20 * 3600'000);
    old->mutable_window()->set_end_ms(midnight - 19 * 3600'000);
    old->set_status(fieldledger::v1::JOB_STATUS_SCHEDULED);
    page.set_next_cursor(4);
    store.ApplyPull(page);
    const auto refused = store.Record("job-y", [&](fieldledger::v1::DeviceEvent& e) {
      e.mutable_clock()->set_wall_time_ms(midnight - 19 * 3600'000);
      e.mutable_check_in();
    });
    fieldledger::v1::PushResponse acks;
    auto* ack = acks.add_acks();
    ack->set_event_id(refused.event_id());
    ack->set_sequence(refused.sequence());
    ack->set_status(fieldledger::v1::EventAck::STATUS_REJECTED);
    // As the server words it: a reason code, then English detail the phone does not show.
    ack->set_reason(
        "[not_assigned] check_in on job job-y, which is not assigned to you: only its assigned "
        "technician may record visits");
    store.ApplyAcks(acks);
    SeedScorecards(store, midnight);
    // Today's shift, started five minutes ago (or at midnight), as the last online sync
    // fetched it (TechnicianDevice::FetchMyShifts): tst_working_day.qml checks in on time.
    fieldledger::v1::ShiftList shifts;
    auto* shift = shifts.add_shifts();
    shift->set_id("shift-today");
    shift->set_start_ms(std::max(midnight + 1000, now - 5 * 60'000));
    shift->set_end_ms(shift->start_ms() + 8 * 3600'000);
    store.SetSetting("shifts", shifts.SerializeAsString());
  }

  // The week's and month's scorecards as the last online sync left them, stored where
  // TechnicianDevice::FetchMyScorecard keeps them (CachedScorecard reads them back).
  static void SeedScorecards(fieldledger::device::LocalStore& store, qint64 midnight) {
    const auto rate = [](fieldledger::v1::RateFigure* r, qint64 n, qint64 d) {
      r->set_numerator(n);
      r->set_denominator(d);
      r->set_has_value(d > 0);
      if (d > 0) r->set_value(static_cast<double>(n) / static_cast<double>(d));
    };
    fieldledger::v1::Scorecard week;
    week.set_scope_label("Technician Test Tech");
    week.mutable_period()->set_kind(fieldledger::v1::PERIOD_KIND_ISO_WEEK);
    week.set_computed_at_ms(midnight - 3600'000);  // yesterday 23:00
    rate(week.mutable_on_time()->mutable_rate(), 23, 25);
    week.mutable_on_time()->set_late(2);
    rate(week.mutable_retention()->mutable_rate(), 0, 0);
    rate(week.mutable_satisfaction()->mutable_rate(), 9, 10);
    fieldledger::v1::Scorecard month = week;
    month.mutable_period()->set_kind(fieldledger::v1::PERIOD_KIND_MONTH);
    rate(month.mutable_on_time()->mutable_rate(), 80, 90);
    month.mutable_on_time()->set_late(0);
    rate(month.mutable_retention()->mutable_rate(), 40, 42);
    rate(month.mutable_satisfaction()->mutable_rate(), 30, 31);
    store.SetSetting("scorecard.PERIOD_KIND_ISO_WEEK", week.SerializeAsString());
    store.SetSetting("scorecard.PERIOD_KIND_MONTH", month.SerializeAsString());
  }

  QTemporaryDir dir_;
  std::unique_ptr<fieldledger::app::AppSession> session_;
};

QUICK_TEST_MAIN_WITH_SETUP(fieldledger_pages, Setup)

#include "qml_test_main.moc"
