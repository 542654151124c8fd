#include "unrest/ensemble/calibration.hpp"

#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "unrest/core/random.hpp"
#include "unrest/ensemble/distance.hpp"
#include "unrest/ensemble/job_runner.hpp"
#include "unrest/ensemble/stored_runs.hpp"
#include "unrest/models/registry.hpp"

namespace unrest::ensemble {

namespace {

using nlohmann::json;

enum class CalibrationPurpose : std::uint32_t { PredictiveDraw = 1 };

double json_number(const json& j) {
  return j.is_number() ? j.get<double>() : INFINITY;
}

/// One model's run of a proposal: its distance to the record, and its
/// statistics into `stats` (named `<model>/<statistic>` when several models
/// are fitted).
double simulate_model(const FittedModel& fitted, bool named, const std::vector<Prior>& priors,
                      const std::vector<FitStatistic>& truth, CalibrationDistance by,
                      const Proposal& proposal, json& stats) {
  const PreparedModel& model = fitted.model;
  const RunResult r = with_values(model, priors, proposal.theta)
                          .simulate(RunOptions{attempt_run(proposal.generation, proposal.attempt)});
  if (r.fit.statistics.empty()) {
    throw std::runtime_error(
        fmt::format("the {} model compares no statistic with a record: nothing to calibrate to",
                    model.model().name));
  }
  if (by == CalibrationDistance::Scores && r.fit.targets.empty()) {
    throw std::runtime_error(
        fmt::format("the {} model reports no fit targets: nothing to score; use distance = "
                    "\"statistics\"",
                    model.model().name));
  }
  const auto statistics = truth.empty() ? r.fit.statistics : against_truth(r.fit.statistics, truth);
  for (const auto& st : statistics)
    stats[named ? fitted.name + "/" + st.name : st.name] = st.simulated;
  return by == CalibrationDistance::Scores ? distance_to_targets(r.fit.targets)
                                           : distance_to_record(statistics);
}

/// One proposal's runs as the archive keeps them: its values, its distance to
/// the records and its statistics (and, for several models, each one's
/// distance).
json simulate_proposal(const std::vector<FittedModel>& models, const std::vector<Prior>& priors,
                       const std::vector<FitStatistic>& truth, CalibrationDistance by,
                       const Proposal& proposal) {
  const bool joint = models.size() > 1;
  json stats = json::object();
  json each = json::array();
  double squares = 0, d = 0;
  for (const FittedModel& m : models) {
    d = simulate_model(m, joint, priors, truth, by, proposal, stats);
    squares += d * d;
    each.push_back(std::isfinite(d) ? json(d) : json(nullptr));
  }
  if (joint) d = std::sqrt(squares / static_cast<double>(models.size()));
  json out{{"attempt", proposal.attempt},
           {"theta", proposal.theta},
           {"distance", std::isfinite(d) ? json(d) : json(nullptr)},
           {"statistics", stats}};
  if (joint) out["distances"] = each;
  return out;
}

/// Simulates a batch over the ranks and threads, or reads it from the
/// archive; returns the JSON list of its distances (rank 0).
std::string evaluate_batch(const Communicator& communicator, RunArchive* archive,
                           const std::vector<FittedModel>& models, const std::vector<Prior>& priors,
                           const std::vector<FitStatistic>& truth, CalibrationDistance by,
                           const std::vector<Proposal>& batch, int threads,
                           ProgressDisplay& progress) {
  const std::string key = fmt::format("generation_{:02}/attempt_{:07}", batch.front().generation,
                                      batch.front().attempt);
  std::string cached = communicator.is_root() && archive->has(key) ? "1" : "0";
  communicator.broadcast(cached);
  json distances = json::array();
  if (cached == "1") {
    if (!communicator.is_root()) return {};
    const json record = json::parse(archive->record(key));
    for (const auto& p : record.at("proposals")) distances.push_back(p.at("distance"));
    if (distances.size() != batch.size()) {
      throw std::runtime_error(fmt::format("stored batch {} does not match this run", key));
    }
    return distances.dump();
  }
  std::vector<std::uint64_t> jobs(batch.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) jobs[i] = i;
  std::vector<json> results(batch.size());
  if (communicator.is_root()) {
    progress.begin(fmt::format("calibrate: generation {}, attempts from {}",
                               batch.front().generation, batch.front().attempt),
                   batch.size(), 0);
  }
  run_jobs(
      communicator, jobs, threads,
      [&](std::uint64_t i) {
        return simulate_proposal(models, priors, truth, by, batch[i]).dump();
      },
      [&](std::uint64_t i, std::string message) {
        results[i] = json::parse(message);
        progress.advance();
      });
  if (!communicator.is_root()) return {};
  progress.finish();
  const json record = {{"generation", batch.front().generation},
                       {"first_attempt", batch.front().attempt},
                       {"proposals", results}};
  archive->put(key, {{"record.json", record.dump() + "\n"}});
  for (const auto& r : results) distances.push_back(r.at("distance"));
  return distances.dump();
}

/// The posterior-predictive models: parameters drawn from the final
/// population by weight, with the calibration's own random stream.
std::vector<PreparedModel> predictive_models(const PreparedModel& model,
                                             const std::vector<Prior>& priors,
                                             const AbcResult& result, std::size_t n,
                                             std::uint64_t seed) {
  const RandomStream stream(seed, kPredictiveRun);
  std::vector<PreparedModel> models;
  for (std::size_t i = 0; i < n; ++i) {
    const double u = stream.draw(0, i, CalibrationPurpose::PredictiveDraw).uniform();
    double cumulative = 0;
    std::size_t chosen = result.population.size() - 1;
    for (std::size_t k = 0; k < result.population.size(); ++k) {
      cumulative += result.population[k].weight;
      if (u < cumulative) {
        chosen = k;
        break;
      }
    }
    models.push_back(with_values(model, priors, result.population[chosen].theta));
  }
  return models;
}

}  // namespace

PreparedModel with_values(const PreparedModel& model, const std::vector<Prior>& priors,
                          const std::vector<double>& theta) {
  PreparedModel plan = model;
  for (std::size_t k = 0; k < priors.size(); ++k) {
    plan = plan.with(priors[k].parameter, theta[k], "[calibration.priors]");
  }
  return plan;
}

void check_prior_ends(const PreparedModel& model, const std::vector<Prior>& priors) {
  for (const auto& p : priors) {
    for (const double end : {p.low, p.high}) {
      if (std::isfinite(end)) (void)model.with(p.parameter, end, "[calibration.priors]");
    }
  }
}

SyntheticRecord synthetic_record(const PreparedModel& truth_model,
                                 const std::vector<Prior>& priors) {
  const RunResult run = truth_model.simulate(RunOptions{kTruthRun});
  SyntheticRecord record{run.fit.statistics, std::vector<double>(priors.size(), NAN)};
  for (std::size_t k = 0; k < priors.size(); ++k) {
    for (const auto& rp : run.parameters) {
      if (rp.key != priors[k].parameter) continue;
      if (const auto* v = std::get_if<double>(&rp.value)) record.values[k] = *v;
    }
  }
  return record;
}

CalibrationResult calibrate(const Communicator& communicator, RunArchive* archive,
                            const std::vector<FittedModel>& models, const CalibrationConfig& config,
                            const std::vector<FitStatistic>& truth, int threads,
                            ProgressDisplay& progress) {
  if (models.empty()) throw std::invalid_argument("calibrate: no model to fit");
  if (models.size() > 1 && !truth.empty()) {
    throw std::invalid_argument("calibrate: a synthetic record is one model's");
  }
  const std::vector<Prior>& priors = config.priors;
  CalibrationResult result;
  result.abc = abc_smc(priors, config.settings, [&](const std::vector<Proposal>& batch) {
    std::string text = evaluate_batch(communicator, archive, models, priors, truth, config.distance,
                                      batch, threads, progress);
    communicator.broadcast(text);
    std::vector<double> distances;
    for (const auto& d : json::parse(text)) distances.push_back(json_number(d));
    return distances;
  });

  // The posterior-predictive runs: the same draws of the posterior for every
  // model; the first model's keep the single-model keys.
  for (std::size_t m = 0; m < models.size(); ++m) {
    const std::vector<PreparedModel> drawn = predictive_models(
        models[m].model, priors, result.abc, config.predictive, config.settings.seed);
    std::vector<std::uint64_t> jobs(config.predictive);
    for (std::size_t i = 0; i < jobs.size(); ++i) jobs[i] = i;
    const std::string folder = m == 0 ? "predictive" : "predictive_" + models[m].name;
    StoredRuns plan;
    plan.record_file = "record.json";
    plan.label = m == 0 ? "calibrate: posterior-predictive runs"
                        : "calibrate: posterior-predictive runs of " + models[m].name;
    plan.key = [folder](std::uint64_t i) { return fmt::format("{}/{:04}", folder, i); };
    plan.run = [&](std::uint64_t i) { return drawn[i].simulate(RunOptions{kPredictiveRun + i}); };
    result.predictive.push_back(run_stored(communicator, archive, jobs, plan, threads, progress));
  }
  return result;
}

}  // namespace unrest::ensemble
