#pragma once
// The board's words, in the current language: a job's state, an alert's reason, a
// history entry's title. Kept apart from the rules (board_state.h) so those stay Qt-free.
#include <QString>
#include <QTimeZone>

#include "board_state.h"

namespace fieldledger::office {

// "late by 12 min", "unknown: phone offline since 13:10", "unverified: outside the
// fence by 350 m", ...
QString StateText(const JobState& s, const QTimeZone& zone);
// A stable key QML colours by: "due", "way", "early", "ontime", "late", "noshow",
// "unverified", "done", "cancelled", "excused", "unknown".
QString StateKey(JobStateKind k);
QString UnverifiedText(const Unverified& why);
QString AlertText(const Alert& a, const QTimeZone& zone);
// "13:10" in zone; empty for 0.
QString ClockText(TimeMs ms, const QTimeZone& zone);

}  // namespace fieldledger::office
