#include "fieldledger/service_policy/reasons.h"

#include <cstdio>

namespace fieldledger::service_policy::reasons {
namespace {

std::string N(std::int64_t v) { return std::to_string(v); }

Text BasisName(Basis b) {
  return b.start == WarrantyStart::kActivation ? Text{"激活日", "activation"}
                                               : Text{"购买日", "purchase"};
}

// Appended when warranty had to be dated from purchase for lack of an activation date.
Text FallbackNote(Basis b) {
  if (!b.fallback) return {};
  return {"；未提供激活日期，按购买日计算", "; no activation date, so counted from purchase"};
}

}  // namespace

Text Money(Fen fen, const std::string& currency) {
  const bool negative = fen < 0;
  const std::uint64_t abs = negative ? 0 - static_cast<std::uint64_t>(fen) : fen;
  char amount[32];
  std::snprintf(amount, sizeof amount, "%s%llu.%02llu", negative ? "-" : "",
                static_cast<unsigned long long>(abs / 100),
                static_cast<unsigned long long>(abs % 100));
  const std::string zh =
      currency == "CNY" ? std::string(amount) + "元" : std::string(amount) + " " + currency;
  return {zh, currency + " " + amount};
}

Text RemedyNotCertified(Remedy r) {
  return {std::string("质量问题未经授权服务中心认定，不可") + r.zh,
          std::string("No quality fault certified by an authorised service centre: no ") + r.en};
}

Text RemedyWithin(Remedy r, Day day, int window) {
  return {"经认定的质量问题，购买后第" + N(day) + "天（" + N(window) + "天内），可" + r.zh,
          "Certified quality fault on day " + N(day) + " after purchase (within " + N(window) +
              " days): " + r.en + " available"};
}

Text RemedyPast(Remedy r, Day day, int window) {
  return {
      "购买后第" + N(day) + "天，已超过" + N(window) + "天" + r.zh + "期限",
      "Day " + N(day) + " after purchase is past the " + N(window) + "-day " + r.en + " window"};
}

Text FreeInWarranty(Day day, int warranty_days, Basis basis) {
  const Text b = BasisName(basis);
  const Text note = FallbackNote(basis);
  return {"保修期内（自" + b.zh + "起第" + N(day) + "天，保修" + N(warranty_days) +
              "天），免费维修" + note.zh,
          "In warranty (day " + N(day) + " of " + N(warranty_days) + " from " + b.en +
              "): free repair" + note.en};
}

Text FreeQualityWindow(Day day, int window) {
  return {"经认定的质量问题，购买后第" + N(day) + "天（" + N(window) + "天免费维修期内），免费维修",
          "Certified quality fault on day " + N(day) + " after purchase (within the " + N(window) +
              "-day free-repair window): free repair"};
}

Text NotFree(Day day, int warranty_days, Basis basis, bool certified, int window) {
  const Text b = BasisName(basis);
  const Text note = FallbackNote(basis);
  Text t{
      "已过保修期（自" + b.zh + "起第" + N(day) + "天，保修" + N(warranty_days) + "天）" + note.zh,
      "Out of warranty (day " + N(day) + ", warranty " + N(warranty_days) + " days from " + b.en +
          ")" + note.en};
  if (certified) {
    t.zh += "；认定的质量问题已超过" + N(window) + "天免费维修期";
    t.en += "; the certified quality fault is past the " + N(window) + "-day free-repair window";
  }
  return t;
}

Text PaidRepair() {
  return {"保修期外，按故障收费", "Out of warranty: faults are charged at the policy fees"};
}

Text NothingToPay() { return {"可免费维修，无需付费", "Free repair applies: nothing to pay"}; }

Text LineInWarranty() { return {"保修期内，免费", "In warranty: free"}; }

Text LineQualityWindow() {
  return {"经认定的质量问题在免费维修期内，免费",
          "Certified quality fault within the free-repair window: free"};
}

Text LineAlwaysFree(const Text& fault) {
  return {fault.zh + "在保修期内外均免费", fault.en + " is free in or out of warranty"};
}

Text LineCharged(const Text& fault, const Text& money) {
  return {"保修期外，" + fault.zh + "收费" + money.zh,
          "Out of warranty: " + fault.en + " costs " + money.en};
}

Text LineChargedHighest(const Text& fault, const Text& money) {
  return {"多项故障只收一次，按最高一项收费：" + fault.zh + "，" + money.zh,
          "Several faults are charged once, at the highest fee: " + fault.en + ", " + money.en};
}

Text LineBelowHighest(const Text& highest, const Text& money) {
  return {"多项故障只按最高一项（" + highest.zh + "）收费一次，本项（" + money.zh + "）不另收费",
          "Several faults are charged once, at the highest fee (" + highest.en + "): this one (" +
              money.en + ") is not charged"};
}

Text LineDuplicate() {
  return {"同一故障重复列出，只计一次", "Same fault listed again: counted once"};
}

Text LineUnknownFault(const std::string& id) {
  return {"服务政策中没有故障类型“" + id + "”", "Fault type '" + id + "' is not in the policy"};
}

Text LineNotApplicable(const Text& fault, const Text& category) {
  return {fault.zh + "不适用于" + category.zh, fault.en + " does not apply to " + category.en};
}

Text LineNotPriced() { return {"工单有错误，未计价", "Not priced: the job has errors"}; }

Text NotDecided() { return {"工单有错误，无法判定", "Not decided: the job has errors"}; }

Text UnknownCategory(const std::string& id) {
  return {"服务政策中没有产品类别“" + id + "”",
          "Product category '" + id + "' is not in the policy"};
}

Text InvalidDate(const Text& which, const Date& value) {
  return {which.zh + "无效：" + value.ToString(), "Invalid " + which.en + ": " + value.ToString()};
}

Text VisitBefore(const Text& which) {
  return {"上门日期早于" + which.zh, "The visit date is before the " + which.en};
}

Text PurchaseDateName() { return {"购买日期", "purchase date"}; }
Text ActivationDateName() { return {"激活日期", "activation date"}; }
Text VisitDateName() { return {"上门日期", "visit date"}; }

}  // namespace fieldledger::service_policy::reasons
