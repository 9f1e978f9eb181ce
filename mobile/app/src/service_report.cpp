#include "service_report.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace fieldledger::app {
namespace {

QString Tr(const char* text) { return QCoreApplication::translate("ServiceReport", text); }

// Draws wrapped text at y and returns the y below it, starting a new page if needed.
qreal Paragraph(QPainter& p, QPdfWriter& pdf, qreal y, const QString& text, const QFont& font) {
  p.setFont(font);
  const qreal width = p.viewport().width();
  QRectF box = p.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text);
  if (y + box.height() > p.viewport().height() && y > 0) {
    pdf.newPage();
    y = 0;
  }
  p.drawText(QRectF(0, y, width, box.height()), Qt::TextWordWrap, text);
  return y + box.height();
}

}  // namespace

QByteArray MakeServiceReportPdf(const ReportContent& c) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QPdfWriter pdf(&buffer);
  pdf.setPageSize(QPageSize(QPageSize::A4));
  pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
  pdf.setResolution(150);
  pdf.setTitle(Tr("Service report"));
  pdf.setCreator(QStringLiteral("FieldLedger"));

  QPainter p(&pdf);
  // Noto Sans CJK covers both Chinese and Latin, so one font serves either language.
  QFont body(QStringLiteral("Noto Sans CJK SC"));
  body.setPointSizeF(10.5);
  QFont heading = body;
  heading.setPointSizeF(18);
  heading.setBold(true);
  QFont small = body;
  small.setPointSizeF(8);

  qreal y = Paragraph(
      p, pdf, 0,
      c.company.isEmpty() ? Tr("Service report") : Tr("%1 service report").arg(c.company), heading);
  y += 30;
  y = Paragraph(p, pdf, y, c.summary, body);
  y += 40;
  y = Paragraph(p, pdf, y, Tr("Customer signature"), body);
  if (!c.signature.isNull()) {
    // About 8 cm wide at 150 dpi, whatever the pad's size was.
    const QImage ink = c.signature.scaledToWidth(480, Qt::SmoothTransformation);
    if (y + ink.height() > p.viewport().height()) {
      pdf.newPage();
      y = 0;
    }
    p.setPen(QPen(Qt::lightGray, 2));
    p.drawRect(QRectF(0, y, ink.width(), ink.height()));
    p.drawImage(QPointF(0, y), ink);
    y += ink.height() + 10;
  }
  y = Paragraph(p, pdf, y, Tr("Signed by %1 at %2").arg(c.signer, c.signed_at), body);
  y += 20;
  Paragraph(p, pdf, y, Tr("Visit summary SHA-256: %1").arg(c.summary_sha256), small);
  p.end();
  return bytes;
}

}  // namespace fieldledger::app
