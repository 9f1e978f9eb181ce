#include "admin/security_commands.h"

#include <iomanip>
#include <ostream>
#include <stdexcept>

#include "app/time_text.h"
#include "auth/sessions.h"
#include "rpc/gate.h"

namespace fieldledger::server::admin {
namespace {

UserRecord RequireUser(StoreTx& tx, const std::string& username) {
  auto u = tx.FindUserByUsername(username);
  if (!u) throw std::invalid_argument("no user '" + username + "'");
  return *u;
}

void Record(StoreTx& tx, const UserRecord& subject, const std::string& action,
            const std::string& detail, TimeMs now) {
  tx.InsertSecurityEvent({0, now, subject.company_id, subject.id, action, "", "admin CLI", detail});
}

std::string ZoneOf(StoreTx& tx, const std::string& company_id) {
  auto c = tx.FindCompany(company_id);
  return c ? c->time_zone : "UTC";
}

int SetDisabled(Store& store, const Args& a, bool disabled, std::ostream& out) {
  const TimeMs now = SystemNowMs();
  int ended = 0;
  store.Write([&](StoreTx& tx) {
    const UserRecord user = RequireUser(tx, a.Get("username"));
    tx.SetUserDisabled(user.id, disabled);
    if (disabled) {
      ended = EndSessionsAfter(store, tx, user, "user_disabled", now);
    } else {
      Record(tx, user, "user_enabled", "", now);
    }
  });
  out << a.Get("username")
      << (disabled ? " disabled; " + std::to_string(ended) + " session(s) ended at once\n"
                   : " enabled\n");
  return 0;
}

int ListSessions(Store& store, const Args& a, std::ostream& out) {
  store.Read([&](StoreTx& tx) {
    if (!tx.FindCompany(a.Get("company"))) {
      throw std::invalid_argument("company '" + a.Get("company") + "' does not exist");
    }
    std::string user_id;
    if (a.Has("username")) user_id = RequireUser(tx, a.Get("username")).id;
    const std::string tz = ZoneOf(tx, a.Get("company"));
    const auto families = tx.ListLiveSessionFamilies(a.Get("company"), user_id);
    for (const auto& f : families) {
      const auto user = tx.FindUser(f.user_id);
      out << f.id << "  " << std::left << std::setw(12) << (user ? user->username : f.user_id)
          << " signed in " << FormatLocalTime(f.created_ms, tz) << ", last used "
          << FormatLocalTime(f.last_used_ms, tz) << ", from "
          << (f.address.empty() ? "?" : f.address) << ", device '" << f.device_name << "'\n";
    }
    out << families.size() << " live session(s)\n";
  });
  return 0;
}

int EndSession(Store& store, const Args& a, std::ostream& out) {
  const TimeMs now = SystemNowMs();
  store.Write([&](StoreTx& tx) {
    auto f = tx.FindSessionFamily(a.Get("session"));
    if (!f) throw std::invalid_argument("no session '" + a.Get("session") + "'");
    if (f->ended_ms) throw std::invalid_argument("session '" + f->id + "' has already ended");
    tx.EndSessionFamily(f->id, now, "ended_by_admin");
    if (auto user = tx.FindUser(f->user_id)) {
      Record(tx, *user, "session_ended", "session " + f->id + " ended by an administrator", now);
    }
  });
  out << "session " << a.Get("session") << " ended\n";
  return 0;
}

int Audit(Store& store, const Args& a, std::ostream& out) {
  const int limit = std::stoi(a.GetOr("limit", "100"));
  if (limit < 1 || limit > 10'000) throw std::invalid_argument("--limit: between 1 and 10000");
  store.Read([&](StoreTx& tx) {
    if (!tx.FindCompany(a.Get("company"))) {
      throw std::invalid_argument("company '" + a.Get("company") + "' does not exist");
    }
    const std::string tz = ZoneOf(tx, a.Get("company"));
    std::string job_id = a.GetOr("job", "");
    for (const auto& r : tx.ListCompanyAudit(a.Get("company"), job_id, limit)) {
      out << FormatLocalTime(r.at_ms, tz) << "  " << std::left << std::setw(18) << r.action
          << " job " << r.job_id << " by " << r.actor_name << " (" << r.actor_id << ")";
      if (!r.address.empty() || !r.device.empty()) {
        out << " from " << (r.address.empty() ? "" : r.address + " ") << r.device;
      }
      if (!r.detail.empty()) out << ": " << r.detail;
      if (!r.reason.empty()) out << "; reason: " << r.reason;
      out << "\n";
    }
  });
  return 0;
}

int SignIns(Store& store, const Args& a, std::ostream& out) {
  const int limit = std::stoi(a.GetOr("limit", "100"));
  if (limit < 1 || limit > 10'000) throw std::invalid_argument("--limit: between 1 and 10000");
  store.Read([&](StoreTx& tx) {
    // --company "" lists attempts with unknown usernames.
    const std::string company = a.Get("company");
    const std::string tz = company.empty() ? "UTC" : ZoneOf(tx, company);
    for (const auto& e : tx.ListSecurityEvents(company, limit)) {
      const auto user = e.user_id.empty() ? std::nullopt : tx.FindUser(e.user_id);
      out << FormatLocalTime(e.at_ms, tz) << "  " << std::left << std::setw(16) << e.action << " "
          << (user                ? user->username
              : e.user_id.empty() ? "(unknown user)"
                                  : e.user_id)
          << " from " << (e.address.empty() ? "?" : e.address);
      if (!e.device.empty()) out << " device '" << e.device << "'";
      if (!e.detail.empty()) out << ": " << e.detail;
      out << "\n";
    }
  });
  return 0;
}

}  // namespace

int EndSessionsAfter(Store& store, StoreTx& tx, const UserRecord& user, const std::string& action,
                     TimeMs now) {
  const int ended = Sessions(store).EndAllOf(tx, user.id, now, action);
  Record(tx, user, action, std::to_string(ended) + " session(s) ended", now);
  return ended;
}

void PrintSecurityUsage(std::ostream& out) {
  out << "  disable-user --username U   the user cannot sign in; their sessions end at once\n"
         "  enable-user  --username U\n"
         "  list-sessions --company ID [--username U]   live sign-ins, with address and device\n"
         "  end-session  --session ID   ends that sign-in (its access and refresh tokens)\n"
         "  audit        --company ID [--job ID] [--limit N]   who changed which job, when,\n"
         "               from where and why (newest first)\n"
         "  sign-ins     --company ID [--limit N]   sign-ins, failures, lockouts, sign-outs\n";
}

std::optional<int> RunSecurityCommand(Store& store, const Args& a, std::ostream& out) {
  if (a.command == "disable-user") return SetDisabled(store, a, true, out);
  if (a.command == "enable-user") return SetDisabled(store, a, false, out);
  if (a.command == "list-sessions") return ListSessions(store, a, out);
  if (a.command == "end-session") return EndSession(store, a, out);
  if (a.command == "audit") return Audit(store, a, out);
  if (a.command == "sign-ins") return SignIns(store, a, out);
  return std::nullopt;
}

}  // namespace fieldledger::server::admin
