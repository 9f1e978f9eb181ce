#pragma once
// One job's visit, step by step, for the job page and the pages it opens (QML type
// `Visit`): "On my way", the work record, the fee, the customer's signature and
// "Completed". Every step is written to the device database the moment it is taken
// (TechnicianDevice), and the state is always read back from there, so the page
// reopens where the technician left it, even after the app was killed.
#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

#include "fieldledger/service_policy/evaluate.h"
#include "service_report.h"
#include "technician_device.h"
#include "visit_state.h"

namespace fieldledger::app {

class AppSession;
class SignaturePad;

class VisitController : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Visit)
  Q_PROPERTY(QString jobId READ jobId WRITE setJobId NOTIFY jobIdChanged)
  Q_PROPERTY(Step step READ step NOTIFY changed)
  Q_PROPERTY(QString onMyWayText READ onMyWayText NOTIFY changed)
  Q_PROPERTY(QString completedText READ completedText NOTIFY changed)
  Q_PROPERTY(QVariant work READ workVariant NOTIFY changed)
  Q_PROPERTY(QVariantList faultTypes READ faultTypes NOTIFY changed)
  Q_PROPERTY(QVariantList checks READ checks NOTIFY changed)
  Q_PROPERTY(QString jobTypeName READ jobTypeName NOTIFY changed)
  Q_PROPERTY(QVariant quote READ quoteVariant NOTIFY changed)
  Q_PROPERTY(QString summary READ summary NOTIFY changed)
  Q_PROPERTY(QString signer READ signer NOTIFY changed)
  Q_PROPERTY(QString reportPath READ reportPath NOTIFY changed)

 public:
  enum class Step { NotStarted, OnTheWay, Arrived, WorkRecorded, Completed };
  Q_ENUM(Step)

  explicit VisitController(QObject* parent = nullptr);
  // For C++ tests: a session other than the QML singleton.
  VisitController(AppSession* session, QObject* parent = nullptr);

  QString jobId() const { return job_id_; }
  void setJobId(const QString& id);
  Step step() const { return static_cast<Step>(state_.step); }
  QString onMyWayText() const;
  QString completedText() const;
  // The work as the form should show it: the unsaved draft, else the recorded work.
  QVariantMap work() const { return work_; }
  // The work items and checks of the job's type (service policy [[job_types]]).
  QVariantList faultTypes() const;
  QVariantList checks() const;
  QString jobTypeName() const;
  QVariantMap quote() const { return quote_; }  // of the recorded work
  // As QVariant, so QML sees plain JS objects (qmllint knows no keys of a QVariantMap).
  QVariant workVariant() const { return work_; }
  QVariant quoteVariant() const { return quote_; }
  QString summary() const { return summary_; }  // what the customer signs
  QString signer() const;
  QString reportPath() const;

  // The latest position from the page's PositionSource, stamped on the next event.
  Q_INVOKABLE void setFix(bool has_fix, double latitude, double longitude, double accuracy_m);
  Q_INVOKABLE bool onMyWay();
  // Keeps what the form holds (not yet an event) so a half-filled record survives a kill.
  Q_INVOKABLE void saveDraft(const QVariantMap& work);
  // The fee the form's current contents would give, for showing while editing.
  Q_INVOKABLE QVariantMap previewQuote(const QVariantMap& work) const;
  // Records the work with its quote; returns why it cannot be recorded, or "".
  Q_INVOKABLE QString recordWork(const QVariantMap& work);
  // Binds the pad's signature to the summary shown, stores strokes, PNG and report as
  // blobs and records "Completed"; returns why not, or "".
  Q_INVOKABLE QString complete(fieldledger::app::SignaturePad* pad, const QString& signer);
  // Stores the picture at `file` as a photo blob (scaled, JPEG) for the work record;
  // returns {sha256} to add to the form's "photos", or {error}. `already_attached` is
  // how many the form holds (at most kMaxPhotosPerVisit).
  Q_INVOKABLE QVariantMap addPhoto(const QUrl& file, int already_attached);
  Q_INVOKABLE QUrl photoUrl(const QString& sha256) const;
  // Writes the report to a file (if not already there) and opens it in the system viewer.
  Q_INVOKABLE bool openReport();
  Q_INVOKABLE void reload();
  // The first page of the report made by the last complete(), as an image (for the
  // screenshot tour; null before a completion in this run).
  QImage ReportPreview() const;

 signals:
  void jobIdChanged();
  void changed();

 private:
  AppSession& Session() const;
  QString ReportFile() const;
  QString PhotoCacheDir() const;
  bool WriteReportFile() const;

  AppSession* session_ = nullptr;
  QString job_id_;
  std::optional<device::LocalJob> job_;
  VisitState state_;
  QVariantMap work_;
  QVariantMap quote_;
  service_policy::Quote recorded_quote_;
  QString summary_;
  device::Fix fix_;
  ReportContent last_report_;
};

// Converts between the form's map and the event: {faults: [ids], parts: "one per line",
// notes, resolved, certified, photos: [sha256], checks: [check ids ticked]}.
v1::WorkRecorded WorkFromMap(const QVariantMap& map);
QVariantMap MapFromWork(const v1::WorkRecorded& work);

}  // namespace fieldledger::app
