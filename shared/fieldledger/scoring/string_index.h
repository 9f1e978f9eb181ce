#pragma once
// Interns strings to dense integers 0, 1, 2, ... in the order first seen, in about 20 bytes
// per string plus its characters: the characters live in one arena and the table is open
// addressing over 32-bit slots. A std::unordered_map<std::string, uint32_t> costs about
// 70 bytes per entry; the live scores intern every job, call-back and asset id of a
// company, so that difference is most of their memory.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fieldledger::scoring {

class StringIndex {
 public:
  // The id of `s`, interning it if new (new ids are size() at the time).
  // Throws std::length_error when the arena would pass 4 GiB of characters.
  std::uint32_t Intern(std::string_view s);
  std::optional<std::uint32_t> Find(std::string_view s) const;
  std::string_view At(std::uint32_t id) const;
  std::size_t size() const { return ends_.size(); }
  // Room for `strings` more strings of `chars` characters in all: exactly for a first
  // large load (so it allocates once), then growing by at least a quarter.
  void ReserveMore(std::size_t strings, std::size_t chars);

 private:
  std::uint32_t Begin(std::uint32_t id) const { return id == 0 ? 0 : ends_[id - 1]; }
  // The slot holding `s`, or the empty slot where it would go.
  std::size_t SlotOf(std::string_view s, std::size_t hash) const;
  void Rehash(std::size_t slots);

  std::string chars_;
  std::vector<std::uint32_t> ends_;   // end offset of each string in chars_
  std::vector<std::uint32_t> slots_;  // 0: empty, else id + 1; size is a power of two
};

}  // namespace fieldledger::scoring
