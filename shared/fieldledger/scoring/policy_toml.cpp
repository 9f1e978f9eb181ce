#include "fieldledger/scoring/policy_toml.h"

#include <toml++/toml.h>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

namespace fieldledger::scoring {
namespace {

PolicyError At(const toml::source_region& src, std::string message) {
  return {static_cast<int>(src.begin.line), static_cast<int>(src.begin.column), std::move(message)};
}

const char* TypeName(toml::node_type t) {
  switch (t) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    default:
      return "a date/time";
  }
}

// Walks the document once; each key is handled by exactly one setter so an unknown key is
// anything without a setter.
class Reader {
 public:
  explicit Reader(ScoringPolicy& p) : p_(p) {}

  void Read(const toml::table& root) {
    bool saw_version = false;
    for (const auto& [key, node] : root) {
      const std::string k(key.str());
      if (k == "version") {
        saw_version = true;
        if (auto s = String(node, k)) {
          if (s->empty()) {
            errors_.push_back(At(node.source(), "version must not be empty"));
          } else {
            p_.version = *s;
          }
        }
        continue;
      }
      auto section = Sections().find(k);
      if (section == Sections().end()) {
        errors_.push_back(At(key.source(), "unknown key '" + k + "'"));
        continue;
      }
      const toml::table* t = node.as_table();
      if (!t) {
        errors_.push_back(
            At(node.source(), "'" + k + "' must be a table, not " + TypeName(node.type())));
        continue;
      }
      for (const auto& [sub_key, sub_node] : *t) {
        const std::string sk(sub_key.str());
        auto setter = section->second.find(sk);
        if (setter == section->second.end()) {
          errors_.push_back(At(sub_key.source(), "unknown key '" + k + "." + sk + "'"));
          continue;
        }
        setter->second(*this, sub_node, k + "." + sk);
      }
    }
    if (!saw_version) errors_.push_back({0, 0, "missing required key 'version'"});
    CheckCallBack();
  }

  std::vector<PolicyError> TakeErrors() { return std::move(errors_); }

 private:
  using Setter = std::function<void(Reader&, const toml::node&, const std::string&)>;
  using Section = std::map<std::string, Setter>;

  static const std::map<std::string, Section>& Sections() {
    static const auto* sections = new std::map<std::string, Section>{
        {"on_time",
         {{"grace_seconds",
           [](Reader& r, const toml::node& n, const std::string& k) {
             if (auto v = r.Int(n, k, 0, 86400)) r.p_.on_time_grace = *v * kSecondMs;
           }},
          {"unverified_arrival",
           [](Reader& r, const toml::node& n, const std::string& k) {
             auto s = r.String(n, k);
             if (!s) return;
             if (*s == "count_late") {
               r.p_.unverified = UnverifiedArrival::kCountLate;
             } else if (*s == "exclude") {
               r.p_.unverified = UnverifiedArrival::kExclude;
             } else {
               r.errors_.push_back(At(n.source(), "'" + k + "' must be \"count_late\" or " +
                                                      "\"exclude\", not \"" + *s + "\""));
             }
           }}}},
        {"trusted_time",
         {{"clock_correction_tolerance_seconds",
           [](Reader& r, const toml::node& n, const std::string& k) {
             if (auto v = r.Int(n, k, 0, 86400)) r.p_.clock_correction_tolerance = *v * kSecondMs;
           }},
          {"geofence_radius_m",
           [](Reader& r, const toml::node& n, const std::string& k) {
             if (auto v = r.Number(n, k, 1.0, 100000.0)) r.p_.geofence_radius_m = *v;
           }},
          {"max_fix_accuracy_m",
           [](Reader& r, const toml::node& n, const std::string& k) {
             if (auto v = r.Number(n, k, 1.0, 100000.0)) r.p_.max_fix_accuracy_m = *v;
           }}}},
        {"retention",
         {{"repair_days",
           [](Reader& r, const toml::node& n, const std::string& k) {
             if (auto v = r.Int(n, k, 1, 3650)) r.p_.retention_days_repair = static_cast<int>(*v);
           }},
          {"installation_days",
           [](Reader& r, const toml::node& n, const std::string& k) {
             if (auto v = r.Int(n, k, 1, 3650))
               r.p_.retention_days_installation = static_cast<int>(*v);
           }}}},
        {"satisfaction",
         {{"threshold",
           [](Reader& r, const toml::node& n, const std::string& k) {
             if (auto v = r.Int(n, k, 1, 5)) r.p_.satisfaction_threshold = static_cast<int>(*v);
           }}}},
        {"attendance",
         {{"grace_seconds",
           [](Reader& r, const toml::node& n, const std::string& k) {
             if (auto v = r.Int(n, k, 0, 86400)) r.p_.attendance_grace = *v * kSecondMs;
           }}}},
        {"ranking",
         {{"min_sample",
           [](Reader& r, const toml::node& n, const std::string& k) {
             if (auto v = r.Int(n, k, 1, 1000000)) r.p_.min_ranking_sample = static_cast<int>(*v);
           }}}},
        {"callback", CallBackSetters()},
        {"targets", TargetSetters()},
        {"bonus_gate",
         {{"gated",
           [](Reader& r, const toml::node& n, const std::string& k) { r.ReadGated(n, k); }}}},
    };
    return *sections;
  }

  static Section CallBackSetters() {
    auto delay = [](DurationMs CallBackPolicy::*field) {
      return [field](Reader& r, const toml::node& n, const std::string& k) {
        if (auto v = r.Int(n, k, 0, 24 * 365)) r.p_.callback.*field = *v * kHourMs;
      };
    };
    return {
        {"repair_delay_hours", delay(&CallBackPolicy::delay_repair)},
        {"installation_delay_hours", delay(&CallBackPolicy::delay_installation)},
        {"maintenance_delay_hours", delay(&CallBackPolicy::delay_maintenance)},
        {"max_attempts",
         [](Reader& r, const toml::node& n, const std::string& k) {
           if (auto v = r.Int(n, k, 1, 20)) {
             r.p_.callback.max_attempts = static_cast<int>(*v);
             r.attempts_at_ = At(n.source(), {});
           }
         }},
        {"retry_after_hours",
         [](Reader& r, const toml::node& n, const std::string& k) { r.ReadRetries(n, k); }},
        {"claim_ttl_seconds",
         [](Reader& r, const toml::node& n, const std::string& k) {
           if (auto v = r.Int(n, k, 30, 3600)) r.p_.callback.claim_ttl = *v * kSecondMs;
         }},
        {"call_within_hours",
         [](Reader& r, const toml::node& n, const std::string& k) {
           if (auto v = r.Int(n, k, 1, 24 * 90)) r.p_.callback.call_within = *v * kHourMs;
         }},
    };
  }

  void ReadRetries(const toml::node& n, const std::string& k) {
    const toml::array* arr = n.as_array();
    if (!arr) {
      errors_.push_back(
          At(n.source(), "'" + k + "' must be an array of hours, not " + TypeName(n.type())));
      return;
    }
    std::vector<DurationMs> retries;
    bool ok = true;
    for (const toml::node& item : *arr) {
      auto v = Int(item, k + "[]", 1, 24 * 90);
      if (v) {
        retries.push_back(*v * kHourMs);
      } else {
        ok = false;
      }
    }
    if (!ok) return;
    p_.callback.retry_after = std::move(retries);
    retries_at_ = At(n.source(), {});
  }

  // Settings that must agree with each other, checked once every key has been read.
  void CheckCallBack() {
    const auto& c = p_.callback;
    if (static_cast<int>(c.retry_after.size()) == c.max_attempts - 1) return;
    PolicyError where = retries_at_.line > 0 ? retries_at_ : attempts_at_;
    std::string msg = "'callback.retry_after_hours' has " + std::to_string(c.retry_after.size()) +
                      " entries; 'callback.max_attempts' = " + std::to_string(c.max_attempts) +
                      " needs exactly " + std::to_string(c.max_attempts - 1) +
                      " (one wait after each unreachable attempt but the last)";
    where.message = std::move(msg);
    errors_.push_back(std::move(where));
  }

  static Section TargetSetters() {
    Section s;
    for (Metric m : kAllMetrics) {
      s[MetricName(m)] = [m](Reader& r, const toml::node& n, const std::string& k) {
        if (auto v = r.Number(n, k, 0.0, 1.0)) r.p_.targets[static_cast<int>(m)] = *v;
      };
    }
    return s;
  }

  std::optional<std::string> String(const toml::node& n, const std::string& k) {
    if (auto v = n.value_exact<std::string>()) return v;
    errors_.push_back(At(n.source(), "'" + k + "' must be a string, not " + TypeName(n.type())));
    return std::nullopt;
  }

  std::optional<std::int64_t> Int(const toml::node& n, const std::string& k, std::int64_t lo,
                                  std::int64_t hi) {
    auto v = n.value_exact<std::int64_t>();
    if (!v) {
      errors_.push_back(
          At(n.source(), "'" + k + "' must be an integer, not " + TypeName(n.type())));
      return std::nullopt;
    }
    if (*v < lo || *v > hi) {
      errors_.push_back(At(n.source(), "'" + k + "' = " + std::to_string(*v) +
                                           " is out of range [" + std::to_string(lo) + ", " +
                                           std::to_string(hi) + "]"));
      return std::nullopt;
    }
    return v;
  }

  // Integers are accepted where a float is expected: `geofence_radius_m = 200` is natural.
  std::optional<double> Number(const toml::node& n, const std::string& k, double lo, double hi) {
    std::optional<double> v;
    if (auto d = n.value_exact<double>()) v = *d;
    if (auto i = n.value_exact<std::int64_t>()) v = static_cast<double>(*i);
    if (!v) {
      errors_.push_back(At(n.source(), "'" + k + "' must be a number, not " + TypeName(n.type())));
      return std::nullopt;
    }
    if (!std::isfinite(*v) || *v < lo || *v > hi) {
      std::ostringstream msg;
      msg << "'" << k << "' = " << *v << " is out of range [" << lo << ", " << hi << "]";
      errors_.push_back(At(n.source(), msg.str()));
      return std::nullopt;
    }
    return v;
  }

  void ReadGated(const toml::node& n, const std::string& k) {
    const toml::array* arr = n.as_array();
    if (!arr) {
      errors_.push_back(At(
          n.source(), "'" + k + "' must be an array of metric names, not " + TypeName(n.type())));
      return;
    }
    p_.gated.fill(false);
    for (const toml::node& item : *arr) {
      auto name = String(item, k + "[]");
      if (!name) continue;
      auto m = MetricFromName(*name);
      if (!m) {
        errors_.push_back(At(item.source(), "unknown metric \"" + *name + "\" in '" + k +
                                                "' (expected on_time, retention, satisfaction, "
                                                "attendance or first_time_fix)"));
        continue;
      }
      p_.gated[static_cast<int>(*m)] = true;
    }
  }

  ScoringPolicy& p_;
  std::vector<PolicyError> errors_;
  PolicyError attempts_at_, retries_at_;  // where the keys were set; line 0: not set
};

}  // namespace

PolicyLoadResult ParsePolicyToml(std::string_view text, std::string_view source_name) {
  PolicyLoadResult result;
  toml::table root;
#if TOML_EXCEPTIONS
  try {
    root = toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    result.errors.push_back(At(e.source(), std::string(e.description())));
    return result;
  }
#else
  toml::parse_result parsed = toml::parse(text, source_name);
  if (!parsed) {
    result.errors.push_back(At(parsed.error().source(), std::string(parsed.error().description())));
    return result;
  }
  root = std::move(parsed).table();
#endif
  ScoringPolicy policy;
  Reader reader(policy);
  reader.Read(root);
  result.errors = reader.TakeErrors();
  if (result.errors.empty()) result.policy = std::move(policy);
  return result;
}

PolicyLoadResult LoadPolicyFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    PolicyLoadResult r;
    r.errors.push_back({0, 0, "cannot open " + path});
    return r;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  return ParsePolicyToml(buf.str(), path);
}

std::string FormatPolicyError(std::string_view source_name, const PolicyError& e) {
  std::string out(source_name);
  if (e.line > 0) out += ":" + std::to_string(e.line) + ":" + std::to_string(e.column);
  return out + ": " + e.message;
}

}  // namespace fieldledger::scoring
