#include "app/csv_jobs.h"

#include <map>

#include "app/app_error.h"
#include "app/jobs_logic.h"
#include "app/time_text.h"

namespace fieldledger::server {

std::vector<CsvRecord> ParseCsv(std::istream& in, std::string* error) {
  std::vector<CsvRecord> out;
  CsvRecord rec{1, {}};
  std::string field;
  bool quoted = false, field_started = false;
  int line = 1;
  char c;
  auto end_field = [&] {
    rec.fields.push_back(field);
    field.clear();
    field_started = false;
  };
  auto end_record = [&] {
    end_field();
    if (!(rec.fields.size() == 1 && rec.fields[0].empty())) out.push_back(rec);
    rec = CsvRecord{line, {}};
  };
  while (in.get(c)) {
    if (quoted) {
      if (c == '"') {
        if (in.peek() == '"') {
          in.get(c);
          field.push_back('"');
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field.push_back(c);
      }
      continue;
    }
    if (c == '"' && !field_started && field.empty()) {
      quoted = field_started = true;
    } else if (c == ',') {
      end_field();
    } else if (c == '\r') {
      // CRLF line ends: the \n that follows ends the record.
    } else if (c == '\n') {
      ++line;
      end_record();
    } else {
      field_started = true;
      field.push_back(c);
    }
  }
  if (quoted) {
    *error = "line " + std::to_string(rec.line) + ": quoted field is not closed";
    return {};
  }
  if (field_started || !field.empty() || !rec.fields.empty()) end_record();
  return out;
}

CsvImportResult ImportJobsCsv(Store& store, const std::string& company_id, std::istream& in,
                              TimeMs now) {
  CsvImportResult result;
  std::string parse_error;
  auto records = ParseCsv(in, &parse_error);
  if (!parse_error.empty()) {
    result.errors.push_back(parse_error);
    return result;
  }
  if (records.empty()) {
    result.errors.push_back("the file is empty; expected a header row");
    return result;
  }
  const std::vector<std::string> required = {"type",       "customer_name", "address",
                                             "latitude",   "longitude",     "window_start",
                                             "window_end", "technician"};
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < records[0].fields.size(); ++i) col[records[0].fields[i]] = i;
  for (const auto& name : required) {
    if (!col.contains(name)) result.errors.push_back("line 1: missing column '" + name + "'");
  }
  if (!result.errors.empty()) return result;

  JobsLogic logic(store);
  try {
    store.Write([&](StoreTx& tx) {
      auto company = tx.FindCompany(company_id);
      if (!company) Fail(ErrorKind::kNotFound, "company '" + company_id + "' does not exist");
      for (std::size_t r = 1; r < records.size(); ++r) {
        const auto& rec = records[r];
        auto get = [&](const std::string& name) -> std::string {
          auto it = col.find(name);
          if (it == col.end() || it->second >= rec.fields.size()) return {};
          return rec.fields[it->second];
        };
        const std::string where = "line " + std::to_string(rec.line) + ": ";
        try {
          NewJob job;
          job.reference = get("reference");
          const std::string type = get("type");
          job.type = ParseJobType(type);
          if (!job.type) {
            Fail(ErrorKind::kInvalidArgument,
                 "type: '" + type + "' is not repair, installation or maintenance");
          }
          job.customer_name = get("customer_name");
          job.customer_phone = get("customer_phone");
          job.address = get("address");
          for (const char* name : {"latitude", "longitude"}) {
            const std::string text = get(name);
            std::size_t used = 0;
            double v = 0;
            try {
              v = std::stod(text, &used);
            } catch (const std::exception&) {
              used = 0;
            }
            if (used == 0 || used != text.size()) {
              Fail(ErrorKind::kInvalidArgument,
                   std::string(name) + ": '" + text + "' is not a number");
            }
            (std::string(name) == "latitude" ? job.latitude : job.longitude) = v;
          }
          for (const char* name : {"window_start", "window_end"}) {
            auto t = ParseTimeText(get(name), company->time_zone);
            if (!t) {
              Fail(ErrorKind::kInvalidArgument,
                   std::string(name) + ": '" + get(name) + "' is not a time like 2026-11-27 09:00");
            }
            (std::string(name) == "window_start" ? job.window.start : job.window.end) = *t;
          }
          auto tech = tx.FindUserByUsername(get("technician"));
          if (!tech || tech->company_id != company_id) {
            Fail(ErrorKind::kNotFound, "technician: no user '" + get("technician") + "'");
          }
          job.technician_id = tech->id;
          job.product = get("product");
          job.serial_number = get("serial_number");
          job.description = get("description");
          job.product_category = get("product_category");
          job.purchase_date = get("purchase_date");
          job.activation_date = get("activation_date");
          const JobRecord created = logic.CreateRecord(tx, company_id, job, now);
          JobsLogic::AuditCreated(tx,
                                  Caller{"admin-cli", company_id, "administrator (CLI)", "",
                                         Role::kAdmin, "", "admin CLI (CSV import)"},
                                  created, now);
          ++result.imported;
        } catch (const AppError& e) {
          result.errors.push_back(where + e.what());
        }
      }
      // Any bad row rolls back the whole file.
      if (!result.errors.empty()) throw AppError(ErrorKind::kInvalidArgument, "rolled back");
    });
  } catch (const AppError& e) {
    if (result.errors.empty()) result.errors.push_back(e.what());
    result.imported = 0;
  }
  return result;
}

}  // namespace fieldledger::server
