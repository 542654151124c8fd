#include "unrest/models/uprising/interventions.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "unrest/core/suggest.hpp"
#include "unrest/models/uprising/country.hpp"
#include "unrest/scenario/toml_location.hpp"

namespace unrest::uprising {

namespace {

Scope read_scope(TableReader& r, bool required = true) {
  Scope s;
  s.key = r.key_path("scope");
  const toml::node* node = r.table().get("scope");
  if (!node) {
    if (required) throw r.missing("scope");
    s.names = {"nation"};
    s.where = location_of(r.table());
    return s;
  }
  s.where = location_of(*node);
  if (node->is_string()) {
    s.names = {*r.string("scope")};
  } else {
    s.names = r.string_list("scope");
  }
  if (s.names.empty()) throw r.error("scope", "expected at least one place");
  return s;
}

std::int64_t read_end(TableReader& r, const Calendar& calendar) {
  const toml::node* node = r.table().get("end");
  if (!node) return kForever;
  if (r.table().get("hours")) throw r.error("hours", "give either end or hours, not both");
  if (node->is_integer()) return *r.integer("end", 0, INT64_MAX);
  if (!calendar.has_dates()) throw r.error("end", "expected a tick (the scenario has no dates)");
  const auto when = r.date_hour("end");
  return calendar.tick_of(*when);
}

/// How long a condition lasts from when it comes (0: until `end`).
std::int64_t read_hours(TableReader& r) {
  return r.integer("hours", 1, 1'000'000).value_or(0);
}

template <class T>
ActionKind<Action> kind(std::string name, std::string summary, std::vector<std::string> fields,
                        std::vector<std::string> keys, std::function<T(TableReader&)> parse) {
  return {std::move(name), std::move(summary), std::move(fields), std::move(keys),
          [parse](TableReader& r) -> Action { return parse(r); }};
}

}  // namespace

std::vector<ActionKind<Action>> action_kinds(const Calendar& calendar) {
  const std::string scope = "scope: \"nation\", \"region:<name>\", a city, or a list of these";
  return {
      kind<SetPrice>("price", "set the LPG price (liberalisation, cap or cut)",
                     {"price: tenge per litre", scope}, {"price", "scope"},
                     [](TableReader& r) {
                       return SetPrice{r.require(r.real("price", 0, 1e6), "price"), read_scope(r)};
                     }),
      kind<Concession>("concession", "a concession or promise: legitimacy rises",
                       {"legitimacy: the rise, in [0, 1]", "what: a description", scope},
                       {"legitimacy", "what", "scope"},
                       [](TableReader& r) {
                         return Concession{r.require(r.real("legitimacy", 0, 1), "legitimacy"),
                                           r.string("what").value_or(""), read_scope(r, false)};
                       }),
      kind<Dismissal>("dismissal", "the government or an official is dismissed: legitimacy rises",
                      {"official: who", "legitimacy: the rise, in [0, 1]"},
                      {"official", "legitimacy"},
                      [](TableReader& r) {
                        return Dismissal{r.require(r.string("official"), "official"),
                                         r.require(r.real("legitimacy", 0, 1), "legitimacy")};
                      }),
      kind<Emergency>("emergency", "a state of emergency with a curfew",
                      {"curfew_from, curfew_to: hours of the curfew (23 and 7)",
                       "end: when it is lifted (optional)",
                       "hours: or how long it lasts from when it comes (optional)", scope},
                      {"curfew_from", "curfew_to", "end", "hours", "scope"},
                      [calendar](TableReader& r) {
                        Emergency e;
                        e.curfew_from =
                            static_cast<int>(r.integer("curfew_from", 0, 23).value_or(23));
                        e.curfew_to = static_cast<int>(r.integer("curfew_to", 0, 23).value_or(7));
                        e.end = read_end(r, calendar);
                        e.hours = read_hours(r);
                        e.scope = read_scope(r);
                        return e;
                      }),
      kind<Internet>("internet", "the internet and messengers run at a level (0: shut down)",
                     {"level: 0 (cut) to 1 (normal)", "end: when it is restored (optional)",
                      "hours: or how long it lasts from when it comes (optional)", scope},
                     {"level", "end", "hours", "scope"},
                     [calendar](TableReader& r) {
                       Internet i;
                       i.level = r.require(r.real("level", 0, 1), "level");
                       i.end = read_end(r, calendar);
                       i.hours = read_hours(r);
                       i.scope = read_scope(r);
                       return i;
                     }),
      kind<Deploy>("deploy", "units sent to places (split evenly)",
                   {"force: \"national_guard\", \"army\" or \"special_forces\"",
                    "personnel: how many", scope},
                   {"force", "personnel", "scope"},
                   [](TableReader& r) {
                     const std::string force = r.require(
                         r.choice("force", {"national_guard", "army", "special_forces"}), "force");
                     Deploy d;
                     d.force = force == "army"             ? ForceKind::Army
                               : force == "special_forces" ? ForceKind::SpecialForces
                                                           : ForceKind::NationalGuard;
                     d.personnel = r.require(r.real("personnel", 0, 1e7), "personnel");
                     d.scope = read_scope(r);
                     return d;
                   }),
      kind<ForeignTroops>("foreign_troops",
                          "foreign troops arrive (split evenly; they never fraternise)",
                          {"personnel: how many", scope}, {"personnel", "scope"},
                          [](TableReader& r) {
                            return ForeignTroops{
                                r.require(r.real("personnel", 0, 1e7), "personnel"), read_scope(r)};
                          }),
      kind<ForcePolicy>("force_policy", "the most force allowed",
                        {"level: \"none\", \"non_lethal\" or \"lethal\"",
                         "without_warning: use it on any contact (default false)", scope},
                        {"level", "without_warning", "scope"},
                        [](TableReader& r) {
                          const std::string level = r.require(
                              r.choice("level", {"none", "non_lethal", "lethal"}), "level");
                          ForcePolicy f;
                          f.level = level == "lethal"       ? ForceLevel::Lethal
                                    : level == "non_lethal" ? ForceLevel::NonLethal
                                                            : ForceLevel::None;
                          f.without_warning = r.boolean("without_warning").value_or(false);
                          f.scope = read_scope(r);
                          return f;
                        }),
      kind<Release>(
          "release", "a share of the detained is released", {"share: in [0, 1]", scope},
          {"share", "scope"},
          [](TableReader& r) {
            return Release{r.require(r.real("share", 0, 1), "share"), read_scope(r, false)};
          }),
  };
}

namespace {

void resolve(Scope& s, const Country& c) {
  s.places.clear();
  s.nation = false;
  std::vector<std::string> known = {"nation"};
  for (const auto& r : c.regions) known.push_back("region:" + r.name);
  for (const auto& p : c.places) known.push_back(p.name);
  for (const std::string& name : s.names) {
    if (name == "nation") {
      s.nation = true;
      for (std::uint32_t p = 0; p < c.places.size(); ++p) s.places.push_back(p);
    } else if (name.starts_with("region:")) {
      const std::size_t r = c.find_region(name.substr(7));
      if (r == Country::npos) {
        throw InputError(s.where, s.key,
                         fmt::format("unknown region \"{}\"{}", name, did_you_mean(name, known)));
      }
      for (std::uint32_t p = 0; p < c.places.size(); ++p) {
        if (c.places[p].region == r) s.places.push_back(p);
      }
    } else {
      const std::size_t p = c.find_place(name);
      if (p == Country::npos) {
        throw InputError(
            s.where, s.key,
            fmt::format("unknown place \"{}\"{}; a region is written \"region:<name>\"", name,
                        did_you_mean(name, known)));
      }
      s.places.push_back(static_cast<std::uint32_t>(p));
    }
  }
  std::sort(s.places.begin(), s.places.end());
  s.places.erase(std::unique(s.places.begin(), s.places.end()), s.places.end());
}

}  // namespace

void resolve_scopes(Action& action, const Country& country) {
  std::visit(
      [&](auto& a) {
        if constexpr (requires { a.scope; }) resolve(a.scope, country);
      },
      action);
}

std::vector<std::string> condition_quantities() {
  return {"protesters", "strikers", "places_protested", "killed"};
}

Watch resolve_condition(const Condition& condition, const Country& country) {
  Scope scope;
  scope.names = condition.scope.empty() ? std::vector<std::string>{"nation"} : condition.scope;
  scope.where = condition.where;
  scope.key = condition.key + ".scope";
  resolve(scope, country);
  // The schedule reader accepted only these names.
  const auto names = condition_quantities();
  const auto at = std::find(names.begin(), names.end(), condition.quantity);
  if (at == names.end()) throw std::logic_error("unchecked quantity " + condition.quantity);
  return {static_cast<Quantity>(at - names.begin()), condition, std::move(scope.places)};
}

}  // namespace unrest::uprising
