#include "fieldledger/service_policy/canonical.h"

#include <cstdio>

#include "fieldledger/core/sha256.h"

namespace fieldledger::service_policy {
namespace {

// Builds compact JSON; the caller decides key order, which is what makes it canonical.
class JsonWriter {
 public:
  void Open() { Raw("{", false); }
  void Close() { Close('}'); }
  void OpenArray() { Raw("[", false); }
  void CloseArray() { Close(']'); }
  void Key(const char* key) {
    Separator();
    Quoted(key);
    out_ += ':';
    need_comma_ = false;
  }
  void String(std::string_view s) {
    Separator();
    Quoted(s);
    need_comma_ = true;
  }
  void Int(std::int64_t v) { Raw(std::to_string(v), true); }
  void Bool(bool v) { Raw(v ? "true" : "false", true); }
  void Null() { Raw("null", true); }
  void Text(const service_policy::Text& t) {
    Open();
    Key("zh");
    String(t.zh);
    Key("en");
    String(t.en);
    Close();
  }
  std::string Take() { return std::move(out_); }

 private:
  void Separator() {
    if (need_comma_) out_ += ',';
  }
  void Raw(std::string_view raw, bool complete) {
    Separator();
    out_ += raw;
    need_comma_ = complete;
  }
  void Close(char bracket) {
    out_ += bracket;
    need_comma_ = true;
  }
  void Quoted(std::string_view s) {
    out_ += '"';
    for (unsigned char c : s) {
      if (c == '"' || c == '\\') {
        out_ += '\\';
        out_ += static_cast<char>(c);
      } else if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out_ += buf;
      } else {
        out_ += static_cast<char>(c);  // UTF-8 bytes pass through unchanged
      }
    }
    out_ += '"';
  }

  std::string out_;
  bool need_comma_ = false;
};

void WriteEntitlement(JsonWriter& w, const char* key, const Entitlement& e) {
  w.Key(key);
  w.Open();
  w.Key("eligible");
  w.Bool(e.eligible);
  w.Key("reason");
  w.Text(e.reason);
  w.Close();
}

void WriteJob(JsonWriter& w, const JobFacts& job) {
  w.Key("job");
  w.Open();
  w.Key("product_name");
  w.String(job.product_name);
  w.Key("category");
  w.String(job.category);
  w.Key("serial");
  w.String(job.serial);
  w.Key("purchase_date");
  w.String(job.purchase_date.ToString());
  w.Key("activation_date");
  if (job.activation_date) {
    w.String(job.activation_date->ToString());
  } else {
    w.Null();
  }
  w.Key("faults");
  w.OpenArray();
  for (const auto& f : job.faults) w.String(f);
  w.CloseArray();
  w.Key("quality_fault_certified");
  w.Bool(job.quality_fault_certified);
  w.Key("visit_date");
  w.String(job.visit_date.ToString());
  w.Close();
}

}  // namespace

std::string CanonicalJson(const Quote& q) {
  JsonWriter w;
  w.Open();
  w.Key("format");
  w.String("fieldledger.quote.v1");
  WriteJob(w, q.job);
  w.Key("policy");
  w.Open();
  w.Key("id");
  w.String(q.policy_id);
  w.Key("version");
  w.String(q.policy_version);
  w.Key("sha256");
  w.String(q.policy_sha256);
  w.Close();
  w.Key("currency");
  w.String(q.currency);
  w.Key("in_warranty");
  w.Bool(q.in_warranty);
  w.Key("warranty");
  w.Open();
  w.Key("basis");
  w.String(WarrantyStartName(q.warranty_basis));
  w.Key("start");
  w.String(q.warranty_start.ToString());
  w.Key("last_day");
  w.String(q.warranty_last_day.ToString());
  w.Key("day");
  w.Int(q.warranty_day);
  w.Close();
  w.Key("purchase_day");
  w.Int(q.purchase_day);
  w.Key("entitlements");
  w.Open();
  WriteEntitlement(w, "return", q.product_return);
  WriteEntitlement(w, "exchange", q.exchange);
  WriteEntitlement(w, "free_repair", q.free_repair);
  WriteEntitlement(w, "paid_repair", q.paid_repair);
  w.Close();
  w.Key("lines");
  w.OpenArray();
  for (const auto& line : q.lines) {
    w.Open();
    w.Key("fault");
    w.String(line.fault);
    w.Key("amount_fen");
    w.Int(line.amount_fen);
    w.Key("reason");
    w.Text(line.reason);
    w.Close();
  }
  w.CloseArray();
  w.Key("fee_total_fen");
  w.Int(q.fee_total_fen);
  w.Key("errors");
  w.OpenArray();
  for (const auto& e : q.errors) w.Text(e);
  w.CloseArray();
  w.Close();
  return w.Take();
}

std::string CanonicalDigest(const Quote& q) { return Sha256Hex(CanonicalJson(q)); }

}  // namespace fieldledger::service_policy
