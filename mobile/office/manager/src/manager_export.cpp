#include "manager_export.h"

#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QFile>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <algorithm>
#include <vector>

namespace fieldledger::office {
namespace {

QString CsvField(const QString& text) {
  static const QRegularExpression kNeedsQuotes(QStringLiteral("[\",\r\n]"));
  if (!text.contains(kNeedsQuotes)) return text;
  QString quoted = text;
  quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
  return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Worksheet names: at most 31 characters, none of []:*?/\ (Excel's own rules).
QString SheetName(const QString& title, int index) {
  QString name = title;
  static const QRegularExpression kBad(QStringLiteral("[\\[\\]:*?/\\\\]"));
  name.replace(kBad, QStringLiteral(" "));
  name = name.trimmed().left(31);
  return name.isEmpty() ? QStringLiteral("Sheet%1").arg(index + 1) : name;
}

}  // namespace

QString CellText(const QVariant& cell, ColumnKind kind) {
  if (!cell.isValid() || cell.isNull())
    return kind == ColumnKind::kRate ? QCoreApplication::translate("ManagerExport", "no data")
                                     : QString();
  switch (kind) {
    case ColumnKind::kYuan: {
      const qint64 fen = cell.toLongLong();
      const qint64 abs = fen < 0 ? -fen : fen;
      return QStringLiteral("%1%2.%3")
          .arg(fen < 0 ? QStringLiteral("-") : QString())
          .arg(abs / 100)
          .arg(abs % 100, 2, 10, QLatin1Char('0'));
    }
    case ColumnKind::kRate:
      return QStringLiteral("%1%").arg(cell.toDouble() * 100.0, 0, 'f', 1);
    case ColumnKind::kCount:
      return QString::number(cell.toLongLong());
    case ColumnKind::kText:
      return cell.toString();
  }
  return cell.toString();
}

bool WriteCsv(const ExportTable& table, const QString& path, QString* error) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly)) {
    if (error) *error = file.errorString();
    return false;
  }
  QByteArray out("\xEF\xBB\xBF");
  QStringList header;
  for (const ExportColumn& c : table.columns) header << CsvField(c.title);
  out += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
  for (const QVariantList& row : table.rows) {
    QStringList fields;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
      fields << CsvField(CellText(i < row.size() ? row[i] : QVariant(), table.columns[i].kind));
    }
    out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
  }
  file.write(out);
  if (!file.commit()) {
    if (error) *error = file.errorString();
    return false;
  }
  return true;
}

bool WriteXlsx(const QList<ExportTable>& sheets, const QString& path, QString* error) {
  const QByteArray file = QFile::encodeName(path);
  lxw_workbook* workbook = workbook_new(file.constData());
  if (!workbook) {
    if (error) *error = QCoreApplication::translate("ManagerExport", "Cannot create the workbook.");
    return false;
  }
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  lxw_format* yuan = workbook_add_format(workbook);
  format_set_num_format(yuan, "#,##0.00");
  lxw_format* rate = workbook_add_format(workbook);
  format_set_num_format(rate, "0.0%");
  for (qsizetype s = 0; s < sheets.size(); ++s) {
    const ExportTable& table = sheets[s];
    const QByteArray name = SheetName(table.title, static_cast<int>(s)).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
    if (!sheet) sheet = workbook_add_worksheet(workbook, nullptr);  // a duplicate name
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      worksheet_write_string(sheet, 0, col, table.columns[c].title.toUtf8().constData(), bold);
      const double width = table.columns[c].kind == ColumnKind::kText ? 24 : 14;
      worksheet_set_column(sheet, col, col, width, nullptr);
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
      const auto row = static_cast<lxw_row_t>(r + 1);
      const QVariantList& cells = table.rows[r];
      for (qsizetype c = 0; c < table.columns.size() && c < cells.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        const QVariant& cell = cells[c];
        const ColumnKind kind = table.columns[c].kind;
        if (cell.isNull() || !cell.isValid()) {
          if (kind == ColumnKind::kRate) {
            worksheet_write_string(
                sheet, row, col,
                QCoreApplication::translate("ManagerExport", "no data").toUtf8().constData(),
                nullptr);
          }
          continue;
        }
        switch (kind) {
          case ColumnKind::kYuan:
            worksheet_write_number(sheet, row, col, static_cast<double>(cell.toLongLong()) / 100.0,
                                   yuan);
            break;
          case ColumnKind::kRate:
            worksheet_write_number(sheet, row, col, cell.toDouble(), rate);
            break;
          case ColumnKind::kCount:
            worksheet_write_number(sheet, row, col, static_cast<double>(cell.toLongLong()),
                                   nullptr);
            break;
          case ColumnKind::kText:
            worksheet_write_string(sheet, row, col, cell.toString().toUtf8().constData(), nullptr);
            break;
        }
      }
    }
  }
  const lxw_error result = workbook_close(workbook);
  if (result != LXW_NO_ERROR) {
    if (error) *error = QString::fromUtf8(lxw_strerror(result));
    return false;
  }
  return true;
}

namespace {

// Lays documents out on A4 pages, top to bottom, in device units of a 300 dpi writer.
class PdfLayout {
 public:
  explicit PdfLayout(QPdfWriter& writer) : writer_(writer), painter_(&writer) {
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    width_ = page.width();
    bottom_ = page.height();
    base_ = QFont(QStringLiteral("Noto Sans CJK SC"));
    base_.setPointSizeF(9);
  }
  bool active() const { return painter_.isActive(); }

  void NewPage() {
    if (!first_) writer_.newPage();
    first_ = false;
    y_ = 0;
  }

  void Heading(const QString& text, double points) {
    QFont f = base_;
    f.setPointSizeF(points);
    f.setBold(true);
    Paragraph(text, f);
    y_ += Gap();
  }

  void Paragraph(const QString& text, const QFont& font) {
    painter_.setFont(font);
    const QRect box = painter_.boundingRect(QRect(0, 0, width_, 100000), Qt::TextWordWrap, text);
    if (y_ + box.height() > bottom_) NewPage();
    painter_.drawText(QRect(0, y_, width_, box.height()), Qt::TextWordWrap, text);
    y_ += box.height();
  }

  void Fact(const QString& text) { Paragraph(text, base_); }

  void Table(const ExportTable& table) {
    y_ += Gap();
    QFont heading = base_;
    heading.setBold(true);
    heading.setPointSizeF(11);
    Paragraph(table.title, heading);
    y_ += Gap() / 2;
    const int n = static_cast<int>(table.columns.size());
    if (n == 0) return;
    // Column widths from the text measured in the table's font: every column gets at
    // least its longest word (a word is never cut), the rest of the page is shared in
    // proportion to how much wider each column's longest line would like to be.
    QFont bold = base_;
    bold.setBold(true);
    const QFontMetrics plain_metrics(base_, &writer_), bold_metrics(bold, &writer_);
    const int pad = 2 * (writer_.resolution() / 50) + writer_.resolution() / 30;
    std::vector<double> least(static_cast<std::size_t>(n), 0.0), natural(least);
    for (int c = 0; c < n; ++c) {
      const auto measure = [&](const QString& text, const QFontMetrics& m) {
        for (const QString& line : text.split(QLatin1Char('\n'))) {
          natural[c] = std::max<double>(natural[c], m.horizontalAdvance(line) + pad);
          for (const QString& word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            least[c] = std::max<double>(least[c], m.horizontalAdvance(word) + pad);
          }
        }
      };
      measure(table.columns[c].title, bold_metrics);
      for (const auto& row : table.rows) {
        if (c < row.size()) measure(CellText(row[c], table.columns[c].kind), plain_metrics);
      }
    }
    double least_sum = 0, natural_sum = 0;
    for (int c = 0; c < n; ++c) {
      least_sum += least[c];
      natural_sum += natural[c];
    }
    QList<int> widths(static_cast<qsizetype>(n));
    for (int c = 0; c < n; ++c) {
      double w;
      if (natural_sum <= width_) {
        w = natural[c] + (width_ - natural_sum) / n;  // everything fits on one line
      } else if (least_sum >= width_) {
        w = width_ * least[c] / least_sum;  // words must wrap: as fair as it gets
      } else {
        w = least[c] + (width_ - least_sum) * (natural[c] - least[c]) / (natural_sum - least_sum);
      }
      widths[c] = static_cast<int>(w);
    }
    QList<bool> right(static_cast<qsizetype>(n));
    for (int c = 0; c < n; ++c) right[c] = table.columns[c].kind != ColumnKind::kText;
    right_ = right;

    QStringList header;
    for (const auto& c : table.columns) header << c.title;
    Row(header, widths, true);
    for (const auto& row : table.rows) {
      QStringList cells;
      for (int c = 0; c < n; ++c) {
        cells << CellText(c < row.size() ? row[c] : QVariant(), table.columns[c].kind);
      }
      if (Row(cells, widths, false)) Row(header, widths, true);  // new page: header again
      // Row drew the cells after the repeated header when it broke the page.
    }
  }

 private:
  int Gap() const { return writer_.resolution() / 12; }

  // Draws one row; returns true when it started a new page first (the caller repeats the
  // header and this row is drawn again below it).
  bool Row(const QStringList& cells, const QList<int>& widths, bool header) {
    QFont f = base_;
    f.setBold(header);
    painter_.setFont(f);
    const int pad = writer_.resolution() / 50;
    int height = 0;
    for (int c = 0; c < cells.size(); ++c) {
      const QRect box = painter_.boundingRect(QRect(0, 0, widths[c] - 2 * pad, 100000),
                                              Qt::TextWordWrap, cells[c]);
      height = std::max(height, box.height() + 2 * pad);
    }
    if (y_ + height > bottom_ && !header) {
      NewPage();
      pending_ = cells;
      return true;
    }
    int x = 0;
    if (header) painter_.fillRect(QRect(0, y_, width_, height), QColor(0xE3, 0xEA, 0xF3));
    for (int c = 0; c < cells.size(); ++c) {
      const int align = c < right_.size() && right_[c] ? Qt::AlignRight : Qt::AlignLeft;
      painter_.drawText(QRect(x + pad, y_ + pad, widths[c] - 2 * pad, height - 2 * pad),
                        Qt::TextWordWrap | align, cells[c]);
      x += widths[c];
    }
    painter_.setPen(QColor(0xB0, 0xB8, 0xC4));
    painter_.drawLine(0, y_ + height, width_, y_ + height);
    painter_.setPen(Qt::black);
    y_ += height;
    if (header && !pending_.isEmpty()) {
      const QStringList again = pending_;
      pending_.clear();
      Row(again, widths, false);
    }
    return false;
  }

  QPdfWriter& writer_;
  QPainter painter_;
  QFont base_;
  int width_ = 0;
  int bottom_ = 0;
  int y_ = 0;
  bool first_ = true;
  QStringList pending_;
  QList<bool> right_;  // the current table's columns drawn right-aligned (numbers)
};

}  // namespace

bool WritePdf(const QList<ExportDocument>& documents, const QString& path, QString* error) {
  QPdfWriter writer(path);
  writer.setResolution(300);
  writer.setPageSize(QPageSize(QPageSize::A4));
  writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
  writer.setCreator(QStringLiteral("FieldLedger"));
  if (!documents.isEmpty()) writer.setTitle(documents.first().title);
  {
    PdfLayout layout(writer);
    if (!layout.active()) {
      if (error)
        *error = QCoreApplication::translate("ManagerExport", "Cannot write the PDF file.");
      return false;
    }
    for (const ExportDocument& doc : documents) {
      layout.NewPage();
      layout.Heading(doc.title, 16);
      for (const QString& fact : doc.facts) layout.Fact(fact);
      for (const ExportTable& table : doc.tables) layout.Table(table);
    }
  }
  if (!QFile::exists(path)) {
    if (error) *error = QCoreApplication::translate("ManagerExport", "Cannot write the PDF file.");
    return false;
  }
  return true;
}

QString LocalPath(const QString& url_or_path) {
  const QUrl url(url_or_path);
  if (url.isLocalFile()) return url.toLocalFile();
  return url_or_path;
}

}  // namespace fieldledger::office
