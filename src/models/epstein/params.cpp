#include "unrest/models/epstein/params.hpp"

#include <fmt/format.h>

#include <cmath>

namespace unrest::epstein {

namespace {

constexpr const char* kPaper = "Epstein 2002, PNAS 99 suppl. 3";
constexpr const char* kRun2 = "Epstein 2002, Table 2, Run 2";

ParamTable<Params> make_table() {
  using P = Params;
  return {
      integer_param("width", &P::width, 3, 100'000, "sites", "grid width (torus)", kPaper),
      integer_param("height", &P::height, 3, 100'000, "sites", "grid height (torus)", kPaper),
      real_param("citizen_density", &P::citizen_density, 0, 1, "per site",
                 "share of sites holding a citizen at the start", kPaper),
      real_param("cop_density", &P::cop_density, 0, 1, "per site",
                 "share of sites holding a cop at the start", kRun2),
      real_param("vision", &P::vision, 0, 100, "sites", "citizen vision v", kRun2),
      real_param("cop_vision", &P::cop_vision, 0, 100, "sites", "cop vision v*", kRun2),
      real_param("legitimacy", &P::legitimacy, 0, 1, "1",
                 "perceived legitimacy L of the central authority", kRun2),
      real_or_infinite_param("max_jail_term", &P::max_jail_term, 0, 1e9, "ticks",
                             "J: jail terms are drawn uniformly up to J (inf: never released)",
                             kRun2),
      real_param("arrest_constant", &P::arrest_constant, 0, 100, "1",
                 "k in P = 1 - exp(-k C/A); 2.3 gives P = 0.9 at C = A = 1", kPaper),
      real_param("threshold", &P::threshold, 0, 1, "1",
                 "T: an agent is active when G - R P > T, strictly", kPaper),
      bool_param("movement", &P::movement, "citizens move (rule M); cops always move",
                 "off in Table 2, Run 1"),
      bool_param("cop_takes_site", &P::cop_takes_site,
                 "after an arrest the cop steps onto the arrestee's site",
                 "NetLogo Rebellion; Ascape code (Mesa: false)"),
      real_param("outburst_level", &P::outburst_level, 0, 1e12, "agents",
                 "an outburst is a run of ticks with more actives than this",
                 "Epstein 2002 (waiting times between outbursts above 50)"),
      choice_param("arrest_rule", &P::arrest_rule,
                   {{"exact", ArrestRule::Exact},
                    {"floor", ArrestRule::Floor},
                    {"round", ArrestRule::Round}},
                   "C/A as written (exact), floored (NetLogo, Ascape) or rounded half to even "
                   "(Mesa)",
                   kPaper),
      choice_param("self_count", &P::self_count,
                   {{"always", SelfCount::Always}, {"twice_if_active", SelfCount::TwiceIfActive}},
                   "A counts the agent once (paper) or, as NetLogo does, twice if active", kPaper),
      choice_param("neighbourhood", &P::neighbourhood,
                   {{"disk", NeighbourhoodShape::Disk},
                    {"von_neumann", NeighbourhoodShape::VonNeumann},
                    {"moore", NeighbourhoodShape::Moore},
                    {"cross", NeighbourhoodShape::Cross}},
                   "sites within vision: Euclidean disk (Ascape, NetLogo), diamond (Mesa), "
                   "square, or the four lattice directions (the paper's wording)",
                   "Ascape code; NetLogo in-radius"),
      choice_param("activation", &P::activation,
                   {{"random_sequential", Activation::RandomSequential},
                    {"citizens_then_cops", Activation::CitizensThenCops},
                    {"parallel_blocks", Activation::ParallelBlocks}},
                   "order of activation within a tick", kPaper),
      choice_param(
          "step_order", &P::step_order,
          {{"move_then_act", StepOrder::MoveThenAct}, {"act_then_move", StepOrder::ActThenMove}},
          "whether an agent moves before or after it decides or arrests", kPaper),
      choice_param(
          "move_rule", &P::move_rule,
          {{"site_in_vision", MoveRule::SiteInVision}, {"random_step", MoveRule::RandomStep}},
          "move to a random empty site in vision (rule M) or try one random "
          "neighbouring site (Ascape)",
          kPaper),
      choice_param("arrest_target", &P::arrest_target,
                   {{"random", ArrestTarget::Random}, {"nearest", ArrestTarget::Nearest}},
                   "a cop arrests a random active in vision (rule C) or a nearest one (Ascape)",
                   kPaper),
      choice_param("jail_draw", &P::jail_draw,
                   {{"inclusive", JailDraw::Inclusive}, {"exclusive", JailDraw::Exclusive}},
                   "jail terms uniform on 0..J (paper, Ascape, Mesa) or 0..J-1 (NetLogo)", kPaper),
      choice_param("grievance_rule", &P::grievance_rule,
                   {{"paper", GrievanceRule::Paper}, {"ascape", GrievanceRule::Ascape}},
                   "G = H(1-L) (paper) or H(1-L)(1-T) (Ascape code)", kPaper),
  };
}

}  // namespace

const ParamTable<Params>& param_table() {
  static const ParamTable<Params> table = make_table();
  return table;
}

std::optional<ParamProblem> validate(const Params& p) {
  if (p.citizen_density + p.cop_density > 1.0) {
    return ParamProblem{"cop_density",
                        fmt::format("citizen_density + cop_density = {} exceeds 1 (one agent per "
                                    "site)",
                                    p.citizen_density + p.cop_density)};
  }
  if (std::isfinite(p.max_jail_term) && p.max_jail_term != std::floor(p.max_jail_term)) {
    return ParamProblem{
        "max_jail_term",
        fmt::format("expected a whole number of ticks or inf, got {}", p.max_jail_term)};
  }
  if (p.jail_draw == JailDraw::Exclusive && p.max_jail_term < 1) {
    return ParamProblem{"max_jail_term", "must be at least 1 with jail_draw = \"exclusive\""};
  }
  const TorusGrid grid(p.width, p.height);
  for (const auto& [key, radius] :
       {std::pair{"vision", p.vision}, std::pair{"cop_vision", p.cop_vision}}) {
    const Neighbourhood view(p.neighbourhood, radius);
    if (!grid.fits(view)) {
      return ParamProblem{key, fmt::format("vision {} reaches {} sites each way, so the grid must "
                                           "be at least {} by {} sites (it is {} by {})",
                                           radius, view.reach(), 2 * view.reach() + 1,
                                           2 * view.reach() + 1, p.width, p.height)};
    }
  }
  return std::nullopt;
}

}  // namespace unrest::epstein
