// The manager's export writers: the CSV parses back to the rows written, the workbook's
// sheets hold them (read back from the .xlsx zip with minizip), the PDF is a PDF with a
// page per document.
#include <gtest/gtest.h>
#include <unzip.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "manager_export.h"

namespace fieldledger::office {
namespace {

ExportTable Sample() {
  ExportTable t;
  t.title = "Pay 2026-03";
  t.columns = {{"Technician"},
               {"Jobs", ColumnKind::kCount},
               {"Total", ColumnKind::kYuan},
               {"Rate", ColumnKind::kRate}};
  t.add({"Tess Tech", 10, qint64{590240}, 0.8});
  t.add({"Tom, \"the\" Tech", 3, qint64{-5}, QVariant()});
  t.add({"李伟\n第二行", 0, qint64{0}, 1.0});
  return t;
}

// A minimal RFC 4180 reader: fields, quotes doubled inside quoted fields, CRLF rows.
QList<QStringList> ParseCsv(const QString& text) {
  QList<QStringList> rows;
  QStringList row;
  QString field;
  bool quoted = false;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row << field;
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      row << field;
      rows << row;
      row.clear();
      field.clear();
      ++i;
    } else {
      field += c;
    }
  }
  return rows;
}

QByteArray ZipEntry(const QString& zip, const char* name) {
  unzFile f = unzOpen(QFile::encodeName(zip).constData());
  if (!f) return {};
  QByteArray out;
  if (unzLocateFile(f, name, 0) == UNZ_OK && unzOpenCurrentFile(f) == UNZ_OK) {
    char buf[4096];
    int n;
    while ((n = unzReadCurrentFile(f, buf, sizeof buf)) > 0) out.append(buf, n);
    unzCloseCurrentFile(f);
  }
  unzClose(f);
  return out;
}

TEST(ManagerExport, CsvParsesBackToTheRowsWritten) {
  QTemporaryDir dir;
  const QString path = dir.filePath("pay.csv");
  QString error;
  ASSERT_TRUE(WriteCsv(Sample(), path, &error)) << error.toStdString();
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QByteArray bytes = f.readAll();
  ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));  // the BOM spreadsheets need for Chinese
  const auto rows = ParseCsv(QString::fromUtf8(bytes.mid(3)));
  ASSERT_EQ(rows.size(), 4);
  EXPECT_EQ(rows[0], (QStringList{"Technician", "Jobs", "Total", "Rate"}));
  EXPECT_EQ(rows[1], (QStringList{"Tess Tech", "10", "5902.40", "80.0%"}));
  EXPECT_EQ(rows[2], (QStringList{"Tom, \"the\" Tech", "3", "-0.05", "no data"}));
  EXPECT_EQ(rows[3], (QStringList{"李伟\n第二行", "0", "0.00", "100.0%"}));
}

TEST(ManagerExport, WorkbookHoldsEverySheetsRows) {
  QTemporaryDir dir;
  const QString path = dir.filePath("pay.xlsx");
  ExportTable second = Sample();
  second.title = "Bonus gate: a/b";  // characters Excel forbids in a sheet name
  QString error;
  ASSERT_TRUE(WriteXlsx({Sample(), second}, path, &error)) << error.toStdString();
  const QString workbook = QString::fromUtf8(ZipEntry(path, "xl/workbook.xml"));
  EXPECT_TRUE(workbook.contains("name=\"Pay 2026-03\"")) << workbook.toStdString();
  EXPECT_TRUE(workbook.contains("name=\"Bonus gate  a b\"")) << workbook.toStdString();
  const QString strings = QString::fromUtf8(ZipEntry(path, "xl/sharedStrings.xml"));
  for (const char* s : {"Technician", "Tess Tech", "李伟", "no data"}) {
    EXPECT_TRUE(strings.contains(QString::fromUtf8(s))) << s;
  }
  const QString sheet = QString::fromUtf8(ZipEntry(path, "xl/worksheets/sheet1.xml"));
  // Money as a number in yuan, a rate as a fraction, four rows (header + 3).
  EXPECT_TRUE(sheet.contains("<v>5902.4</v>")) << sheet.toStdString();
  EXPECT_TRUE(sheet.contains("<v>0.8</v>"));
  EXPECT_EQ(sheet.count("<row "), 4);
}

TEST(ManagerExport, PdfHasAPagePerDocument) {
  QTemporaryDir dir;
  const QString path = dir.filePath("payslips.pdf");
  ExportDocument a{"Payslip 2026-03: Tess Tech", {"Total ¥5,902.40"}, {Sample()}};
  ExportDocument b{"工资单 2026-03：李伟", {"合计 ¥5,101.20"}, {Sample()}};
  QString error;
  ASSERT_TRUE(WritePdf({a, b}, path, &error)) << error.toStdString();
  QFile f(path);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QByteArray pdf = f.readAll();
  EXPECT_TRUE(pdf.startsWith("%PDF-"));
  static const QRegularExpression kPage("/Type\\s*/Page[^s]");
  EXPECT_EQ(QString::fromLatin1(pdf).count(kPage), 2);
}

TEST(ManagerExport, AnUnwritablePathIsReportedNotIgnored) {
  QString error;
  EXPECT_FALSE(WriteCsv(Sample(), "/nonexistent-dir/x.csv", &error));
  EXPECT_FALSE(error.isEmpty());
  EXPECT_FALSE(WriteXlsx({Sample()}, "/nonexistent-dir/x.xlsx", &error));
}

}  // namespace
}  // namespace fieldledger::office
