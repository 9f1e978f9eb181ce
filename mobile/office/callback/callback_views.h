#pragma once
// Value types the call-back desk hands to QML: the open visit, its earlier calls and the
// agent's own scorecard. Filled from the server's messages by callback_views.cpp.
#include <QtQml/qqmlregistration.h>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantList>

#include "fieldledger/v1/callbacks.pb.h"

namespace fieldledger::office {

struct EarlierCallView {
  Q_GADGET
  QML_VALUE_TYPE(earlierCall)
  Q_PROPERTY(qint64 atMs MEMBER atMs)
  Q_PROPERTY(QString agentName MEMBER agentName)
  Q_PROPERTY(QString outcome MEMBER outcome)  // "reached", "unreachable", "wrong_number"
  Q_PROPERTY(int score MEMBER score)          // 0: none
  Q_PROPERTY(int nps MEMBER nps)              // -1: none
  Q_PROPERTY(bool problemReturned MEMBER problemReturned)
  Q_PROPERTY(QString complaint MEMBER complaint)  // "" or a category name
  Q_PROPERTY(QString comment MEMBER comment)

 public:
  qint64 atMs = 0;
  QString agentName;
  QString outcome;
  int score = 0;
  int nps = -1;
  bool problemReturned = false;
  QString complaint;
  QString comment;
};

struct VisitView {
  Q_GADGET
  QML_VALUE_TYPE(visitView)
  Q_PROPERTY(QString jobId MEMBER jobId)
  Q_PROPERTY(QString reference MEMBER reference)
  Q_PROPERTY(QString jobType MEMBER jobType)
  Q_PROPERTY(QString customerName MEMBER customerName)
  Q_PROPERTY(QString customerPhone MEMBER customerPhone)
  Q_PROPERTY(QString address MEMBER address)
  Q_PROPERTY(QString product MEMBER product)
  Q_PROPERTY(QString serialNumber MEMBER serialNumber)
  Q_PROPERTY(QString description MEMBER description)
  Q_PROPERTY(QString technicianName MEMBER technicianName)
  Q_PROPERTY(qint64 completedMs MEMBER completedMs)
  Q_PROPERTY(int attempts MEMBER attempts)
  Q_PROPERTY(QString status MEMBER status)
  Q_PROPERTY(bool hasWorkRecord MEMBER hasWorkRecord)
  Q_PROPERTY(QStringList faultTypes MEMBER faultTypes)
  Q_PROPERTY(QStringList partsUsed MEMBER partsUsed)
  Q_PROPERTY(QString workNotes MEMBER workNotes)
  Q_PROPERTY(bool resolved MEMBER resolved)
  Q_PROPERTY(bool hasFee MEMBER hasFee)
  Q_PROPERTY(qint64 feeFen MEMBER feeFen)
  Q_PROPERTY(qint64 feeDeviceFen MEMBER feeDeviceFen)
  Q_PROPERTY(QString feeCheck MEMBER feeCheck)  // "match" or what differs
  Q_PROPERTY(qint64 arrivedMs MEMBER arrivedMs)
  Q_PROPERTY(bool arrivalVerified MEMBER arrivalVerified)
  Q_PROPERTY(qint64 windowStartMs MEMBER windowStartMs)
  Q_PROPERTY(qint64 windowEndMs MEMBER windowEndMs)
  Q_PROPERTY(QString punctuality MEMBER punctuality)
  Q_PROPERTY(qint64 minutesLate MEMBER minutesLate)
  Q_PROPERTY(QString signerName MEMBER signerName)
  Q_PROPERTY(QUrl signatureUrl MEMBER signatureUrl)
  Q_PROPERTY(QList<QUrl> photoUrls MEMBER photoUrls)
  Q_PROPERTY(int blobsPending MEMBER blobsPending)  // on the phone, not uploaded yet
  Q_PROPERTY(QVariantList earlierCalls MEMBER earlierCalls)
  Q_PROPERTY(qint64 claimExpiresMs MEMBER claimExpiresMs)

 public:
  QString jobId, reference, jobType, customerName, customerPhone, address, product, serialNumber,
      description, technicianName;
  qint64 completedMs = 0;
  int attempts = 0;
  QString status;
  bool hasWorkRecord = false;
  QStringList faultTypes, partsUsed;
  QString workNotes;
  bool resolved = false;
  bool hasFee = false;
  qint64 feeFen = 0, feeDeviceFen = 0;
  QString feeCheck;
  qint64 arrivedMs = 0;
  bool arrivalVerified = false;
  qint64 windowStartMs = 0, windowEndMs = 0;
  QString punctuality;
  qint64 minutesLate = 0;
  QString signerName;
  QUrl signatureUrl;
  QList<QUrl> photoUrls;
  int blobsPending = 0;
  QVariantList earlierCalls;
  qint64 claimExpiresMs = 0;
};

struct AgentCardView {
  Q_GADGET
  QML_VALUE_TYPE(agentCard)
  Q_PROPERTY(bool loaded MEMBER loaded)
  Q_PROPERTY(QString periodLabel MEMBER periodLabel)
  Q_PROPERTY(int calls MEMBER calls)
  Q_PROPERTY(int reached MEMBER reached)
  Q_PROPERTY(int unreachable MEMBER unreachable)
  Q_PROPERTY(int wrongNumber MEMBER wrongNumber)
  Q_PROPERTY(bool hasReachRate MEMBER hasReachRate)
  Q_PROPERTY(double reachRate MEMBER reachRate)
  Q_PROPERTY(int withinNumerator MEMBER withinNumerator)
  Q_PROPERTY(int withinDenominator MEMBER withinDenominator)
  Q_PROPERTY(bool hasWithinRate MEMBER hasWithinRate)
  Q_PROPERTY(double withinRate MEMBER withinRate)
  Q_PROPERTY(bool hasMeanSeconds MEMBER hasMeanSeconds)
  Q_PROPERTY(double meanSeconds MEMBER meanSeconds)
  Q_PROPERTY(int complaints MEMBER complaints)
  Q_PROPERTY(int repairJobs MEMBER repairJobs)

 public:
  bool loaded = false;
  QString periodLabel;
  int calls = 0, reached = 0, unreachable = 0, wrongNumber = 0;
  bool hasReachRate = false;
  double reachRate = 0;
  int withinNumerator = 0, withinDenominator = 0;
  bool hasWithinRate = false;
  double withinRate = 0;
  bool hasMeanSeconds = false;
  double meanSeconds = 0;
  int complaints = 0, repairJobs = 0;
};

QString CallOutcomeName(v1::CallOutcome o);
QString ComplaintName(v1::ComplaintCategory c);
// `images`: sha256 -> local file URL of the blobs fetched so far.
VisitView ToView(const v1::CallBackVisit& v, const QHash<QString, QUrl>& images);
AgentCardView ToView(const v1::AgentScorecard& card);

}  // namespace fieldledger::office
