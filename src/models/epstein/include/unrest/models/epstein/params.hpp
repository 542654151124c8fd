#pragma once
/// \file
/// Parameters of Epstein's (2002) civil-violence Model I, with the paper's
/// Run 2 as defaults, and the named variants by which NetLogo's Rebellion,
/// Mesa's example and Epstein's own Ascape code differ from the paper's text
/// (docs/models/epstein.md says what each reproduces).

#include <optional>

#include "unrest/core/params.hpp"
#include "unrest/scenario/bind_params.hpp"
#include "unrest/space/torus.hpp"

namespace unrest::epstein {

/// How the cop-to-active ratio C/A enters P = 1 - exp(-k * ratio).
enum class ArrestRule {
  Exact,  ///< C/A as written in the paper
  Floor,  ///< floor(C/A): NetLogo Rebellion; integer division in Epstein's Ascape code
  Round,  ///< C/A rounded half to even: Mesa's example (Python round)
};

/// Who A counts besides the other actives in vision.
enum class SelfCount {
  Always,         ///< the agent always counts itself once (paper; Mesa; Ascape)
  TwiceIfActive,  ///< NetLogo: itself once, and again if it is already active
};

/// The order in which agents act within a tick.
enum class Activation {
  RandomSequential,  ///< all agents and cops interleaved in one random order (paper; NetLogo; Mesa)
  CitizensThenCops,  ///< all citizens in random order, then all cops (Ascape code)
  ParallelBlocks,    ///< random order within spatial blocks processed in parallel (unrest)
};

/// Whether an agent moves before or after it acts (decides, or arrests).
enum class StepOrder {
  MoveThenAct,  ///< paper ("moves ... where he acts"); NetLogo
  ActThenMove,  ///< Mesa; Ascape's cops
};

/// Where a moving agent may go.
enum class MoveRule {
  SiteInVision,  ///< a random empty site within vision (paper's rule M; NetLogo; Mesa)
  RandomStep,    ///< one random Moore neighbour, only if empty (Ascape code)
};

/// Which active a cop arrests.
enum class ArrestTarget {
  Random,   ///< a random active within vision (paper's rule C; NetLogo; Mesa)
  Nearest,  ///< a random one of the nearest actives (Ascape code)
};

/// The range of an integer jail term drawn for J = max_jail_term.
enum class JailDraw {
  Inclusive,  ///< uniform on 0..J (paper's U(0, J); Ascape; Mesa)
  Exclusive,  ///< uniform on 0..J-1 (NetLogo's `random max-jail-term`)
};

/// How grievance is computed.
enum class GrievanceRule {
  Paper,   ///< G = H (1 - L)
  Ascape,  ///< G = H (1 - L) (1 - T), as in Epstein's Ascape code
};

struct Params {
  int width = 40;                ///< sites; paper: 40
  int height = 40;               ///< sites; paper: 40
  double citizen_density = 0.7;  ///< citizens per site; paper: 0.7
  double cop_density = 0.04;     ///< cops per site; Table 2, Run 2
  double vision = 7.0;           ///< citizen vision v, sites; Table 2, Run 2
  double cop_vision = 7.0;       ///< cop vision v*, sites; Table 2, Run 2
  double legitimacy = 0.82;      ///< L; Table 2, Run 2
  double max_jail_term = 30;     ///< J, ticks (inf: never released); Table 2, Run 2
  double arrest_constant = 2.3;  ///< k, so that P = 0.9 at C = A = 1
  double threshold = 0.1;        ///< T; paper
  bool movement = true;          ///< citizens move (cops always do); off in Run 1
  bool cop_takes_site = true;    ///< after an arrest the cop steps onto the arrestee's site
  double outburst_level = 50;    ///< actives above this level form an outburst (paper: 50)
  ArrestRule arrest_rule = ArrestRule::Exact;
  SelfCount self_count = SelfCount::Always;
  NeighbourhoodShape neighbourhood = NeighbourhoodShape::Disk;
  Activation activation = Activation::RandomSequential;
  StepOrder step_order = StepOrder::MoveThenAct;
  MoveRule move_rule = MoveRule::SiteInVision;
  ArrestTarget arrest_target = ArrestTarget::Random;
  JailDraw jail_draw = JailDraw::Inclusive;
  GrievanceRule grievance_rule = GrievanceRule::Paper;
};

/// The parameter table: keys, ranges, units, meanings and sources.
const ParamTable<Params>& param_table();

/// Cross-field checks (densities that do not fit, vision wider than the grid,
/// a finite jail term that is not whole).
std::optional<ParamProblem> validate(const Params& params);

}  // namespace unrest::epstein
