#include "fieldledger/scoring/string_index.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <stdexcept>

namespace fieldledger::scoring {
namespace {

std::size_t Hash(std::string_view s) { return std::hash<std::string_view>()(s); }

}  // namespace

std::string_view StringIndex::At(std::uint32_t id) const {
  const std::uint32_t begin = Begin(id);
  return std::string_view(chars_).substr(begin, ends_[id] - begin);
}

std::size_t StringIndex::SlotOf(std::string_view s, std::size_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const std::uint32_t v = slots_[i];
    if (v == 0 || At(v - 1) == s) return i;
  }
}

std::optional<std::uint32_t> StringIndex::Find(std::string_view s) const {
  if (slots_.empty()) return std::nullopt;
  const std::uint32_t v = slots_[SlotOf(s, Hash(s))];
  if (v == 0) return std::nullopt;
  return v - 1;
}

void StringIndex::Rehash(std::size_t slots) {
  std::vector<std::uint32_t> old = std::move(slots_);
  slots_.assign(slots, 0);
  for (std::uint32_t v : old) {
    if (v != 0) slots_[SlotOf(At(v - 1), Hash(At(v - 1)))] = v;
  }
}

void StringIndex::ReserveMore(std::size_t strings, std::size_t chars) {
  auto grow = [](std::size_t size, std::size_t capacity, std::size_t extra) {
    const std::size_t need = size + extra;
    return need > capacity ? std::max(need, capacity + capacity / 4) : capacity;
  };
  ends_.reserve(grow(ends_.size(), ends_.capacity(), strings));
  chars_.reserve(grow(chars_.size(), chars_.capacity(), chars));
  const std::size_t n = ends_.size() + strings;
  std::size_t slots = slots_.empty() ? 16 : slots_.size();
  while (slots * 3 < n * 4) slots *= 2;  // load at most 3/4
  if (slots != slots_.size()) Rehash(slots);
}

std::uint32_t StringIndex::Intern(std::string_view s) {
  if (slots_.empty()) Rehash(16);
  const std::size_t hash = Hash(s);
  std::size_t slot = SlotOf(s, hash);
  if (slots_[slot] != 0) return slots_[slot] - 1;
  if (chars_.size() + s.size() > std::numeric_limits<std::uint32_t>::max() ||
      ends_.size() + 1 >= std::numeric_limits<std::uint32_t>::max()) {
    throw std::length_error("StringIndex: more than 4 GiB of ids");
  }
  const auto id = static_cast<std::uint32_t>(ends_.size());
  chars_.append(s);
  ends_.push_back(static_cast<std::uint32_t>(chars_.size()));
  slots_[slot] = id + 1;
  if ((ends_.size()) * 4 > slots_.size() * 3) Rehash(slots_.size() * 2);
  return id;
}

}  // namespace fieldledger::scoring
