#include "unrest/models/uprising/interventions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>
#include <type_traits>

#include "unrest/core/suggest.hpp"
#include "unrest/models/uprising/country.hpp"

namespace unrest::uprising {

std::vector<ActionKind<Action>> action_kinds(const Calendar& calendar) {
  return {
      SetPrice::kind(calendar),      Concession::kind(calendar),  Dismissal::kind(calendar),
      Emergency::kind(calendar),     Internet::kind(calendar),    Deploy::kind(calendar),
      ForeignTroops::kind(calendar), ForcePolicy::kind(calendar), Release::kind(calendar),
      Call::kind(calendar),
  };
}

std::string apply(const Action& action, World& w, const RandomStream& rng, std::int64_t tick) {
  return std::visit([&](const auto& a) { return a.apply(w, rng, tick); }, action);
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

void resolve(SetPrice& s, const Country& c) {
  if (s.product_name.empty()) {
    if (c.products.size() > 1) {
      throw InputError(
          s.product_where, s.product_key,
          fmt::format("missing: the scenario prices {} products; say which", c.products.size()));
    }
    s.product = 0;
    return;
  }
  s.product = c.find_product(s.product_name);
  if (s.product == Country::npos) {
    std::vector<std::string> known;
    for (const auto& p : c.products) known.push_back(p.name);
    throw InputError(s.product_where, s.product_key,
                     fmt::format("unknown product \"{}\"{}", s.product_name,
                                 did_you_mean(s.product_name, known)));
  }
}

}  // namespace

void resolve_scopes(Action& action, const Country& country) {
  std::visit(
      [&](auto& a) {
        if constexpr (requires { a.scope; }) resolve(a.scope, country);
        if constexpr (std::is_same_v<std::decay_t<decltype(a)>, SetPrice>) resolve(a, country);
      },
      action);
}

std::vector<std::string> condition_quantities() {
  return {"protesters",
          "strikers",
          "places_protested",
          "killed",
          "injured",
          "places_stormed",
          "places_refused",
          "enterprises_striking",
          "protesters_per_officer"};
}

bool has_scope(const Action& action) {
  return std::visit(
      [](const auto& a) {
        return requires {
          a.scope;
        };
      },
      action);
}

Action in_place(const Action& action, std::uint32_t place, const std::string& name) {
  Action out = action;
  std::visit(
      [&](auto& a) {
        if constexpr (requires { a.scope; }) {
          a.scope.names = {name};
          a.scope.nation = false;
          a.scope.places = {place};
        }
      },
      out);
  return out;
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
