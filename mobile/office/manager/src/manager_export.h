#pragma once
// The manager's exports: any table of the desk as CSV, a month's pay as an Excel
// workbook (libxlsxwriter), and a scorecard or payslip as a PDF (QPdfWriter). The desk's
// models turn what they show into ExportTables with headers in the user's language; the
// writers here only lay them out, so every format carries the same rows.
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace fieldledger::office {

// How a column's cells are written. Money is integer fen, shown as yuan with two
// decimals; a rate is 0..1 (a null cell is "no data"); text and counts are as given.
enum class ColumnKind { kText, kCount, kYuan, kRate };

struct ExportColumn {
  QString title;
  ColumnKind kind = ColumnKind::kText;
};

struct ExportTable {
  QString title;  // the sheet's name and the PDF's heading for it
  QList<ExportColumn> columns;
  QList<QVariantList> rows;  // one cell per column; a null QVariant is an empty / no-data cell

  void add(QVariantList row) { rows.append(std::move(row)); }
};

// A PDF section: a heading, lines of facts (policy versions, computed at ...) and tables.
struct ExportDocument {
  QString title;
  QStringList facts;
  QList<ExportTable> tables;
};

// A cell as CSV and the PDF show it: "4500.24" for money, "92.0%" for a rate.
QString CellText(const QVariant& cell, ColumnKind kind);

// RFC 4180: comma-separated, fields with commas, quotes or line breaks quoted, CRLF line
// ends; UTF-8 with a byte-order mark so spreadsheet programs read Chinese correctly.
bool WriteCsv(const ExportTable& table, const QString& path, QString* error);
// One worksheet per table, a bold header row, money and rates as numbers with formats.
bool WriteXlsx(const QList<ExportTable>& sheets, const QString& path, QString* error);
// Each document starts on a new A4 page; long tables continue with their header repeated.
bool WritePdf(const QList<ExportDocument>& documents, const QString& path, QString* error);

// A path from QML: a file:// URL from a file dialog or a plain local path.
QString LocalPath(const QString& url_or_path);

}  // namespace fieldledger::office
