#include "fieldledger/service_policy/parse.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <utility>

#include <toml++/toml.h>

#include "fieldledger/core/sha256.h"
#include "fieldledger/service_policy/toml_reader.h"

namespace fieldledger::service_policy {
namespace {

using detail::ErrorSink;
using detail::Need;
using detail::TableReader;

std::string Where(const toml::source_position& p) {
  return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

// Ids appear in job records and quotes long after the policy changes, so they are kept to
// a plain, case-stable alphabet.
bool IsValidId(std::string_view id) {
  if (id.empty()) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::optional<std::string> ReadId(TableReader& r, std::string_view key) {
  auto id = r.String(key, Need::kRequired);
  if (id && !IsValidId(*id)) {
    r.sink().Add(ErrorCode::kBadValue, r.ValuePos(key),
                 "'" + r.PathOf(key) + "' must be lower-case letters, digits, '_' or '-', not \"" +
                     *id + "\"");
    return std::nullopt;
  }
  return id;
}

std::optional<std::string> ReadNonEmpty(TableReader& r, std::string_view key) {
  auto s = r.String(key, Need::kRequired);
  if (s && s->empty()) {
    r.sink().Add(ErrorCode::kBadValue, r.ValuePos(key), "'" + r.PathOf(key) + "' is empty");
    return std::nullopt;
  }
  return s;
}

int ReadDays(TableReader& r, std::string_view key) {
  auto days = r.Integer(key, Need::kRequired);
  if (!days) return 0;
  if (*days < 0 || *days > kMaxDays) {
    r.sink().Add(ErrorCode::kOutOfRange, r.ValuePos(key),
                 "'" + r.PathOf(key) + "' must be between 0 and " + std::to_string(kMaxDays) +
                     " days, not " + std::to_string(*days));
    return 0;
  }
  return static_cast<int>(*days);
}

Fen ReadFee(TableReader& r, std::string_view key) {
  auto fee = r.Integer(key, Need::kRequired);
  if (!fee) return 0;
  if (*fee < 0) {
    r.sink().Add(ErrorCode::kNegativeFee, r.ValuePos(key),
                 "'" + r.PathOf(key) + "' must not be negative, not " + std::to_string(*fee));
    return 0;
  }
  if (*fee > kMaxFeeFen) {
    r.sink().Add(ErrorCode::kOutOfRange, r.ValuePos(key),
                 "'" + r.PathOf(key) + "' must be at most " + std::to_string(kMaxFeeFen) +
                     " fen, not " + std::to_string(*fee));
    return 0;
  }
  return *fee;
}

Text ReadText(TableReader& r, std::string_view key) {
  Text text;
  const toml::table* t = r.Table(key, Need::kRequired);
  if (t == nullptr) return text;
  TableReader tr(*t, r.PathOf(key), r.sink());
  text.zh = ReadNonEmpty(tr, "zh").value_or("");
  text.en = ReadNonEmpty(tr, "en").value_or("");
  tr.ReportUnknownKeys();
  return text;
}

// Reads a string with one of two spellings into the matching enum value.
template <typename E>
E ReadChoice(TableReader& r, std::string_view key, std::pair<const char*, E> a,
             std::pair<const char*, E> b) {
  auto s = r.String(key, Need::kRequired);
  if (!s) return a.second;
  if (*s == a.first) return a.second;
  if (*s == b.first) return b.second;
  r.sink().Add(ErrorCode::kBadValue, r.ValuePos(key),
               "'" + r.PathOf(key) + "' must be \"" + a.first + "\" or \"" + b.first +
                   "\", not \"" + *s + "\"");
  return a.second;
}

// Calls `each` with a reader for every table in an array of tables.
template <typename Fn>
void ForEachTable(const toml::array& array, std::string_view name, ErrorSink& sink, Fn each) {
  for (std::size_t i = 0; i < array.size(); ++i) {
    const std::string path = std::string(name) + "[" + std::to_string(i) + "]";
    const toml::node& node = *array.get(i);
    if (const auto* t = node.as_table()) {
      TableReader r(*t, path, sink);
      each(r);
      r.ReportUnknownKeys();
    } else {
      sink.Add(ErrorCode::kWrongType, node.source().begin,
               "'" + path + "' must be a table, not " + detail::DescribeType(node.type()));
    }
  }
}

// Remembers where each id was first defined so a duplicate can point back at it.
class IdRegistry {
 public:
  IdRegistry(std::string kind, ErrorSink& sink) : kind_(std::move(kind)), sink_(sink) {}
  bool Add(const std::string& id, const toml::source_position& at) {
    auto [it, inserted] = first_.emplace(id, at);
    if (!inserted) {
      sink_.Add(ErrorCode::kDuplicateId, at,
                "duplicate " + kind_ + " '" + id + "'; first defined at " + Where(it->second));
    }
    return inserted;
  }
  bool Contains(const std::string& id) const { return first_.contains(id); }

 private:
  std::string kind_;
  ErrorSink& sink_;
  std::map<std::string, toml::source_position> first_;
};

void ReadHeader(TableReader& r, Policy& p) {
  if (auto format = r.Integer("format", Need::kRequired)) {
    if (*format != kPolicyFormat) {
      r.sink().Add(ErrorCode::kOutOfRange, r.ValuePos("format"),
                   "unsupported policy format " + std::to_string(*format) +
                       "; this version reads format " + std::to_string(kPolicyFormat));
    }
  }
  p.id = ReadId(r, "id").value_or("");
  p.version = ReadNonEmpty(r, "version").value_or("");
  p.name = ReadText(r, "name");
  if (auto currency = r.String("currency", Need::kRequired)) {
    const bool ok =
        currency->size() == 3 && std::all_of(currency->begin(), currency->end(),
                                             [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!ok) {
      r.sink().Add(ErrorCode::kBadValue, r.ValuePos("currency"),
                   "'" + r.PathOf("currency") +
                       "' must be an ISO 4217 code such as \"CNY\", not \"" + *currency + "\"");
    }
    p.currency = *currency;
  }
  p.several_faults =
      ReadChoice(r, "several_faults", std::pair{"highest_once", SeveralFaultsRule::kHighestOnce},
                 std::pair{"sum", SeveralFaultsRule::kSum});
}

Category ReadCategory(TableReader& r, IdRegistry& ids) {
  Category c;
  if (auto id = ReadId(r, "id")) {
    ids.Add(*id, r.ValuePos("id"));
    c.id = *id;
  }
  c.name = ReadText(r, "name");
  c.warranty_days = ReadDays(r, "warranty_days");
  c.warranty_starts =
      ReadChoice(r, "warranty_starts", std::pair{"activation", WarrantyStart::kActivation},
                 std::pair{"purchase", WarrantyStart::kPurchase});
  c.return_days = ReadDays(r, "return_days");
  c.exchange_days = ReadDays(r, "exchange_days");
  c.free_repair_days = ReadDays(r, "free_repair_days");
  return c;
}

// Checks that a string value names a known category; reports it at the value otherwise.
bool CheckCategoryRef(const toml::node& node, const std::string& path, const IdRegistry& cats,
                      ErrorSink& sink) {
  const auto* s = node.as_string();
  if (s == nullptr) {
    sink.Add(ErrorCode::kWrongType, node.source().begin,
             "'" + path + "' must be a string, not " + detail::DescribeType(node.type()));
    return false;
  }
  if (!cats.Contains(s->get())) {
    sink.Add(ErrorCode::kUnknownReference, node.source().begin,
             "'" + path + "' names unknown category '" + s->get() + "'");
    return false;
  }
  return true;
}

FaultType ReadFault(TableReader& r, IdRegistry& ids, const IdRegistry& cats) {
  FaultType f;
  if (auto id = ReadId(r, "id")) {
    ids.Add(*id, r.ValuePos("id"));
    f.id = *id;
  }
  f.name = ReadText(r, "name");
  f.fee_fen = ReadFee(r, "fee_fen");
  f.always_free = r.Bool("always_free", Need::kOptional).value_or(false);
  if (const toml::array* list = r.Array("categories", Need::kOptional)) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string path = r.PathOf("categories") + "[" + std::to_string(i) + "]";
      if (CheckCategoryRef(*list->get(i), path, cats, r.sink())) {
        f.categories.push_back(list->get(i)->as_string()->get());
      }
    }
  }
  return f;
}

CategoryFee ReadCategoryFee(TableReader& r, const IdRegistry& cats, const IdRegistry& faults,
                            IdRegistry& pairs) {
  CategoryFee cf;
  if (auto cat = r.String("category", Need::kRequired)) {
    if (!cats.Contains(*cat)) {
      r.sink().Add(ErrorCode::kUnknownReference, r.ValuePos("category"),
                   "'" + r.PathOf("category") + "' names unknown category '" + *cat + "'");
    }
    cf.category = *cat;
  }
  if (auto fault = r.String("fault", Need::kRequired)) {
    if (!faults.Contains(*fault)) {
      r.sink().Add(ErrorCode::kUnknownReference, r.ValuePos("fault"),
                   "'" + r.PathOf("fault") + "' names unknown fault type '" + *fault + "'");
    }
    cf.fault = *fault;
  }
  cf.fee_fen = ReadFee(r, "fee_fen");
  if (!cf.category.empty() && !cf.fault.empty()) {
    pairs.Add(cf.category + "/" + cf.fault, r.ValuePos("category"));
  }
  return cf;
}

Check ReadCheck(TableReader& r, IdRegistry& ids) {
  Check c;
  if (auto id = ReadId(r, "id")) {
    ids.Add(*id, r.ValuePos("id"));
    c.id = *id;
  }
  c.name = ReadText(r, "name");
  return c;
}

// A work item must be a fault type that a job of the type's category can be priced
// with, or the form would offer what the quote then refuses.
void ReadWorkItems(TableReader& r, const Policy& p, JobTypeSpec& t) {
  const toml::array* list = r.Array("work_items", Need::kRequired);
  if (list == nullptr) return;
  if (list->empty()) {
    r.sink().Add(ErrorCode::kBadValue, r.ValuePos("work_items"),
                 "'" + r.PathOf("work_items") + "' must list at least one fault type");
  }
  const Category* category = p.FindCategory(t.category);
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string path = r.PathOf("work_items") + "[" + std::to_string(i) + "]";
    const toml::node& node = *list->get(i);
    const auto* s = node.as_string();
    if (s == nullptr) {
      r.sink().Add(ErrorCode::kWrongType, node.source().begin,
                   "'" + path + "' must be a string, not " + detail::DescribeType(node.type()));
      continue;
    }
    const FaultType* fault = p.FindFault(s->get());
    if (fault == nullptr) {
      r.sink().Add(ErrorCode::kUnknownReference, node.source().begin,
                   "'" + path + "' names unknown fault type '" + s->get() + "'");
      continue;
    }
    if (category != nullptr && !p.AppliesTo(*fault, *category)) {
      r.sink().Add(ErrorCode::kBadValue, node.source().begin,
                   "'" + path + "' names fault type '" + s->get() +
                       "', which does not apply to category '" + t.category + "'");
      continue;
    }
    t.work_items.push_back(s->get());
  }
}

JobTypeSpec ReadJobType(TableReader& r, const Policy& p, const IdRegistry& cats,
                        IdRegistry& types) {
  JobTypeSpec t;
  if (auto kind = r.String("kind", Need::kRequired)) {
    const bool known = std::any_of(std::begin(kJobKinds), std::end(kJobKinds),
                                   [&](const char* k) { return *kind == k; });
    if (!known) {
      r.sink().Add(ErrorCode::kBadValue, r.ValuePos("kind"),
                   "'" + r.PathOf("kind") +
                       "' must be \"repair\", \"installation\" or \"maintenance\", not \"" + *kind +
                       "\"");
    }
    t.kind = *kind;
  }
  if (auto cat = r.String("category", Need::kRequired)) {
    if (!cats.Contains(*cat)) {
      r.sink().Add(ErrorCode::kUnknownReference, r.ValuePos("category"),
                   "'" + r.PathOf("category") + "' names unknown category '" + *cat + "'");
    }
    t.category = *cat;
  }
  if (!t.kind.empty() && !t.category.empty()) {
    types.Add(t.kind + "/" + t.category, r.ValuePos("kind"));
  }
  t.name = ReadText(r, "name");
  ReadWorkItems(r, p, t);
  IdRegistry checks("check id", r.sink());
  if (const toml::array* a = r.Array("checks", Need::kOptional)) {
    ForEachTable(*a, r.PathOf("checks"), r.sink(),
                 [&](TableReader& cr) { t.checks.push_back(ReadCheck(cr, checks)); });
  }
  return t;
}

// An empty list would make every job unquotable, which is never what the author meant.
void RequireNonEmpty(const toml::array& a, TableReader& root, std::string_view key) {
  if (a.empty()) {
    root.sink().Add(ErrorCode::kBadValue, root.ValuePos(key),
                    "'" + std::string(key) + "' must list at least one entry");
  }
}

void ReadPolicy(const toml::table& root_table, ErrorSink& sink, Policy& p) {
  TableReader root(root_table, "", sink);
  if (const toml::table* header = root.Table("policy", Need::kRequired)) {
    TableReader r(*header, "policy", sink);
    ReadHeader(r, p);
    r.ReportUnknownKeys();
  }
  IdRegistry cats("category id", sink);
  if (const toml::array* a = root.Array("categories", Need::kRequired)) {
    RequireNonEmpty(*a, root, "categories");
    ForEachTable(*a, "categories", sink,
                 [&](TableReader& r) { p.categories.push_back(ReadCategory(r, cats)); });
  }
  IdRegistry faults("fault type id", sink);
  if (const toml::array* a = root.Array("faults", Need::kRequired)) {
    RequireNonEmpty(*a, root, "faults");
    ForEachTable(*a, "faults", sink,
                 [&](TableReader& r) { p.faults.push_back(ReadFault(r, faults, cats)); });
  }
  IdRegistry pairs("category fee for", sink);
  if (const toml::array* a = root.Array("category_fees", Need::kOptional)) {
    ForEachTable(*a, "category_fees", sink, [&](TableReader& r) {
      p.category_fees.push_back(ReadCategoryFee(r, cats, faults, pairs));
    });
  }
  IdRegistry types("job type", sink);
  if (const toml::array* a = root.Array("job_types", Need::kOptional)) {
    ForEachTable(*a, "job_types", sink,
                 [&](TableReader& r) { p.job_types.push_back(ReadJobType(r, p, cats, types)); });
  }
  root.ReportUnknownKeys();
}

}  // namespace

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kSyntax:
      return "syntax";
    case ErrorCode::kUnknownKey:
      return "unknown_key";
    case ErrorCode::kMissingKey:
      return "missing_key";
    case ErrorCode::kWrongType:
      return "wrong_type";
    case ErrorCode::kNegativeFee:
      return "negative_fee";
    case ErrorCode::kUnknownReference:
      return "unknown_reference";
    case ErrorCode::kOutOfRange:
      return "out_of_range";
    case ErrorCode::kDuplicateId:
      return "duplicate_id";
    case ErrorCode::kBadValue:
      return "bad_value";
  }
  return "unknown";
}

std::string PolicyError::ToString() const {
  return source + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

ParseResult ParsePolicy(std::string_view text, std::string_view source_name) {
  ErrorSink sink(source_name);
  toml::table root;
#if TOML_EXCEPTIONS
  try {
    root = toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    sink.Add(ErrorCode::kSyntax, e.source().begin, "syntax error: " + std::string(e.description()));
    return ParseResult{std::nullopt, sink.TakeSorted()};
  }
#else
  toml::parse_result parsed = toml::parse(text, source_name);
  if (!parsed) {
    const auto& e = parsed.error();
    sink.Add(ErrorCode::kSyntax, e.source().begin, "syntax error: " + std::string(e.description()));
    return ParseResult{std::nullopt, sink.TakeSorted()};
  }
  root = std::move(parsed).table();
#endif
  Policy policy;
  ReadPolicy(root, sink, policy);
  if (!sink.empty()) return ParseResult{std::nullopt, sink.TakeSorted()};
  policy.source_sha256 = Sha256Hex(text);
  return ParseResult{std::move(policy), {}};
}

}  // namespace fieldledger::service_policy
