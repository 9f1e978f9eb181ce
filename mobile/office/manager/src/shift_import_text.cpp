#include "shift_import_text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fieldledger::office {
namespace {

// What is wrong, without the "line N: " prefix; empty when not a known wording.
QString ProblemText(const QString& what) {
  static const QRegularExpression kMissingColumn(QStringLiteral("^missing column '(.*)'$"));
  static const QRegularExpression kNoTechnician(
      QStringLiteral("^technician: no technician '(.*)' in this company$"));
  static const QRegularExpression kNotATime(
      QStringLiteral("^(start|end): not a time \\('(.*)'\\)$"));
  static const QRegularExpression kLeave(QStringLiteral("^leave: write yes or no, not '(.*)'$"));
  static const QRegularExpression kTooLong(QStringLiteral("^(\\w+) is longer than (\\d+) bytes$"));
  static const QRegularExpression kUtf8(
      QStringLiteral("^(\\w+) is not valid UTF-8 \\(byte (\\d+)\\)$"));
  static const QRegularExpression kControl(
      QStringLiteral("^(\\w+) contains a control character \\(byte (\\d+)\\)$"));
  if (what == QLatin1String("the file is empty (expected a header row)")) {
    return QCoreApplication::translate("ShiftImport",
                                       "the file is empty (a header row is expected)");
  }
  if (what == QLatin1String("quoted field is not closed"))
    return QCoreApplication::translate("ShiftImport", "a quoted field is not closed");
  if (what == QLatin1String("end must be after start"))
    return QCoreApplication::translate("ShiftImport", "end must be after start");
  if (what == QLatin1String("a shift lasts at most 24 hours")) {
    return QCoreApplication::translate("ShiftImport", "a shift lasts at most 24 hours");
  }
  if (what == QLatin1String("start is more than 400 days from today")) {
    return QCoreApplication::translate("ShiftImport", "start is more than 400 days from today");
  }
  QRegularExpressionMatch m;
  if ((m = kMissingColumn.match(what)).hasMatch()) {
    return QCoreApplication::translate("ShiftImport", "the header has no column '%1'")
        .arg(m.captured(1));
  }
  if ((m = kNoTechnician.match(what)).hasMatch()) {
    return QCoreApplication::translate(
               "ShiftImport", "column technician: no technician with username '%1' in this company")
        .arg(m.captured(1));
  }
  if ((m = kNotATime.match(what)).hasMatch()) {
    return QCoreApplication::translate("ShiftImport",
                                       "column %1: '%2' is not a time (write YYYY-MM-DD HH:MM)")
        .arg(m.captured(1), m.captured(2));
  }
  if ((m = kLeave.match(what)).hasMatch()) {
    return QCoreApplication::translate("ShiftImport", "column leave: write yes or no, not '%1'")
        .arg(m.captured(1));
  }
  if ((m = kTooLong.match(what)).hasMatch()) {
    return QCoreApplication::translate("ShiftImport", "column %1: longer than %2 bytes")
        .arg(m.captured(1), m.captured(2));
  }
  if ((m = kUtf8.match(what)).hasMatch()) {
    return QCoreApplication::translate("ShiftImport", "column %1: not valid UTF-8 (byte %2)")
        .arg(m.captured(1), m.captured(2));
  }
  if ((m = kControl.match(what)).hasMatch()) {
    return QCoreApplication::translate("ShiftImport",
                                       "column %1: contains a control character (byte %2)")
        .arg(m.captured(1), m.captured(2));
  }
  return {};
}

}  // namespace

QString ShiftImportLineText(const QString& line) {
  static const QRegularExpression kLine(QStringLiteral("^line (\\d+): (.*)$"));
  static const QRegularExpression kMore(QStringLiteral("^\\((\\d+) more\\)$"));
  QRegularExpressionMatch m = kLine.match(line);
  if (m.hasMatch()) {
    const QString problem = ProblemText(m.captured(2));
    return QCoreApplication::translate("ShiftImport", "Line %1: %2")
        .arg(m.captured(1), problem.isEmpty() ? m.captured(2) : problem);
  }
  if ((m = kMore.match(line)).hasMatch())
    return QCoreApplication::translate("ShiftImport", "(%1 more lines)").arg(m.captured(1));
  return line;
}

QStringList ShiftImportErrors(const grpc::Status& status) {
  static const QString kHead = QStringLiteral("csv: nothing was imported; fix these lines:");
  if (status.error_code() != grpc::StatusCode::INVALID_ARGUMENT) return {};
  const QString message = QString::fromStdString(status.error_message());
  if (!message.startsWith(kHead)) return {};
  QStringList out;
  for (const QString& line : message.mid(kHead.size()).split(u'\n', Qt::SkipEmptyParts)) {
    out.append(ShiftImportLineText(line));
  }
  return out;
}

}  // namespace fieldledger::office
