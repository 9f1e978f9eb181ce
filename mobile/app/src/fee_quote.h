#pragma once
// The fee the technician shows the customer: the job's facts and the recorded work run
// through the company's service policy (shared/, the same code the server re-runs),
// then laid out for QML in the app's language with a reason on every line.
#include <QDate>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include "fieldledger/service_policy/service_policy.h"
#include "fieldledger/v1/jobs.pb.h"
#include "fieldledger/v1/sync.pb.h"

namespace fieldledger::app {

// The policy a device quotes with: the company's, as last synced from the server
// (SetDevicePolicy), or the built-in one before the first sync.
const service_policy::Policy& DevicePolicy();
void SetDevicePolicy(service_policy::Policy policy);

// Job facts for the rules. A missing or malformed purchase date becomes an invalid date
// so the quote carries an error rather than silently counting from 1970.
service_policy::JobFacts FactsFor(const v1::Job& job, const v1::WorkRecorded& work,
                                  QDate visit_date);
service_policy::Quote QuoteFor(const v1::Job& job, const v1::WorkRecorded& work, QDate visit_date);

// Records on the work event what the server needs to check the quote shown.
void StampQuote(const service_policy::Quote& quote, v1::WorkRecorded& work);

// The language the app shows (Chinese when the default QLocale is Chinese).
QString LocalText(const service_policy::Text& text);
QString MoneyText(service_policy::Fen fen, const QString& currency);

// "repair", "installation" or "maintenance": the job kind as the policy's job types name it.
std::string JobKindName(v1::JobType type);
// [{id, name}] of the work items the work form offers for the job's kind and category
// (service_policy::Policy::WorkItemsFor).
QVariantList FaultTypesFor(const v1::Job& job);
// [{id, name}] of the checks the job's type asks for (none without a job type).
QVariantList ChecksFor(const v1::Job& job);
// The job type's name in the app's language ("Air-conditioner installation"), or "".
QString JobTypeNameFor(const v1::Job& job);
// The names of `ids` among the job type's checks, in the app's language.
QStringList CheckNamesFor(const v1::Job& job, const QStringList& ids);
// The quote for QML: ok, total, verdict (why free or paid), lines [{fault, amount,
// reason, charged}], errors [text].
QVariantMap QuoteView(const service_policy::Quote& quote);

}  // namespace fieldledger::app
