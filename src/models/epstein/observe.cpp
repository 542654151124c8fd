#include "unrest/models/epstein/observe.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "unrest/core/episodes.hpp"
#include "unrest/models/epstein/rules.hpp"

namespace unrest::epstein {

namespace {

struct MeanSd {
  double mean = NAN;
  double sd = NAN;
};

MeanSd mean_sd(const std::vector<double>& xs) {
  if (xs.empty()) return {};
  const double mean = std::accumulate(xs.begin(), xs.end(), 0.0) / static_cast<double>(xs.size());
  if (xs.size() < 2) return {mean, NAN};
  double ss = 0;
  for (const double x : xs) ss += (x - mean) * (x - mean);
  return {mean, std::sqrt(ss / static_cast<double>(xs.size() - 1))};
}

}  // namespace

std::vector<ColumnSpec> series_columns() {
  using K = ColumnKind;
  return {
      {"tick", K::Integer, "tick (0: the initial state)"},
      {"quiet", K::Integer, "citizens on the lattice and quiet"},
      {"active", K::Integer, "citizens on the lattice and active (rebelling)"},
      {"jailed", K::Integer, "citizens in jail"},
      {"cops", K::Integer, "cops on duty"},
      {"legitimacy", K::Real, "legitimacy L during the tick"},
      {"arrests", K::Integer, "arrests made during the tick"},
      {"released", K::Integer, "citizens released at the end of the tick"},
      {"tension", K::Real,
       "mean grievance x share quiet / mean risk aversion, over citizens not in jail (Epstein "
       "2002, Fig. 8)"},
  };
}

void record_tick(TimeSeries& series, const World& w, std::int64_t tick, const TickTally& tally) {
  std::int64_t quiet = 0, active = 0, jailed = 0, cops = 0;
  double grievance_sum = 0, risk_sum = 0;
  for (std::uint32_t id = 0; id < w.citizens(); ++id) {
    if (w.jailed(id)) {
      ++jailed;
      continue;
    }
    (w.site[w.citizen_cell[id]] == Site::Active ? active : quiet) += 1;
    grievance_sum += w.hardship[id] * (1.0 - w.legitimacy);
    risk_sum += w.risk_aversion[id];
  }
  for (const CellIndex c : w.cop_cell) cops += c != kNowhere;
  const auto free = static_cast<double>(quiet + active);
  const double tension =
      free > 0 && risk_sum > 0
          ? (grievance_sum / free) * (static_cast<double>(quiet) / free) / (risk_sum / free)
          : 0.0;
  series.append({static_cast<double>(tick), static_cast<double>(quiet), static_cast<double>(active),
                 static_cast<double>(jailed), static_cast<double>(cops), w.legitimacy,
                 static_cast<double>(tally.arrests), static_cast<double>(tally.released), tension});
}

void OutburstTracker::observe(std::int64_t tick, double actives, EventLog& log) {
  if (actives > level_) {
    if (!inside_) {
      inside_ = true;
      start_ = tick;
      peak_ = 0;
      total_ = 0;
      log.add(tick, "outburst_start", "grid", fmt::format("{} actives exceed {}", actives, level_));
    }
    peak_ = std::max(peak_, actives);
    total_ += actives;
  } else if (inside_) {
    inside_ = false;
    log.add(tick, "outburst_end", "grid",
            fmt::format("lasted {} ticks, peak {} actives, total activation {}", tick - start_,
                        peak_, total_));
  }
}

std::vector<SummaryItem> summarise(const TimeSeries& series, const World& w, const Params& p) {
  const auto& active = series.column("active");
  const auto& jailed = series.column("jailed");
  const auto& arrests = series.column("arrests");
  // Tick 0 is the initial state, before anyone has decided.
  const std::span<const double> run(active.data() + 1, active.size() - 1);
  const auto peak = std::max_element(run.begin(), run.end());
  const auto episodes = find_episodes(run, p.outburst_level);
  std::vector<double> activation;
  for (const Episode& e : episodes) {
    activation.push_back(std::accumulate(run.begin() + static_cast<std::ptrdiff_t>(e.start),
                                         run.begin() + static_cast<std::ptrdiff_t>(e.end) + 1,
                                         0.0));
  }
  const MeanSd waits = mean_sd(waiting_times(episodes));
  const MeanSd sizes = mean_sd(activation);
  const double ever =
      static_cast<double>(std::count(w.ever_active.begin(), w.ever_active.end(), 1));
  const double citizens = std::max<double>(1, w.citizens());
  const double outburst_level = p.outburst_level;
  return {
      {"citizens", static_cast<double>(w.citizens()), "citizens in the population"},
      {"peak_active", run.empty() ? 0 : *peak, "most actives in any tick"},
      {"peak_tick", run.empty() ? 0 : static_cast<double>(peak - run.begin() + 1),
       "tick of the peak"},
      {"mean_active",
       run.empty() ? 0
                   : std::accumulate(run.begin(), run.end(), 0.0) / static_cast<double>(run.size()),
       "actives per tick, averaged over the run"},
      {"final_active", active.back(), "actives at the last tick"},
      {"final_jailed", jailed.back(), "citizens in jail at the last tick"},
      {"total_arrests", std::accumulate(arrests.begin(), arrests.end(), 0.0),
       "arrests over the run"},
      {"ever_active_share", ever / citizens, "share of citizens active at least once"},
      {"outbursts", static_cast<double>(episodes.size()),
       fmt::format("runs of ticks with more than {} actives", outburst_level)},
      {"mean_waiting_time", waits.mean,
       "ticks from the end of one outburst to the start of the next"},
      {"sd_waiting_time", waits.sd, "standard deviation of those waiting times"},
      {"mean_outburst_activation", sizes.mean, "actives summed over an outburst's ticks, mean"},
      {"sd_outburst_activation", sizes.sd, "standard deviation of that total"},
  };
}

}  // namespace unrest::epstein
