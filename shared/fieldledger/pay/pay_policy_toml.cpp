#include <toml++/toml.h>
#include <cmath>
#include <fstream>
#include <sstream>

#include "fieldledger/pay/pay_policy.h"

namespace fieldledger::pay {
namespace {

PayPolicyError At(const toml::source_region& src, std::string message) {
  return {static_cast<int>(src.begin.line), static_cast<int>(src.begin.column), std::move(message)};
}

class Reader {
 public:
  explicit Reader(PayPolicy& p) : p_(p) {}

  void Read(const toml::table& root) {
    bool version = false, pay = false;
    for (const auto& [key, node] : root) {
      const std::string k(key.str());
      if (k == "version") {
        version = true;
        const auto* s = node.as_string();
        if (!s || s->get().empty()) {
          errors_.push_back(At(node.source(), "version must be a non-empty string"));
        } else {
          p_.version = s->get();
        }
      } else if (k == "pay") {
        pay = true;
        if (const auto* t = Table(node, k)) ReadPay(*t);
      } else if (k == "gate") {
        if (const auto* t = Table(node, k)) ReadGate(*t);
      } else if (k == "rank_reward") {
        if (const auto* t = Table(node, k)) ReadRankReward(*t);
      } else {
        errors_.push_back(At(key.source(), "unknown key '" + k + "'"));
      }
    }
    if (!version) errors_.push_back({0, 0, "missing required key 'version'"});
    if (!pay) errors_.push_back({0, 0, "missing required table [pay]"});
  }

  std::vector<PayPolicyError> TakeErrors() { return std::move(errors_); }

 private:
  const toml::table* Table(const toml::node& n, const std::string& k) {
    const auto* t = n.as_table();
    if (!t) errors_.push_back(At(n.source(), "'" + k + "' must be a table"));
    return t;
  }

  std::optional<double> Number(const toml::node& n, const std::string& k, double lo, double hi) {
    std::optional<double> v;
    if (const auto* i = n.as_integer()) v = static_cast<double>(i->get());
    if (const auto* f = n.as_floating_point()) v = f->get();
    if (!v) {
      errors_.push_back(At(n.source(), "'" + k + "' must be a number"));
      return std::nullopt;
    }
    if (!std::isfinite(*v) || *v < lo || *v > hi) {
      std::ostringstream msg;
      msg << "'" << k << "' must be between " << lo << " and " << hi;
      errors_.push_back(At(n.source(), msg.str()));
      return std::nullopt;
    }
    return v;
  }

  std::optional<Fen> Yuan(const toml::node& n, const std::string& k) {
    auto v = Number(n, k, 0.0, 10'000'000.0);
    if (!v) return std::nullopt;
    auto fen = YuanToFen(*v);
    if (!fen) errors_.push_back(At(n.source(), "'" + k + "' has more than two decimals"));
    return fen;
  }

  void ReadPay(const toml::table& t) {
    bool base = false, share = false, bonus = false;
    for (const auto& [key, node] : t) {
      const std::string k = "pay." + std::string(key.str());
      if (key.str() == "base_yuan") {
        base = true;
        if (auto v = Yuan(node, k)) p_.base_fen = *v;
      } else if (key.str() == "revenue_share_percent") {
        share = true;
        // At most four decimals of a percent (0.0001 % = 1 ppm) so the share is exact.
        if (auto v = Number(node, k, 0.0, 100.0)) {
          const double ppm = *v * 10'000.0;
          if (std::fabs(ppm - std::nearbyint(ppm)) > 1e-6) {
            errors_.push_back(At(node.source(), "'" + k + "' has more than four decimals"));
          } else {
            p_.revenue_share_ppm = static_cast<std::int64_t>(std::nearbyint(ppm));
          }
        }
      } else if (key.str() == "metric_bonus_yuan") {
        bonus = true;
        if (auto v = Yuan(node, k)) p_.metric_bonus_fen = *v;
      } else {
        errors_.push_back(At(key.source(), "unknown key '" + k + "'"));
      }
    }
    const auto missing = [&](bool seen, const char* k) {
      if (!seen)
        errors_.push_back(At(t.source(), std::string("missing required key 'pay.") + k + "'"));
    };
    missing(base, "base_yuan");
    missing(share, "revenue_share_percent");
    missing(bonus, "metric_bonus_yuan");
  }

  void ReadGate(const toml::table& t) {
    for (const auto& [key, node] : t) {
      const std::string k = "gate." + std::string(key.str());
      auto m = scoring::MetricFromName(key.str());
      if (!m) {
        errors_.push_back(At(key.source(), "unknown metric '" + std::string(key.str()) + "'"));
        continue;
      }
      if (auto v = Number(node, k, 0.0, 1.0)) {
        p_.gate_ppm[static_cast<int>(*m)] = static_cast<std::int64_t>(std::nearbyint(*v * kPpm));
      }
    }
  }

  void ReadRankReward(const toml::table& t) {
    for (const auto& [key, node] : t) {
      const std::string k = "rank_reward." + std::string(key.str());
      auto m = scoring::MetricFromName(key.str());
      if (!m) {
        errors_.push_back(At(key.source(), "unknown metric '" + std::string(key.str()) + "'"));
        continue;
      }
      const auto* a = node.as_array();
      if (!a) {
        errors_.push_back(At(node.source(), "'" + k + "' must be an array of yuan amounts"));
        continue;
      }
      std::vector<Fen> places;
      for (const auto& place : *a) {
        if (auto v = Yuan(place, k)) places.push_back(*v);
      }
      p_.rank_reward_fen[static_cast<int>(*m)] = std::move(places);
    }
  }

  PayPolicy& p_;
  std::vector<PayPolicyError> errors_;
};

}  // namespace

PayPolicyLoadResult ParsePayPolicyToml(std::string_view text) {
  PayPolicyLoadResult out;
  toml::table root;
#if TOML_EXCEPTIONS
  try {
    root = toml::parse(text);
  } catch (const toml::parse_error& e) {
    out.errors.push_back(At(e.source(), std::string(e.description())));
    return out;
  }
#else
  toml::parse_result parsed = toml::parse(text);
  if (!parsed) {
    out.errors.push_back(At(parsed.error().source(), std::string(parsed.error().description())));
    return out;
  }
  root = std::move(parsed).table();
#endif
  PayPolicy policy;
  Reader reader(policy);
  reader.Read(root);
  out.errors = reader.TakeErrors();
  if (out.errors.empty()) out.policy = std::move(policy);
  return out;
}

PayPolicyLoadResult LoadPayPolicyFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {std::nullopt, {{0, 0, "cannot read " + path}}};
  std::ostringstream text;
  text << in.rdbuf();
  return ParsePayPolicyToml(text.str());
}

std::string FormatPayPolicyError(std::string_view source_name, const PayPolicyError& e) {
  std::string out(source_name);
  if (e.line > 0) out += ":" + std::to_string(e.line) + ":" + std::to_string(e.column);
  return out + ": " + e.message;
}

}  // namespace fieldledger::pay
