#pragma once
// Prints a month's pay (app/pay_logic.h) for the admin CLI: one line per technician with
// its explanation, and a CSV with one row per payslip line.
#include <ostream>

#include "app/pay_logic.h"

namespace fieldledger::server::admin {

void PrintMonthPay(const MonthPay& pay, const std::string& time_zone, bool explain,
                   std::ostream& out);
void WriteMonthPayCsv(const MonthPay& pay, std::ostream& csv);

}  // namespace fieldledger::server::admin
