#pragma once
// Bulk job creation from CSV (RFC 4180: quoted fields may hold commas, quotes and
// newlines). All or nothing: one bad row rejects the whole file, with every bad row
// reported by line number, so a dispatcher fixes the file once.
#include <istream>
#include <string>
#include <vector>

#include "storage/store.h"

namespace fieldledger::server {

// Header (any column order): reference,type,customer_name,customer_phone,address,
// latitude,longitude,window_start,window_end,technician,product,serial_number,description,
// product_category,purchase_date,activation_date (the last six optional; dates YYYY-MM-DD)
// `technician` is a username; window times are local to the company's time zone
// unless they carry Z or an offset.
struct CsvImportResult {
  int imported = 0;
  std::vector<std::string> errors;  // "line 7: window_end: not a time (...)"
};

CsvImportResult ImportJobsCsv(Store& store, const std::string& company_id, std::istream& in,
                              TimeMs now);

// Splits CSV text into records of fields; each record remembers its starting line.
struct CsvRecord {
  int line = 0;
  std::vector<std::string> fields;
};
std::vector<CsvRecord> ParseCsv(std::istream& in, std::string* error);

}  // namespace fieldledger::server
