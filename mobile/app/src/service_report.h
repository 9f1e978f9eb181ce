#pragma once
// The service report the technician shares or prints: the visit summary the customer
// signed, the signature, who signed and when, as a PDF made with QPdfWriter.
#include <QByteArray>
#include <QImage>
#include <QString>

namespace fieldledger::app {

struct ReportContent {
  QString company;         // heading
  QString technician;      // who did the work
  QString summary;         // VisitSummaryText, exactly as signed
  QString signer;          // trimmed name
  QString signed_at;       // formatted local time
  QString summary_sha256;  // printed so a reader can check the binding
  QImage signature;        // transparent ink
};

QByteArray MakeServiceReportPdf(const ReportContent& content);
// The report's first page as an image (A4 at 150 dpi), drawn by the same code as the
// PDF: for the screenshot tour, where no PDF viewer is at hand.
QImage RenderServiceReportPage(const ReportContent& content);

}  // namespace fieldledger::app
