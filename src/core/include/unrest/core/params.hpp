#pragma once
/// \file
/// Typed model parameters described once, as a table of fields over the
/// model's `Params` struct. The table drives loading and validation (in the
/// scenario layer), `unrest models`, and the run manifest, so a new parameter
/// is one entry.

#include <array>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace unrest {

/// A parameter's value as read from a scenario: booleans, integers, reals,
/// the name of a choice, or a list of reals.
using ParamValue = std::variant<bool, std::int64_t, double, std::string, std::vector<double>>;

enum class ParamKind { Boolean, Integer, Real, Choice, RealList };

/// One field of a model's parameter struct.
template <class P>
struct ParamField {
  std::string key;
  ParamKind kind = ParamKind::Real;
  double min = -std::numeric_limits<double>::infinity();  ///< inclusive; each element of a list
  double max = std::numeric_limits<double>::infinity();   ///< inclusive; each element of a list
  bool allow_infinity = false;       ///< Real: +inf accepted (e.g. "unbounded")
  std::vector<std::string> choices;  ///< Choice: the accepted names
  std::string unit;                  ///< "1" when dimensionless
  std::string meaning;               ///< one line
  std::string source;                ///< where the default comes from
  std::function<void(P&, const ParamValue&)> set;
  std::function<ParamValue(const P&)> get;
};

template <class P>
using ParamTable = std::vector<ParamField<P>>;

namespace detail {

/// The fields every kind shares; `min` and `max` apply to numeric kinds.
template <class P>
ParamField<P> describe(std::string key, ParamKind kind, double min, double max, std::string unit,
                       std::string meaning, std::string source) {
  ParamField<P> f;
  f.key = std::move(key);
  f.kind = kind;
  f.min = min;
  f.max = max;
  f.unit = std::move(unit);
  f.meaning = std::move(meaning);
  f.source = std::move(source);
  return f;
}

/// set and get for a member stored as the ParamValue alternative V.
template <class V, class P, class M>
void bind_member(ParamField<P>& f, M P::*member) {
  f.set = [member](P& p, const ParamValue& v) { p.*member = static_cast<M>(std::get<V>(v)); };
  f.get = [member](const P& p) { return ParamValue{static_cast<V>(p.*member)}; };
}

}  // namespace detail

/// A real parameter in [min, max].
template <class P>
ParamField<P> real_param(std::string key, double P::*member, double min, double max,
                         std::string unit, std::string meaning, std::string source) {
  auto f = detail::describe<P>(std::move(key), ParamKind::Real, min, max, std::move(unit),
                               std::move(meaning), std::move(source));
  detail::bind_member<double>(f, member);
  return f;
}

/// A real parameter in [min, max] that also accepts +inf (TOML `inf`).
template <class P>
ParamField<P> real_or_infinite_param(std::string key, double P::*member, double min, double max,
                                     std::string unit, std::string meaning, std::string source) {
  auto f = real_param(std::move(key), member, min, max, std::move(unit), std::move(meaning),
                      std::move(source));
  f.allow_infinity = true;
  return f;
}

/// One element of an array of reals (a value per category), in [min, max].
template <class P, std::size_t N>
ParamField<P> real_element_param(std::string key, std::array<double, N> P::*member,
                                 std::size_t index, double min, double max, std::string unit,
                                 std::string meaning, std::string source) {
  auto f = detail::describe<P>(std::move(key), ParamKind::Real, min, max, std::move(unit),
                               std::move(meaning), std::move(source));
  f.set = [member, index](P& p, const ParamValue& v) { (p.*member)[index] = std::get<double>(v); };
  f.get = [member, index](const P& p) { return ParamValue{(p.*member)[index]}; };
  return f;
}

/// An integer parameter in [min, max].
template <class P, class Int>
ParamField<P> integer_param(std::string key, Int P::*member, std::int64_t min, std::int64_t max,
                            std::string unit, std::string meaning, std::string source) {
  auto f = detail::describe<P>(std::move(key), ParamKind::Integer, static_cast<double>(min),
                               static_cast<double>(max), std::move(unit), std::move(meaning),
                               std::move(source));
  detail::bind_member<std::int64_t>(f, member);
  return f;
}

/// A list of reals, each in [min, max] (may be empty).
template <class P>
ParamField<P> real_list_param(std::string key, std::vector<double> P::*member, double min,
                              double max, std::string unit, std::string meaning,
                              std::string source) {
  auto f = detail::describe<P>(std::move(key), ParamKind::RealList, min, max, std::move(unit),
                               std::move(meaning), std::move(source));
  detail::bind_member<std::vector<double>>(f, member);
  return f;
}

template <class P>
ParamField<P> bool_param(std::string key, bool P::*member, std::string meaning,
                         std::string source) {
  auto f = detail::describe<P>(std::move(key), ParamKind::Boolean, 0, 1, "1", std::move(meaning),
                               std::move(source));
  detail::bind_member<bool>(f, member);
  return f;
}

/// A parameter that takes one of several named values of an enumeration.
template <class P, class E>
ParamField<P> choice_param(std::string key, E P::*member,
                           std::vector<std::pair<std::string, E>> options, std::string meaning,
                           std::string source) {
  auto f = detail::describe<P>(std::move(key), ParamKind::Choice, 0, 0, "1", std::move(meaning),
                               std::move(source));
  for (const auto& option : options) f.choices.push_back(option.first);
  f.set = [member, options](P& p, const ParamValue& v) {
    for (const auto& [name, value] : options) {
      if (name == std::get<std::string>(v)) p.*member = value;
    }
  };
  f.get = [member, options](const P& p) {
    for (const auto& [name, value] : options) {
      if (value == p.*member) return ParamValue{name};
    }
    return ParamValue{std::string("?")};
  };
  return f;
}

/// Checks `value` against the field's kind and range, converting an integer to
/// a real where a real is expected. Returns the value to store, or the reason
/// it is refused (to follow "got ...").
struct ParamCheck {
  std::optional<ParamValue> accepted;
  std::string refusal;
};

/// The expected form of a field, as error messages and `unrest models` say it:
/// "a number in [0, 1]", "an integer in [1, 100000]", "true or false",
/// "one of \"exact\", \"floor\"".
template <class P>
std::string expected_form(const ParamField<P>& field);

/// Formats a value for messages and tables: 0.82, 15, true, "floor", inf.
std::string format_param_value(const ParamValue& value);

/// A parameter's description for listings: all strings.
struct ParamDoc {
  std::string key, kind, default_value, unit, range, meaning, source;
};

/// Shared implementation of expected_form, free of the struct type.
std::string expected_form_of(ParamKind kind, double min, double max, bool allow_infinity,
                             const std::vector<std::string>& choices);

/// Shared implementation of the check, free of the struct type.
ParamCheck check_param_value(ParamKind kind, double min, double max, bool allow_infinity,
                             const std::vector<std::string>& choices, const ParamValue& value);

template <class P>
std::string expected_form(const ParamField<P>& field) {
  return expected_form_of(field.kind, field.min, field.max, field.allow_infinity, field.choices);
}

template <class P>
ParamCheck check_param(const ParamField<P>& field, const ParamValue& value) {
  return check_param_value(field.kind, field.min, field.max, field.allow_infinity, field.choices,
                           value);
}

/// The table's documentation rows, with the defaults of a value-initialised P.
template <class P>
std::vector<ParamDoc> document_params(const ParamTable<P>& table) {
  const P defaults{};
  std::vector<ParamDoc> docs;
  for (const auto& f : table) {
    static constexpr const char* kinds[] = {"bool", "integer", "real", "choice", "list"};
    docs.push_back({f.key, kinds[static_cast<int>(f.kind)], format_param_value(f.get(defaults)),
                    f.unit, expected_form(f), f.meaning, f.source});
  }
  return docs;
}

/// A resolved parameter as the manifest records it.
struct ResolvedParam {
  std::string key;
  ParamValue value;
  std::string unit;
};

template <class P>
std::vector<ResolvedParam> resolve_params(const ParamTable<P>& table, const P& params) {
  std::vector<ResolvedParam> out;
  for (const auto& f : table) out.push_back({f.key, f.get(params), f.unit});
  return out;
}

}  // namespace unrest
