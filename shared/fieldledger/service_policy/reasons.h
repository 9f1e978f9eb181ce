#pragma once
// Internal to evaluate.cpp: the bilingual wording of every reason and error the engine
// gives. Kept in one place so the Chinese and English stay in step, and because the server
// compares canonical quotes byte for byte, so wording changes must be deliberate.
#include <cstdint>
#include <string>

#include "fieldledger/service_policy/date.h"
#include "fieldledger/service_policy/policy.h"
#include "fieldledger/service_policy/text.h"

namespace fieldledger::service_policy::reasons {

using Day = std::int64_t;

// A return or an exchange: the two windows read the same apart from the word.
struct Remedy {
  const char* zh;
  const char* en;
};
inline constexpr Remedy kReturn{"退货", "return"};
inline constexpr Remedy kExchange{"换货", "exchange"};

// "CNY 80.00" / "80.00元".
Text Money(Fen fen, const std::string& currency);

// How the warranty was dated; `fallback` when activation was required but unknown.
struct Basis {
  WarrantyStart start;
  bool fallback;
};

Text RemedyNotCertified(Remedy r);
Text RemedyWithin(Remedy r, Day day, int window);
Text RemedyPast(Remedy r, Day day, int window);

Text FreeInWarranty(Day day, int warranty_days, Basis basis);
Text FreeQualityWindow(Day day, int window);
Text NotFree(Day day, int warranty_days, Basis basis, bool certified, int window);
Text PaidRepair();
Text NothingToPay();

Text LineInWarranty();
Text LineQualityWindow();
Text LineAlwaysFree(const Text& fault);
Text LineCharged(const Text& fault, const Text& money);
Text LineChargedHighest(const Text& fault, const Text& money);
Text LineBelowHighest(const Text& highest, const Text& money);
Text LineDuplicate();
Text LineUnknownFault(const std::string& id);
Text LineNotApplicable(const Text& fault, const Text& category);
Text LineNotPriced();

Text NotDecided();
Text UnknownCategory(const std::string& id);
Text InvalidDate(const Text& which, const Date& value);
Text VisitBefore(const Text& which);
Text PurchaseDateName();
Text ActivationDateName();
Text VisitDateName();

}  // namespace fieldledger::service_policy::reasons
