#include "service_report.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <functional>

namespace fieldledger::app {
namespace {

constexpr int kDpi = 150;
constexpr double kMarginMm = 18;

// Draws wrapped text at y and returns the y below it, starting a new page if needed.
qreal Paragraph(QPainter& p, const std::function<bool()>& new_page, qreal y, const QString& text,
                const QFont& font) {
  p.setFont(font);
  const qreal width = p.viewport().width();
  QRectF box = p.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text);
  if (y + box.height() > p.viewport().height() && y > 0 && new_page()) y = 0;
  p.drawText(QRectF(0, y, width, box.height()), Qt::TextWordWrap, text);
  return y + box.height();
}

// Paints the report in device pixels at kDpi; new_page() returns false where there is
// no next page (the preview image), and drawing then just runs off the end.
void PaintReport(QPainter& p, const ReportContent& c, const std::function<bool()>& new_page) {
  // Noto Sans CJK covers both Chinese and Latin, so one font serves either language.
  QFont body(QStringLiteral("Noto Sans CJK SC"));
  body.setPointSizeF(10.5);
  QFont heading = body;
  heading.setPointSizeF(18);
  heading.setBold(true);
  QFont small = body;
  small.setPointSizeF(8);

  const QString title =
      c.company.isEmpty()
          ? QCoreApplication::translate("ServiceReport", "Service report")
          : QCoreApplication::translate("ServiceReport", "%1 service report").arg(c.company);
  qreal y = Paragraph(p, new_page, 0, title, heading);
  y += 10;
  if (!c.technician.isEmpty()) {
    y = Paragraph(p, new_page, y,
                  QCoreApplication::translate("ServiceReport", "Technician: %1").arg(c.technician),
                  body);
  }
  y += 20;
  y = Paragraph(p, new_page, y, c.summary, body);
  y += 40;
  y = Paragraph(p, new_page, y, QCoreApplication::translate("ServiceReport", "Customer signature"),
                body);
  if (!c.signature.isNull()) {
    // About 8 cm wide at 150 dpi, whatever the pad's size was.
    const QImage ink = c.signature.scaledToWidth(480, Qt::SmoothTransformation);
    if (y + ink.height() > p.viewport().height() && new_page()) y = 0;
    p.setPen(QPen(Qt::lightGray, 2));
    p.drawRect(QRectF(0, y, ink.width(), ink.height()));
    p.drawImage(QPointF(0, y), ink);
    y += ink.height() + 10;
  }
  p.setPen(Qt::black);
  y = Paragraph(
      p, new_page, y,
      QCoreApplication::translate("ServiceReport", "Signed by %1 at %2").arg(c.signer, c.signed_at),
      body);
  y += 20;
  Paragraph(p, new_page, y,
            QCoreApplication::translate("ServiceReport", "Visit summary SHA-256: %1")
                .arg(c.summary_sha256),
            small);
}

}  // namespace

QByteArray MakeServiceReportPdf(const ReportContent& c) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QPdfWriter pdf(&buffer);
  pdf.setPageSize(QPageSize(QPageSize::A4));
  pdf.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                     QPageLayout::Millimeter);
  pdf.setResolution(kDpi);
  pdf.setTitle(QCoreApplication::translate("ServiceReport", "Service report"));
  pdf.setCreator(QStringLiteral("FieldLedger"));
  QPainter p(&pdf);
  PaintReport(p, c, [&] { return pdf.newPage(); });
  p.end();
  return bytes;
}

QImage RenderServiceReportPage(const ReportContent& c) {
  const QSizeF a4_mm = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
  const auto px = [](double mm) { return qRound(mm / 25.4 * kDpi); };
  QImage page(px(a4_mm.width()), px(a4_mm.height()), QImage::Format_RGB32);
  page.setDotsPerMeterX(qRound(kDpi / 0.0254));
  page.setDotsPerMeterY(qRound(kDpi / 0.0254));
  page.fill(Qt::white);
  QPainter p(&page);
  p.setRenderHint(QPainter::Antialiasing);
  const int m = px(kMarginMm);
  p.setViewport(m, m, page.width() - 2 * m, page.height() - 2 * m);
  p.setWindow(0, 0, page.width() - 2 * m, page.height() - 2 * m);
  PaintReport(p, c, [] { return false; });
  return page;
}

}  // namespace fieldledger::app
