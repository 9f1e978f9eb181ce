#pragma once
// The storage interface. Application logic talks only to this; SQLite implements it
// today and PostgreSQL can implement it later without touching the services.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "storage/audit_records.h"
#include "storage/blob_records.h"
#include "storage/callback_records.h"
#include "storage/history_records.h"
#include "storage/records.h"
#include "storage/security_records.h"

namespace fieldledger::server {

// Everything that can be done inside one transaction.
class StoreTx {
 public:
  virtual ~StoreTx() = default;

  virtual void InsertCompany(const CompanyRecord& c) = 0;
  virtual std::optional<CompanyRecord> FindCompany(const std::string& id) = 0;
  virtual std::vector<CompanyRecord> ListCompanies() = 0;

  virtual void InsertTeam(const TeamRecord& t) = 0;
  virtual std::optional<TeamRecord> FindTeam(const std::string& id) = 0;

  virtual void InsertUser(const UserRecord& u) = 0;
  virtual void UpdateUserPassword(const std::string& user_id, const std::string& hash) = 0;
  virtual std::optional<UserRecord> FindUser(const std::string& id) = 0;
  virtual std::optional<UserRecord> FindUserByUsername(const std::string& username) = 0;
  virtual std::vector<UserRecord> ListUsers(const std::string& company_id) = 0;

  virtual void InsertSession(const SessionRecord& s) = 0;
  virtual std::optional<SessionRecord> FindSession(const std::string& token_sha256) = 0;
  virtual void DeleteSession(const std::string& token_sha256) = 0;

  virtual void InsertJob(const JobRecord& j) = 0;
  virtual void UpdateJob(const JobRecord& j) = 0;
  virtual std::optional<JobRecord> FindJob(const std::string& id) = 0;
  // Set-based reads for a batch, one query each: the stored rows among `ids`, in no
  // particular order; ids not stored are simply absent.
  virtual std::vector<JobRecord> FindJobs(const std::vector<std::string>& ids) = 0;
  // The job whose completion was signed with this signature blob, if any.
  virtual std::optional<std::string> FindJobIdBySignature(const std::string& company_id,
                                                          const std::string& signature_sha256) = 0;
  // Jobs of a company ordered by (window start, id), optionally one technician's and
  // only those whose window overlaps [from, to); keyset-paged after (start, id).
  struct JobQuery {
    std::string company_id;
    std::string technician_id;
    std::optional<TimeWindow> overlapping;
    std::optional<TimeWindow> starting_within;  // window start in [start, end)
    std::optional<std::pair<TimeMs, std::string>> after;
    int limit = 200;
  };
  virtual std::vector<JobRecord> ListJobs(const JobQuery& q) = 0;
  // Idempotency keys of job creation: the job a key made and the SHA-256 of the request
  // body it came with (empty for keys stored before migration 17).
  virtual std::optional<JobRequestRecord> FindJobRequest(const std::string& company_id,
                                                         const std::string& request_id) = 0;
  virtual void RememberJobRequest(const JobRequestRecord& r) = 0;

  // The change feed that Pull reads: one row per (job, technician) that must hear of it.
  virtual std::int64_t AppendJobChange(const std::string& job_id,
                                       const std::string& technician_id) = 0;
  virtual std::vector<JobChange> ListJobChanges(const std::string& technician_id,
                                                std::int64_t after_seq, int limit) = 0;
  virtual std::int64_t CountJobChanges(const std::string& technician_id,
                                       std::int64_t after_seq) = 0;

  virtual std::optional<DeviceRecord> FindDevice(const std::string& id) = 0;
  virtual void UpsertDevice(const DeviceRecord& d) = 0;

  virtual std::optional<EventRecord> FindEvent(const std::string& id) = 0;
  virtual std::vector<EventRecord> FindEvents(const std::vector<std::string>& ids) = 0;
  virtual void InsertEvent(const EventRecord& e) = 0;
  virtual std::int64_t CountEvents(const std::string& device_id) = 0;
  // The device history and gap reports (storage/sqlite_events.h): the device's events at
  // one sequence (more than one after a phone restored from a backup reused it), whether
  // the device sent an event with this hash, and the sequences it sent nearest below and
  // above `sequence` (0 when there is none).
  virtual std::vector<EventRecord> FindDeviceEventsAt(const std::string& device_id,
                                                      std::int64_t sequence) = 0;
  virtual bool DeviceSentHash(const std::string& device_id, const std::string& sha256) = 0;
  virtual std::pair<std::int64_t, std::int64_t> NeighbourSequences(const std::string& device_id,
                                                                   std::int64_t sequence) = 0;
  // Rejections that could not be stored as events (their id is taken); one row per
  // distinct (id, device, sequence, content), however often it is resent.
  virtual void InsertEventRejection(const EventRejectionRecord& r) = 0;
  virtual std::vector<EventRejectionRecord> ListEventRejections(const std::string& device_id) = 0;
  // The change feed's last sequence (0 when empty): a pull cursor beyond it is unknown.
  virtual std::int64_t LastJobChangeSeq() = 0;

  // The dispatcher board's change log: one row per job, written in the transaction of
  // the write that changed it (created, assigned, rescheduled, cancelled, excused, an
  // event applied, a call-back), whether or not it has a technician. Every server
  // instance on the database follows it by cursor (app/board_follower.h), so a board
  // open on one instance hears of changes made through another.
  virtual void AppendBoardChanges(const std::string& company_id,
                                  const std::vector<std::string>& job_ids) = 0;
  // Rows after `after_seq`, oldest first, at most `limit`.
  virtual std::vector<BoardChangeRecord> ListBoardChanges(std::int64_t after_seq, int limit) = 0;
  virtual std::int64_t LastBoardChangeSeq() = 0;  // 0 when empty

  virtual void UpsertExcusal(const ExcusalRecord& e) = 0;
  virtual std::optional<ExcusalRecord> FindExcusal(const std::string& job_id) = 0;
  virtual std::vector<ExcusalRecord> FindExcusals(const std::vector<std::string>& job_ids) = 0;

  // Blob uploads (signature images, photos): progress and the contiguous chunks held.
  virtual std::optional<BlobRecord> FindBlob(const std::string& company_id,
                                             const std::string& sha256) = 0;
  virtual void UpsertBlob(const BlobRecord& b) = 0;
  virtual void InsertBlobChunk(const std::string& company_id, const std::string& sha256,
                               std::int64_t offset, std::string_view bytes) = 0;
  virtual std::string ReadBlobBytes(const std::string& company_id, const std::string& sha256) = 0;
  virtual void DeleteBlobChunks(const std::string& company_id, const std::string& sha256) = 0;
  // Incomplete uploads (migration 17 indexes them): what a company and one uploader hold,
  // and the discard of those not touched since `cutoff` (their chunks too). Returns how
  // many uploads were discarded.
  virtual PendingUploadTotals SumPendingUploads(const std::string& company_id,
                                                const std::string& uploader_id) = 0;
  virtual int DiscardPendingUploadsBefore(const std::string& company_id, TimeMs cutoff) = 0;
  virtual void AppendExcusalLog(const ExcusalLogEntry& e) = 0;
  virtual std::vector<ExcusalLogEntry> ListExcusalLog(const std::string& job_id) = 0;
  // Active (not revoked) excusals of a company's jobs, keyed by job id.
  virtual std::vector<ExcusalRecord> ListActiveExcusals(const std::string& company_id) = 0;

  virtual void InsertCallBack(const CallBackRecord& c) = 0;
  virtual std::vector<CallBackRecord> ListCallBacks(const std::string& company_id) = 0;
  // The call-backs on any of these jobs, in one query, ordered by (at_ms, id).
  virtual std::vector<CallBackRecord> ListCallBacksOfJobs(
      const std::vector<std::string>& job_ids) = 0;
  // The call-back desk (migration 7; storage/sqlite_callbacks.cpp).
  // Completed jobs of a company in (completed_ms, id) order.
  virtual std::vector<JobRecord> ListCompletedJobs(const std::string& company_id) = 0;
  virtual std::optional<CallBackRecord> FindCallBackByRequest(const std::string& company_id,
                                                              const std::string& request_id) = 0;
  // An agent's call-backs with at_ms in [from, to), in (at_ms, id) order.
  virtual std::vector<CallBackRecord> ListCallBacksByAgent(const std::string& agent_id, TimeMs from,
                                                           TimeMs to) = 0;
  virtual std::optional<CallBackClaimRecord> FindCallBackClaim(const std::string& job_id) = 0;
  // Claims of a company that have not expired at `now`.
  virtual std::vector<CallBackClaimRecord> ListLiveCallBackClaims(const std::string& company_id,
                                                                  TimeMs now) = 0;
  virtual void UpsertCallBackClaim(const CallBackClaimRecord& c) = 0;
  virtual void DeleteCallBackClaim(const std::string& job_id) = 0;
  virtual void AppendCallBackAudit(const CallBackAuditEntry& e) = 0;
  virtual std::vector<CallBackAuditEntry> ListCallBackAudit(const std::string& job_id) = 0;
  // Applied events of a job with their payloads, in (trusted_ms, sequence) order.
  virtual std::vector<EventRecord> ListAppliedEventsOfJob(const std::string& job_id) = 0;

  // InsertShift, UpdateShift and DeleteShift each append a version (shift_versions,
  // migration 21) stamped with s.recorded_ms, or `at` for a delete.
  virtual void InsertShift(const ShiftRecord& s) = 0;
  virtual std::vector<ShiftRecord> ListShifts(const std::string& company_id) = 0;
  // The shift schedule's editor (app/attendance_logic.h) and its audit trail.
  virtual std::optional<ShiftRecord> FindShift(const std::string& id) = 0;
  virtual void UpdateShift(const ShiftRecord& s) = 0;
  virtual void DeleteShift(const std::string& id, TimeMs at) = 0;
  // The company's shift versions recorded at or before `up_to`, in (recorded_ms, seq) order.
  virtual std::vector<ShiftVersion> ListShiftVersions(const std::string& company_id,
                                                      TimeMs up_to) = 0;
  virtual void InsertShiftAudit(const ShiftAuditRecord& a) = 0;
  virtual std::vector<ShiftAuditRecord> ListShiftAudit(const std::string& shift_id) = 0;

  // Shift check-ins and check-outs from phones (storage/sqlite_shift_marks.h).
  virtual void InsertShiftMark(const ShiftMarkRecord& m) = 0;
  // A company's marks with at_ms in [from, to), by (at_ms, event_id).
  virtual std::vector<ShiftMarkRecord> ListShiftMarks(const std::string& company_id, TimeMs from,
                                                      TimeMs to) = 0;
  virtual std::vector<ShiftMarkRecord> ListShiftMarksOfShift(const std::string& shift_id) = 0;

  // The assessment cycle: publications (frozen months), assessor comments and technicians'
  // self-assessments, each per company and period label.
  virtual void InsertPublication(const PublicationRecord& p) = 0;
  virtual std::optional<PublicationRecord> FindPublication(const std::string& company_id,
                                                           const std::string& period_label) = 0;
  virtual void InsertPublishedFigure(const PublishedFigureRecord& f) = 0;
  virtual std::vector<PublishedFigureRecord> ListPublishedFigures(
      const std::string& publication_id) = 0;
  virtual void InsertPublishedPay(const PublishedPayRecord& p) = 0;
  virtual std::vector<PublishedPayRecord> ListPublishedPay(const std::string& publication_id) = 0;
  virtual void UpsertAssessorComment(const AssessorCommentRecord& c) = 0;
  virtual std::vector<AssessorCommentRecord> ListAssessorComments(
      const std::string& company_id, const std::string& period_label) = 0;
  virtual void UpsertSelfAssessment(const SelfAssessmentRecord& a) = 0;
  virtual std::vector<SelfAssessmentRecord> ListSelfAssessments(
      const std::string& company_id, const std::string& period_label) = 0;

  // The dispatch desk (storage/sqlite_dispatch.h): the audit trail, every event of a
  // set of jobs in trusted-time order, and the devices of a company's users.
  virtual void InsertAudit(const AuditRecord& a) = 0;
  virtual std::vector<AuditRecord> ListAudit(const std::vector<std::string>& job_ids) = 0;
  virtual std::vector<EventRecord> ListEventsOfJobs(const std::vector<std::string>& job_ids) = 0;
  virtual std::vector<DeviceRecord> ListDevicesOfCompany(const std::string& company_id) = 0;

  // Sessions (storage/sqlite_security.h): sign-ins with rotating refresh tokens.
  virtual void InsertSessionFamily(const SessionFamilyRecord& f) = 0;
  virtual std::optional<SessionFamilyRecord> FindSessionFamily(const std::string& id) = 0;
  // The family whose current refresh token has this hash, ended or not.
  virtual std::optional<SessionFamilyRecord> FindSessionFamilyByRefresh(
      const std::string& refresh_sha256) = 0;
  // The family a refresh token belonged to before it was rotated away, if it ever was.
  virtual std::optional<std::string> FindFamilyOfRetiredRefresh(
      const std::string& refresh_sha256) = 0;
  // Replaces the family's refresh token (the old hash is kept as retired, so its reuse
  // is recognised) and drops the family's access tokens; a new one is inserted after.
  virtual void RotateRefresh(const std::string& family_id, const std::string& new_sha256,
                             TimeMs new_expires_ms, TimeMs now) = 0;
  // Marks the family ended and deletes its access tokens at once.
  virtual void EndSessionFamily(const std::string& family_id, TimeMs now,
                                const std::string& reason) = 0;
  // Every live family of a company (or of one user when user_id is set), oldest first.
  virtual std::vector<SessionFamilyRecord> ListLiveSessionFamilies(const std::string& company_id,
                                                                   const std::string& user_id) = 0;
  // Deletes every access token of the user (also ones older than session families).
  virtual void DeleteSessionsOfUser(const std::string& user_id) = 0;
  virtual void SetUserDisabled(const std::string& user_id, bool disabled) = 0;

  // The whole company's job audit trail, newest first, at most `limit` (admin CLI, the
  // managers' audit RPC); job_id narrows it to one job when set.
  virtual std::vector<AuditRecord> ListCompanyAudit(const std::string& company_id,
                                                    const std::string& job_id, int limit) = 0;

  // The security trail (storage/sqlite_security.h): sign-ins, lockouts, sign-outs.
  virtual void InsertSecurityEvent(const SecurityEventRecord& e) = 0;
  // Newest first, at most `limit`.
  virtual std::vector<SecurityEventRecord> ListSecurityEvents(const std::string& company_id,
                                                              int limit) = 0;
  // Sign-in throttling (migration 22; auth/login_throttle.h): failures per (scope, subject).
  virtual std::optional<LoginFailureRecord> FindLoginFailures(const std::string& scope,
                                                              const std::string& subject) = 0;
  virtual void UpsertLoginFailures(const LoginFailureRecord& r) = 0;
  virtual void DeleteLoginFailures(const std::string& scope, const std::string& subject) = 0;
  // Deletes the rows of every scope whose last failure is at or before `at`; returns how many.
  virtual int DeleteLoginFailuresUpTo(TimeMs at) = 0;
  virtual std::int64_t CountLoginFailures(const std::string& scope) = 0;
  // History (migration 13; storage/history_records.h). InsertJob and UpdateJob append a
  // version themselves; InsertUser appends the user's first membership.
  // The company's job versions recorded at or before `up_to`, in (recorded_ms, seq) order.
  virtual std::vector<JobVersion> ListJobVersions(const std::string& company_id, TimeMs up_to) = 0;
  // Every version of these jobs, in (job, recorded_ms, seq) order.
  virtual std::vector<JobVersion> ListJobVersionsOf(const std::vector<std::string>& job_ids) = 0;
  // Moves the user to `team_id` ("" = none) from `at` on: users.team_id and a membership.
  virtual void SetUserTeam(const std::string& user_id, const std::string& team_id, TimeMs at) = 0;
  // The company's memberships in (user, from_ms, seq) order.
  virtual std::vector<TeamMembership> ListTeamMemberships(const std::string& company_id) = 0;
  // The audit of team moves (migration 21): one row per move, in the order written.
  virtual void InsertTeamMove(const TeamMove& m) = 0;
  virtual std::vector<TeamMove> ListTeamMoves(const std::string& company_id) = 0;
  // The excusal log of every job of the company, in the order it was written.
  virtual std::vector<ExcusalLogEntry> ListCompanyExcusalLog(const std::string& company_id) = 0;
};

class Store {
 public:
  virtual ~Store() = default;
  // Runs fn in a write transaction and returns once it is committed; when fn throws,
  // its writes are rolled back and the exception propagates. Nothing is acknowledged
  // before the commit. Writes from concurrent callers may share one transaction and
  // commit (each rolled back alone if it throws; all fail if the commit does).
  virtual void Write(const std::function<void(StoreTx&)>& fn) = 0;
  // Runs fn with a consistent read view.
  virtual void Read(const std::function<void(StoreTx&)>& fn) = 0;
  // A counter that moves when another process commits to the same database, so caches
  // built from it know to start over.
  virtual std::int64_t ExternalWrites() = 0;
};

}  // namespace fieldledger::server
