#pragma once
// The shift import's refusal in the user's language. The server refuses a bad CSV as a
// whole (AttendanceService.ImportShifts, docs/attendance.md) with one English line per
// problem, "line N: column: what is wrong", written by server/app/attendance_logic.cpp and
// its CSV reader; each known wording is matched here and translated with its line number,
// column and value kept. A line not recognised is shown as the server wrote it.
#include <grpcpp/support/status.h>
#include <QString>
#include <QStringList>

namespace fieldledger::office {

// One server line ("line 4: start: not a time ('soon')") in the current language.
QString ShiftImportLineText(const QString& line);
// Every problem of a refused import, one entry per line; empty when the status is not the
// import's list of bad lines (the caller then shows ErrorText(status)).
QStringList ShiftImportErrors(const grpc::Status& status);

}  // namespace fieldledger::office
