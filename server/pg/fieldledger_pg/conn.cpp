#include "fieldledger_pg/conn.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace fieldledger::pg {

PgFailure ClassifySqlstate(std::string_view sqlstate) {
  const auto cls = sqlstate.substr(0, 2);
  if (cls == "08") return PgFailure::kConnection;
  if (sqlstate == "57P01" || sqlstate == "57P02" || sqlstate == "57P03") {
    return PgFailure::kServerStopping;
  }
  if (cls == "53") return PgFailure::kResources;
  if (sqlstate == "40001" || sqlstate == "40P01") return PgFailure::kConflict;
  return PgFailure::kOther;
}

namespace {

std::string Sqlstate(const PGresult* r) {
  const char* s = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
  return s ? s : "08006";  // no result: the connection failed
}

std::string Trimmed(std::string_view sql) {
  std::string s(sql.substr(0, 100));
  for (char& c : s) {
    if (c == '\n') c = ' ';
  }
  return s;
}

}  // namespace

Conn::Conn(const std::string& uri) : conn_(PQconnectdb(uri.c_str())) {
  if (PQstatus(conn_) != CONNECTION_OK) {
    std::string msg = conn_ ? PQerrorMessage(conn_) : "out of memory";
    PQfinish(conn_);
    conn_ = nullptr;
    throw PgError("08006", "cannot connect to PostgreSQL: " + msg);
  }
  // Notices (e.g. "relation already exists, skipping") are not errors; keep them quiet.
  PQsetNoticeProcessor(
      conn_, [](void*, const char*) {}, nullptr);
}

Conn::~Conn() { PQfinish(conn_); }

bool Conn::ok() const { return PQstatus(conn_) == CONNECTION_OK; }

void Conn::Reset() {
  PQreset(conn_);
  prepared_.clear();
  if (!ok()) throw PgError("08006", std::string("cannot reconnect: ") + PQerrorMessage(conn_));
}

bool Conn::in_transaction() const {
  const auto s = PQtransactionStatus(conn_);
  return s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE;
}

void Conn::Fail(const PGresult* result, std::string_view context) const {
  std::string msg = result ? PQresultErrorMessage(result) : PQerrorMessage(conn_);
  while (!msg.empty() && msg.back() == '\n') msg.pop_back();
  throw PgError(Sqlstate(result), msg + " (in: " + std::string(context) + ")");
}

void Conn::Exec(std::string_view sql) {
  const std::string text(sql);
  std::unique_ptr<PGresult, void (*)(PGresult*)> r(PQexec(conn_, text.c_str()), PQclear);
  const auto status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) Fail(r.get(), Trimmed(sql));
}

Stmt Conn::Cached(std::string_view sql) {
  auto it = prepared_.find(std::string(sql));
  if (it == prepared_.end()) {
    const std::string name = "fl_" + std::to_string(prepared_.size() + 1);
    const std::string text(sql);
    std::unique_ptr<PGresult, void (*)(PGresult*)> r(
        PQprepare(conn_, name.c_str(), text.c_str(), 0, nullptr), PQclear);
    if (!r || PQresultStatus(r.get()) != PGRES_COMMAND_OK) {
      Fail(r.get(), "prepare '" + Trimmed(sql) + "'");
    }
    it = prepared_.emplace(text, name).first;
  }
  return Stmt(*this, it->second, it->first);
}

Stmt Conn::OneOff(std::string_view sql) { return Stmt(*this, "", std::string(sql)); }

Stmt::Stmt(Conn& conn, std::string name, std::string sql)
    : conn_(&conn), name_(std::move(name)), sql_(std::move(sql)) {}

Stmt::Stmt(Stmt&& o) noexcept
    : conn_(o.conn_),
      name_(std::move(o.name_)),
      sql_(std::move(o.sql_)),
      values_(std::move(o.values_)),
      null_(std::move(o.null_)),
      binary_(std::move(o.binary_)),
      result_(o.result_),
      row_(o.row_),
      executed_(o.executed_) {
  o.result_ = nullptr;
}

Stmt::~Stmt() { PQclear(result_); }

void Stmt::Reset() {
  PQclear(result_);
  result_ = nullptr;
  row_ = -1;
  executed_ = false;
  values_.clear();
  null_.clear();
  binary_.clear();
}

void Stmt::BindOne(std::int64_t v) {
  values_.push_back(std::to_string(v));
  null_.push_back(false);
  binary_.push_back(0);
}

void Stmt::BindOne(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);  // round-trips every double exactly
  values_.emplace_back(buf);
  null_.push_back(false);
  binary_.push_back(0);
}

void Stmt::BindOne(std::string_view v) {
  values_.emplace_back(v);
  null_.push_back(false);
  binary_.push_back(0);
}

void Stmt::BindOne(Bytes v) {
  values_.emplace_back(v.bytes);
  null_.push_back(false);
  binary_.push_back(1);
}

void Stmt::BindOne(TextArray v) {
  // An array literal: every element double-quoted, with " and \ escaped.
  std::string out = "{";
  for (const auto& s : v.values) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (const char c : s) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  out += '}';
  values_.push_back(std::move(out));
  null_.push_back(false);
  binary_.push_back(0);
}

void Stmt::BindOne(std::nullopt_t) {
  values_.emplace_back();
  null_.push_back(true);
  binary_.push_back(0);
}

void Stmt::Execute() {
  const int n = static_cast<int>(values_.size());
  std::vector<const char*> values(n);
  std::vector<int> lengths(n);
  for (int i = 0; i < n; ++i) {
    values[i] = null_[i] ? nullptr : values_[i].data();
    lengths[i] = static_cast<int>(values_[i].size());
  }
  PQclear(result_);
  result_ = name_.empty() ? PQexecParams(conn_->conn_, sql_.c_str(), n, nullptr, values.data(),
                                         lengths.data(), binary_.data(), 0)
                          : PQexecPrepared(conn_->conn_, name_.c_str(), n, values.data(),
                                           lengths.data(), binary_.data(), 0);
  executed_ = true;
  row_ = -1;
  const auto status = result_ ? PQresultStatus(result_) : PGRES_FATAL_ERROR;
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    conn_->Fail(result_, Trimmed(sql_));
  }
}

bool Stmt::Step() {
  if (!executed_) Execute();
  if (row_ + 1 >= PQntuples(result_)) {
    row_ = PQntuples(result_);
    return false;
  }
  ++row_;
  return true;
}

std::int64_t Stmt::Run() {
  Execute();
  const char* n = PQcmdTuples(result_);
  return (n && *n) ? std::strtoll(n, nullptr, 10) : 0;
}

const char* Stmt::Cell(int col) const { return PQgetvalue(result_, row_, col); }

bool Stmt::IsNull(int col) const { return PQgetisnull(result_, row_, col) == 1; }

std::int64_t Stmt::Int(int col) const {
  if (IsNull(col)) return 0;
  const char* v = Cell(col);
  if (v[0] == 't' && v[1] == '\0') return 1;  // a boolean expression
  if (v[0] == 'f' && v[1] == '\0') return 0;
  return std::strtoll(v, nullptr, 10);
}

double Stmt::Real(int col) const { return IsNull(col) ? 0.0 : std::strtod(Cell(col), nullptr); }

std::string Stmt::Text(int col) const {
  return IsNull(col)
             ? std::string()
             : std::string(Cell(col), static_cast<std::size_t>(PQgetlength(result_, row_, col)));
}

std::string Stmt::BlobBytes(int col) const {
  if (IsNull(col)) return {};
  // bytea in text format is hex ("\x0a1b..."); PQunescapeBytea decodes it.
  std::size_t len = 0;
  unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(Cell(col)), &len);
  if (!raw) throw PgError("22000", "cannot decode a bytea value");
  std::string out(reinterpret_cast<const char*>(raw), len);
  PQfreemem(raw);
  return out;
}

std::optional<std::int64_t> Stmt::OptInt(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Int(col);
}

std::optional<double> Stmt::OptReal(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Real(col);
}

unsigned int Stmt::ColumnType(int col) const { return PQftype(result_, col); }
int Stmt::columns() const { return PQnfields(result_); }

Transaction::Transaction(Conn& conn, std::string_view begin) : conn_(conn) { conn_.Exec(begin); }

Transaction::~Transaction() {
  if (done_) return;
  try {
    conn_.Exec("ROLLBACK");
  } catch (...) {
    // A lost connection has rolled the transaction back already.
  }
}

void Transaction::Commit() {
  // PostgreSQL answers COMMIT of a transaction in which a statement failed with a silent
  // ROLLBACK: refuse instead, so a caller that caught that failure cannot think its
  // writes were kept.
  if (PQtransactionStatus(conn_.handle()) == PQTRANS_INERROR) {
    throw PgError("25P02", "cannot commit: a statement in this transaction failed");
  }
  conn_.Exec("COMMIT");
  done_ = true;
}

}  // namespace fieldledger::pg
