#pragma once
// The one implementation of PreparedModel::Plan, over a model's own plan type.
// A model supplies (as the static members of M):
//   using Plan = ...;                       its resolved run plan, with `.params`
//   static const ParamTable<P>& table();
//   static std::optional<ParamProblem> validate(const P&, const std::set<std::string>& given);
//   static Plan with_params(Plan plan, P params);   re-derives what depends on them
//   static RunResult simulate(const Plan&, const RunOptions&);
//   static std::vector<SummaryItem> theory(const Plan&);
//   static std::vector<MemoryNeed> memory(const Plan&);   checked before a run
// A plan with a `schedule` hands on the warnings its reader kept.

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "unrest/core/error.hpp"
#include "unrest/core/suggest.hpp"
#include "unrest/models/prepared_model.hpp"
#include "unrest/scenario/bind_params.hpp"
#include "unrest/scenario/memory_check.hpp"

namespace unrest::detail {

/// A sweep or calibration value is a real; an integer parameter takes it when
/// it is a whole number.
inline ParamValue as_kind(ParamKind kind, const ParamValue& value) {
  if (kind != ParamKind::Integer) return value;
  const double* x = std::get_if<double>(&value);
  if (!x || !std::isfinite(*x) || *x != std::floor(*x) || std::abs(*x) > 9.0e15) return value;
  return ParamValue{static_cast<std::int64_t>(*x)};
}

template <class M>
class PreparedPlan final : public PreparedModel::Plan {
 public:
  using ModelPlan = typename M::Plan;

  /// `given`: the parameters the scenario set (the models refuse some
  /// combinations only when both were given).
  /// `bound`: the memory a run may take, checked again whenever a value
  /// changes (a sweep of `scale` can enlarge a run).
  PreparedPlan(ModelPlan plan, std::set<std::string> given, MemoryBound bound)
      : plan_(std::move(plan)), given_(std::move(given)), bound_(std::move(bound)) {}

  [[nodiscard]] RunResult simulate(const RunOptions& options) const override {
    return M::simulate(plan_, options);
  }

  [[nodiscard]] std::shared_ptr<const PreparedModel::Plan> with(
      const std::string& key, const ParamValue& value, const std::string& origin) const override {
    const auto& table = M::table();
    const auto field =
        std::find_if(table.begin(), table.end(), [&](const auto& f) { return f.key == key; });
    if (field == table.end()) {
      std::vector<std::string> known;
      for (const auto& f : table) known.push_back(f.key);
      throw InputError(
          SourceLocation{origin, 0, 0}, key,
          fmt::format("unknown parameter{}; `unrest models` lists them", did_you_mean(key, known)));
    }
    const ParamCheck check = check_param(*field, as_kind(field->kind, value));
    if (!check.accepted) {
      throw InputError(SourceLocation{origin, 0, 0}, "params." + key,
                       fmt::format("expected {}, got {}", expected_form(*field), check.refusal));
    }
    auto params = plan_.params;
    field->set(params, *check.accepted);
    std::set<std::string> given = given_;
    given.insert(key);
    if (const auto problem = M::validate(params, given)) {
      throw InputError(SourceLocation{origin, 0, 0}, "params." + problem->key, problem->problem);
    }
    ModelPlan plan = M::with_params(plan_, std::move(params));
    if (const auto problem = memory_problem(M::memory(plan), bound_)) {
      throw InputError(SourceLocation{origin, 0, 0}, problem->key, problem->message);
    }
    return std::make_shared<PreparedPlan>(std::move(plan), std::move(given), bound_);
  }

  [[nodiscard]] std::vector<ResolvedParam> parameters() const override {
    return resolve_params(M::table(), plan_.params);
  }

  [[nodiscard]] std::vector<SummaryItem> theory() const override { return M::theory(plan_); }

  [[nodiscard]] std::vector<std::string> warnings() const override {
    if constexpr (requires { plan_.schedule.warnings(); }) {
      return plan_.schedule.warnings();
    } else {
      return {};
    }
  }

 private:
  ModelPlan plan_;
  std::set<std::string> given_;
  MemoryBound bound_;
};

}  // namespace unrest::detail
