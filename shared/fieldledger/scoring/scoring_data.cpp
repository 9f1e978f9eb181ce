#include "fieldledger/scoring/scoring_data.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "fieldledger/scoring/outcomes.h"

namespace fieldledger::scoring {
namespace {

class Interner {
 public:
  explicit Interner(std::vector<std::string>& names) : names_(names) {}
  std::uint32_t Id(const std::string& name) {
    auto [it, inserted] = ids_.try_emplace(name, static_cast<std::uint32_t>(names_.size()));
    if (inserted) names_.push_back(name);
    return it->second;
  }

 private:
  std::vector<std::string>& names_;
  std::unordered_map<std::string, std::uint32_t> ids_;
};

// CSR: offsets[k]..offsets[k+1] index the items of key k.
template <typename Item>
void BuildCsr(std::size_t keys, const std::vector<std::pair<std::uint32_t, Item>>& items,
              std::vector<std::uint32_t>& offsets, std::vector<Item>& out) {
  offsets.assign(keys + 1, 0);
  for (const auto& [k, item] : items) ++offsets[k + 1];
  std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
  out.resize(items.size());
  std::vector<std::uint32_t> fill(offsets.begin(), offsets.end() - 1);
  for (const auto& [k, item] : items) out[fill[k]++] = item;
}

}  // namespace

std::span<const std::uint32_t> ScoringData::TimeIndex::Range(TimeMs start, TimeMs end) const {
  auto lo = std::lower_bound(keys.begin(), keys.end(), start);
  auto hi = std::lower_bound(lo, keys.end(), end);
  return {ids.data() + (lo - keys.begin()), static_cast<std::size_t>(hi - lo)};
}

ScoringData::ScoringData(Dataset data) : data_(std::move(data)) {
  const auto& jobs = data_.jobs;
  const std::size_t n = jobs.size();

  auto build_time_index = [](TimeIndex& index, std::vector<std::pair<TimeMs, std::uint32_t>> v) {
    std::sort(v.begin(), v.end());
    index.keys.reserve(v.size());
    index.ids.reserve(v.size());
    for (const auto& [t, i] : v) {
      index.keys.push_back(t);
      index.ids.push_back(i);
    }
  };
  std::vector<std::pair<TimeMs, std::uint32_t>> starts, completions, shift_starts;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (jobs[i].window) starts.emplace_back(jobs[i].window->start, i);
    if (jobs[i].status == JobStatus::kCompleted && jobs[i].completed) {
      completions.emplace_back(*jobs[i].completed, i);
    }
  }
  for (std::uint32_t i = 0; i < data_.shifts.size(); ++i) {
    shift_starts.emplace_back(data_.shifts[i].start, i);
  }
  build_time_index(by_window_start_, std::move(starts));
  build_time_index(by_completed_, std::move(completions));
  build_time_index(shifts_by_start_, std::move(shift_starts));

  // Interned people and teams.
  Interner techs(technicians_), teams(teams_);
  job_tech_.resize(n);
  job_team_.resize(n);
  for (std::uint32_t i = 0; i < n; ++i) {
    job_tech_[i] = techs.Id(jobs[i].technician);
    job_team_[i] = teams.Id(jobs[i].team);
  }
  for (const Shift& s : data_.shifts) {
    shift_tech_.push_back(techs.Id(s.technician));
    shift_team_.push_back(teams.Id(s.team));
  }

  // Call-backs grouped by job; a call-back for an unknown job is ignored.
  std::unordered_map<std::string_view, std::uint32_t> job_by_id;
  job_by_id.reserve(n);
  for (std::uint32_t i = 0; i < n; ++i) job_by_id.emplace(jobs[i].id, i);
  std::vector<std::pair<std::uint32_t, const CallBack*>> cbs;
  cbs.reserve(data_.callbacks.size());
  for (const CallBack& cb : data_.callbacks) {
    auto it = job_by_id.find(cb.job_id);
    if (it != job_by_id.end()) cbs.emplace_back(it->second, &cb);
  }
  BuildCsr(n, cbs, callback_offsets_, callbacks_sorted_);
  for (std::size_t j = 0; j < n; ++j) {
    std::sort(callbacks_sorted_.begin() + callback_offsets_[j],
              callbacks_sorted_.begin() + callback_offsets_[j + 1],
              [](const CallBack* a, const CallBack* b) { return CallBackBefore(*a, *b); });
  }

  // Repair jobs grouped by asset. Serial numbers and customer/product pairs are interned
  // separately, which avoids building a combined key string per job.
  std::unordered_map<std::string_view, std::int32_t> by_serial;
  std::unordered_map<std::string, std::int32_t> by_customer_product;
  std::int32_t assets = 0;
  job_asset_.assign(n, -1);
  for (std::uint32_t i = 0; i < n; ++i) {
    const Job& j = jobs[i];
    if (!j.serial_number.empty()) {
      job_asset_[i] = by_serial.try_emplace(j.serial_number, assets).first->second;
    } else if (!j.customer_id.empty() || !j.product.empty()) {
      job_asset_[i] =
          by_customer_product.try_emplace(j.customer_id + '\x1f' + j.product, assets).first->second;
    } else {
      continue;
    }
    if (job_asset_[i] == assets) ++assets;
  }
  std::vector<std::pair<std::uint32_t, Repair>> repairs;
  for (std::uint32_t i = 0; i < n; ++i) {
    if (jobs[i].type == JobType::kRepair && job_asset_[i] >= 0) {
      repairs.emplace_back(static_cast<std::uint32_t>(job_asset_[i]),
                           Repair{ToSeconds(jobs[i].created), i});
    }
  }
  BuildCsr(static_cast<std::size_t>(assets), repairs, asset_offsets_, repairs_);
  for (std::int32_t a = 0; a < assets; ++a) {
    std::sort(repairs_.begin() + asset_offsets_[a], repairs_.begin() + asset_offsets_[a + 1],
              [&](const Repair& x, const Repair& y) {
                if (x.created_s != y.created_s) return x.created_s < y.created_s;
                return jobs[x.job].id < jobs[y.job].id;
              });
  }
}

std::span<const std::uint32_t> ScoringData::JobsWithWindowStartIn(TimeMs start, TimeMs end) const {
  return by_window_start_.Range(start, end);
}
std::span<const std::uint32_t> ScoringData::JobsCompletedIn(TimeMs start, TimeMs end) const {
  return by_completed_.Range(start, end);
}
std::span<const std::uint32_t> ScoringData::ShiftsStartingIn(TimeMs start, TimeMs end) const {
  return shifts_by_start_.Range(start, end);
}

std::span<const CallBack* const> ScoringData::CallBacksOf(std::uint32_t job) const {
  return {callbacks_sorted_.data() + callback_offsets_[job],
          callback_offsets_[job + 1] - callback_offsets_[job]};
}

const Job* ScoringData::FirstLaterRepair(std::uint32_t job) const {
  const Job& j = data_.jobs[job];
  if (job_asset_[job] < 0 || !j.completed) return nullptr;
  const auto a = static_cast<std::uint32_t>(job_asset_[job]);
  const std::int64_t completed_s = ToSeconds(*j.completed);
  auto first = repairs_.begin() + asset_offsets_[a];
  auto last = repairs_.begin() + asset_offsets_[a + 1];
  auto it = std::upper_bound(first, last, completed_s,
                             [](std::int64_t s, const Repair& r) { return s < r.created_s; });
  for (; it != last; ++it) {
    // Further visits of the same job are not repeats.
    if (data_.jobs[it->job].id != j.id) return &data_.jobs[it->job];
  }
  return nullptr;
}

}  // namespace fieldledger::scoring
