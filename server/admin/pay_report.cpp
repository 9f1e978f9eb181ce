#include "admin/pay_report.h"

#include <iomanip>

#include "app/time_text.h"

namespace fieldledger::server::admin {
namespace {

// RFC 4180: quote a field that holds a comma, a quote or a line break.
std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// 4500.00, -0.05: no grouping, so spreadsheets read it as a number.
std::string PlainYuan(pay::Fen fen) {
  std::string grouped = pay::FormatYuan(fen);
  std::erase(grouped, ',');
  return grouped;
}

}  // namespace

void PrintMonthPay(const MonthPay& pay, const std::string& time_zone, bool explain,
                   std::ostream& out) {
  out << "Pay: " << pay.period.label << " (" << time_zone << ")\n"
      << "Policies: pay " << pay.pay_policy_version << ", scoring " << pay.scoring_policy_version
      << ", computed " << FormatLocalTime(pay.computed_at, time_zone) << "\n\n"
      << std::left << std::setw(20) << "technician" << std::right << std::setw(14) << "revenue"
      << std::setw(12) << "base" << std::setw(12) << "share" << std::setw(12) << "bonus"
      << std::setw(12) << "rank" << std::setw(14) << "total"
      << "  gate\n";
  for (const TechnicianPay& t : pay.technicians) {
    pay::Fen base = 0, share = 0, bonus = 0, rank = 0;
    for (const pay::PayLine& l : t.payslip.lines) {
      switch (l.kind) {
        case pay::PayLineKind::kBase:
          base += l.amount_fen;
          break;
        case pay::PayLineKind::kRevenueShare:
          share += l.amount_fen;
          break;
        case pay::PayLineKind::kMetricBonus:
          bonus += l.amount_fen;
          break;
        case pay::PayLineKind::kRankReward:
          rank += l.amount_fen;
          break;
      }
    }
    out << std::left << std::setw(20) << t.display_name << std::right << std::setw(14)
        << pay::FormatYuan(t.revenue_fen) << std::setw(12) << pay::FormatYuan(base) << std::setw(12)
        << pay::FormatYuan(share) << std::setw(12) << pay::FormatYuan(bonus) << std::setw(12)
        << pay::FormatYuan(rank) << std::setw(14) << pay::FormatYuan(t.payslip.total_fen) << "  "
        << (t.payslip.bonus_earned ? "passed" : "not passed") << "\n";
    if (explain) {
      for (const pay::PayLine& l : t.payslip.lines) out << "    " << l.explanation << "\n";
      for (const FeeDifference& d : t.fee_differences) {
        out << "    not counted: job " << d.reference << " fee " << pay::FormatYuan(d.server_fen)
            << " (device said " << pay::FormatYuan(d.device_fen) << "): " << d.check << "\n";
      }
    }
  }
}

void WriteMonthPayCsv(const MonthPay& pay, std::ostream& csv) {
  csv << "period,technician_id,technician,line,metric,rank,amount_yuan,explanation,"
         "pay_policy,scoring_policy\n";
  for (const TechnicianPay& t : pay.technicians) {
    for (const pay::PayLine& l : t.payslip.lines) {
      csv << CsvField(pay.period.label) << "," << CsvField(t.technician_id) << ","
          << CsvField(t.display_name) << "," << pay::PayLineKindName(l.kind) << ","
          << (l.metric ? scoring::MetricName(*l.metric) : "") << ","
          << (l.rank ? std::to_string(*l.rank) : "") << "," << PlainYuan(l.amount_fen) << ","
          << CsvField(l.explanation) << "," << CsvField(pay.pay_policy_version) << ","
          << CsvField(pay.scoring_policy_version) << "\n";
    }
    csv << CsvField(pay.period.label) << "," << CsvField(t.technician_id) << ","
        << CsvField(t.display_name) << ",total,,," << PlainYuan(t.payslip.total_fen) << ",,"
        << CsvField(pay.pay_policy_version) << "," << CsvField(pay.scoring_policy_version) << "\n";
  }
}

}  // namespace fieldledger::server::admin
