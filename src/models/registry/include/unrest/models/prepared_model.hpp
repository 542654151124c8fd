#pragma once
/// \file
/// A scenario read once and planned: the seam between a scenario and its runs.
/// Every many-run command (replicates, sweep points, calibration particles,
/// counterfactuals) takes a prepared model and typed parameter values, so
/// nothing is re-read or travels as text per run.

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "unrest/core/params.hpp"
#include "unrest/core/run_options.hpp"
#include "unrest/core/run_result.hpp"

namespace unrest {

struct ModelEntry;

class PreparedModel {
 public:
  /// What a model plugs in; see detail::PreparedPlan for the one implementation.
  class Plan {
   public:
    virtual ~Plan() = default;
    [[nodiscard]] virtual RunResult simulate(const RunOptions& options) const = 0;
    /// A new plan with `key` set to `value` (checked by the field's kind and
    /// range, then by the model's cross-field rules); `origin` names where the
    /// value came from in an error ("--param", "calibration prior").
    [[nodiscard]] virtual std::shared_ptr<const Plan> with(const std::string& key,
                                                           const ParamValue& value,
                                                           const std::string& origin) const = 0;
    [[nodiscard]] virtual std::vector<ResolvedParam> parameters() const = 0;
    [[nodiscard]] virtual std::vector<SummaryItem> theory() const = 0;
    [[nodiscard]] virtual std::vector<std::string> warnings() const = 0;
  };

  PreparedModel(const ModelEntry& model, std::shared_ptr<const Plan> plan)
      : model_(&model), plan_(std::move(plan)) {}

  [[nodiscard]] const ModelEntry& model() const noexcept { return *model_; }

  /// Runs replicate `options.run` of the plan. Safe to call from several
  /// threads at once: a prepared model is never changed.
  [[nodiscard]] RunResult simulate(const RunOptions& options = {}) const {
    return plan_->simulate(options);
  }

  /// This model with one parameter changed. A real that is a whole number is
  /// taken for an integer parameter (sweep and calibration values are reals).
  /// Throws InputError located at `origin`, naming the key, for an unknown
  /// key, a value of the wrong kind or out of range, or one the model's
  /// cross-field rules refuse.
  [[nodiscard]] PreparedModel with(const std::string& key, const ParamValue& value,
                                   const std::string& origin = "with") const {
    return PreparedModel(*model_, plan_->with(key, value, origin));
  }

  /// The parameter values the runs use, as the manifest records them.
  [[nodiscard]] std::vector<ResolvedParam> parameters() const { return plan_->parameters(); }
  /// The model's analytic results for these inputs (may be empty).
  [[nodiscard]] std::vector<SummaryItem> theory() const { return plan_->theory(); }
  /// What reading the inputs noticed that does not stop a run but must not
  /// pass without a word (an action after the run's end), each with its file,
  /// line and key.
  [[nodiscard]] std::vector<std::string> warnings() const { return plan_->warnings(); }

 private:
  const ModelEntry* model_;
  std::shared_ptr<const Plan> plan_;
};

}  // namespace unrest
