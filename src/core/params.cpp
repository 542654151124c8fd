#include "unrest/core/params.hpp"

#include <fmt/format.h>

#include <cmath>

namespace unrest {

namespace {

std::string format_number(double x) {
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  return fmt::format("{}", x);
}

std::string describe_got(const ParamValue& value) {
  struct Visitor {
    std::string operator()(bool b) const { return fmt::format("boolean {}", b); }
    std::string operator()(std::int64_t i) const { return fmt::format("integer {}", i); }
    std::string operator()(double d) const { return fmt::format("number {}", format_number(d)); }
    std::string operator()(const std::string& s) const { return fmt::format("string \"{}\"", s); }
    std::string operator()(const std::vector<double>& v) const {
      return fmt::format("a list of {} number{}", v.size(), v.size() == 1 ? "" : "s");
    }
  };
  return std::visit(Visitor{}, value);
}

}  // namespace

std::string format_param_value(const ParamValue& value) {
  struct Visitor {
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(std::int64_t i) const { return fmt::format("{}", i); }
    std::string operator()(double d) const { return format_number(d); }
    std::string operator()(const std::string& s) const { return fmt::format("\"{}\"", s); }
    std::string operator()(const std::vector<double>& v) const {
      // Long lists are shortened in messages and listings (the manifest has them whole).
      std::string out = "[";
      for (std::size_t i = 0; i < v.size() && i < 8; ++i) {
        out += (i ? ", " : "") + format_number(v[i]);
      }
      if (v.size() > 8) out += fmt::format(", ... ({} values)", v.size());
      return out + "]";
    }
  };
  return std::visit(Visitor{}, value);
}

std::string expected_form_of(ParamKind kind, double min, double max, bool allow_infinity,
                             const std::vector<std::string>& choices) {
  switch (kind) {
    case ParamKind::Boolean:
      return "true or false";
    case ParamKind::Integer:
      return fmt::format("an integer in [{}, {}]", format_number(min), format_number(max));
    case ParamKind::Real:
      return fmt::format("a number in [{}, {}]{}", format_number(min), format_number(max),
                         allow_infinity ? " or inf" : "");
    case ParamKind::RealList:
      return fmt::format("a list of numbers in [{}, {}]", format_number(min), format_number(max));
    case ParamKind::Choice: {
      std::string names;
      for (const auto& c : choices) names += (names.empty() ? "\"" : ", \"") + c + "\"";
      return "one of " + names;
    }
  }
  return "?";
}

// GCC 12 with -fsanitize=address,undefined reports a false
// -Wmaybe-uninitialized on moving the returned ParamCheck (an optional of a
// variant holding a string; GCC bugs 105562 and 107919, fixed in GCC 13):
// the variant's inactive string is never read.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
ParamCheck check_param_value(ParamKind kind, double min, double max, bool allow_infinity,
                             const std::vector<std::string>& choices, const ParamValue& value) {
  const auto refuse = [&] { return ParamCheck{std::nullopt, describe_got(value)}; };
  switch (kind) {
    case ParamKind::Boolean:
      if (std::holds_alternative<bool>(value)) return {value, {}};
      return refuse();
    case ParamKind::Integer: {
      if (!std::holds_alternative<std::int64_t>(value)) return refuse();
      const auto i = static_cast<double>(std::get<std::int64_t>(value));
      if (i < min || i > max) return refuse();
      return {value, {}};
    }
    case ParamKind::Real: {
      double x = 0;
      if (std::holds_alternative<std::int64_t>(value)) {
        x = static_cast<double>(std::get<std::int64_t>(value));
      } else if (std::holds_alternative<double>(value)) {
        x = std::get<double>(value);
      } else {
        return refuse();
      }
      if (std::isnan(x)) return refuse();
      if (std::isinf(x) && x > 0 && allow_infinity) return {ParamValue{x}, {}};
      if (x < min || x > max) return refuse();
      return {ParamValue{x}, {}};
    }
    case ParamKind::RealList:
      if (const auto* list = std::get_if<std::vector<double>>(&value)) {
        for (const double x : *list) {
          if (std::isnan(x) || x < min || x > max) {
            return ParamCheck{std::nullopt, fmt::format("a list holding {}", format_number(x))};
          }
        }
        return {value, {}};
      }
      return refuse();
    case ParamKind::Choice:
      if (std::holds_alternative<std::string>(value)) {
        for (const auto& c : choices) {
          if (c == std::get<std::string>(value)) return {value, {}};
        }
      }
      return refuse();
  }
  return refuse();
}
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ < 13
#pragma GCC diagnostic pop
#endif

}  // namespace unrest
