// The rules of the uprising model at their boundaries, without a scenario.

#include "unrest/models/uprising/rules.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cmath>

namespace unrest::uprising {
namespace {

TEST(UprisingRules, SaturateIsHalfAtTheHalfPointAndZeroWithNothing) {
  EXPECT_EQ(saturate(0.0, 0.1), 0.0);
  EXPECT_EQ(saturate(-0.5, 0.1), 0.0);
  EXPECT_DOUBLE_EQ(saturate(0.1, 0.1), 0.5);
  EXPECT_LT(saturate(1e9, 0.1), 1.0);
}

TEST(UprisingRules, HoursWrapPastMidnight) {
  EXPECT_TRUE(in_hours(23, 23, 7));
  EXPECT_TRUE(in_hours(0, 23, 7));
  EXPECT_TRUE(in_hours(6, 23, 7));
  EXPECT_FALSE(in_hours(7, 23, 7));
  EXPECT_FALSE(in_hours(22, 23, 7));
  EXPECT_TRUE(in_hours(9, 9, 17));
  EXPECT_FALSE(in_hours(17, 9, 17));
}

TEST(UprisingRules, ACurfewToMidnightOrAllDayOrNone) {
  // curfew_to = 24: to midnight; 0 to 24: every hour; equal hours: none.
  EXPECT_TRUE(in_hours(23, 20, 24));
  EXPECT_FALSE(in_hours(0, 20, 24));
  EXPECT_FALSE(in_hours(19, 20, 24));
  for (int hour = 0; hour < 24; ++hour) {
    EXPECT_TRUE(in_hours(hour, 0, 24)) << hour;
    EXPECT_FALSE(in_hours(hour, 0, 0)) << hour;
    EXPECT_FALSE(in_hours(hour, 15, 15)) << hour;
  }
}

TEST(UprisingRules, ALagCatchesUpByItsTimeConstant) {
  EXPECT_EQ(hourly_catch_up(0), 1.0);
  EXPECT_DOUBLE_EQ(hourly_catch_up(1), 1 - std::exp(-1.0));
  EXPECT_NEAR(std::pow(hourly_fade(10), 10), 0.5, 1e-12);
}

/// The hardship of one product's rise: segment_hardship over one term.
double one_product(double base, double weight, double exposure, double share, double rise) {
  const std::array<double, 1> terms = {price_hardship(weight, exposure, share, rise)};
  return segment_hardship(base, terms);
}

TEST(UprisingRules, NoPriceRiseLeavesOnlyBaseHardship) {
  EXPECT_EQ(price_rise(60, 60), 0.0);
  EXPECT_EQ(one_product(0.2, 0.8, 1.0, 0.9, 0.0), 0.2);
  // A doubled price at full exposure and LPG dependence: base + weight.
  EXPECT_DOUBLE_EQ(one_product(0.2, 0.8, 1.0, 1.0, price_rise(120, 60)), 1.0);
  // A fall in price cannot make hardship negative.
  EXPECT_EQ(one_product(0.1, 0.8, 1.0, 1.0, -0.5), 0.0);
}

TEST(UprisingRules, ProductsAddTheirHardshipAndOnlyTheSumIsFloored) {
  // Diesel doubles for half the region, petrol rises a quarter for all of it.
  const std::array<double, 2> terms = {price_hardship(0.8, 1.0, 0.5, 1.0),
                                       price_hardship(0.8, 0.5, 1.0, 0.25)};
  EXPECT_DOUBLE_EQ(segment_hardship(0.2, terms), 0.2 + 0.4 + 0.1);
  // A fall in one price offsets a rise in another before the floor applies.
  const std::array<double, 2> offset = {price_hardship(0.8, 1.0, 1.0, 0.5),
                                        price_hardship(0.8, 1.0, 1.0, -0.25)};
  EXPECT_DOUBLE_EQ(segment_hardship(0.1, offset), 0.1 + 0.4 - 0.2);
  // A product nobody in the region depends on adds nothing.
  const std::array<double, 1> unreached = {price_hardship(0.8, 1.0, 0.0, 3.0)};
  EXPECT_EQ(segment_hardship(0.2, unreached), 0.2);
  // No products: the base alone.
  EXPECT_EQ(segment_hardship(0.3, std::span<const double>()), 0.3);
}

TEST(UprisingRules, AnOpenDisputeAddsItsShareOfTheBaseHardship) {
  // Without a dispute, exactly the segment's hardship, whatever the parameter.
  EXPECT_EQ(worker_hardship(0.375, false, 0.5, 0.25), 0.375);
  // With one, the parameter's share of the base is added.
  EXPECT_EQ(worker_hardship(0.375, true, 0.5, 0.25), 0.5);
  // A zero parameter adds nothing (the ablation), nor does a zero base.
  EXPECT_EQ(worker_hardship(0.375, true, 0.0, 0.25), 0.375);
  EXPECT_EQ(worker_hardship(0.375, true, 0.5, 0.0), 0.375);
  // More hardship, more grievance at the same legitimacy.
  EXPECT_GT(grievance(worker_hardship(0.375, true, 0.5, 0.25), 0.5), grievance(0.375, 0.5));
}

TEST(UprisingRules, NoHardshipNoGrievance) {
  EXPECT_EQ(grievance(0.0, 0.0), 0.0);
  EXPECT_EQ(grievance(0.0, 0.55), 0.0);
  EXPECT_EQ(grievance(0.8, 1.0), 0.0);  // full legitimacy: none either
  EXPECT_DOUBLE_EQ(grievance(0.8, 0.25), 0.6);
}

TEST(UprisingRules, ArrestProbabilityIsEpsteins) {
  // k = 2.3 gives P = 0.9 with one officer per protester (Epstein 2002).
  EXPECT_NEAR(arrest_probability(2.3, 100, 100, 1), 0.9, 0.001);
  EXPECT_EQ(arrest_probability(2.3, 0, 100, 1), 0.0);
  // A protester alone counts itself and those with it: self_people.
  EXPECT_DOUBLE_EQ(arrest_probability(2.3, 10, 0, 10), arrest_probability(2.3, 10, 10, 10));
  EXPECT_LT(arrest_probability(2.3, 10, 1000, 10), arrest_probability(2.3, 10, 100, 10));
}

TEST(UprisingRules, ForceMultipliesRiskByItsHarm) {
  EXPECT_EQ(harm_of(ForceLevel::None, 2, 5), 1.0);
  EXPECT_EQ(harm_of(ForceLevel::NonLethal, 2, 5), 2.0);
  EXPECT_EQ(harm_of(ForceLevel::Lethal, 2, 5), 5.0);
  EXPECT_EQ(risk_term(0.5, 2.0, 0.25, 1.0), 1.25);
  EXPECT_EQ(risk_term(0.5, 2.0, 0.25, 2.0), 2.5);
}

TEST(UprisingRules, NoKillingsNoFear) {
  EXPECT_EQ(fear(1.0, 0, 1.0, 1.0, 0, 10, 0.0), 0.0);
  // National news reaches half as far with the internet cut.
  EXPECT_DOUBLE_EQ(fear(0.0, 0, 1.0, 0.0, 10, 10, 0.0), 0.25);
  EXPECT_DOUBLE_EQ(fear(0.0, 0, 1.0, 1.0, 10, 10, 0.0), 0.5);
  EXPECT_DOUBLE_EQ(fear(1.0, 10, 0.0, 1.0, 0, 10, 0.3), 0.8);
}

TEST(UprisingRules, NightAndCurfewRaiseTheThreshold) {
  EXPECT_EQ(protest_threshold(0.5, false, 0.25, false, 0.125), 0.5);
  EXPECT_EQ(protest_threshold(0.5, true, 0.25, false, 0.125), 0.75);
  EXPECT_EQ(protest_threshold(0.5, true, 0.25, true, 0.125), 0.875);
}

TEST(UprisingRules, NoProtestAboveTheRiskTheRuleAllows) {
  // G (1 + pull) - r risk > T with G = 0.5, pull 0, r risk = 0.25 (all dyadic):
  // a threshold of exactly 0.25 is not exceeded, one just below is.
  EXPECT_FALSE(decides_to_protest(0.5, 0.0, 0.5, 0.5, 0.25));
  EXPECT_TRUE(decides_to_protest(0.5, 0.0, 0.5, 0.5, std::nextafter(0.25, 0.0)));
  // Grievance just below and just above the risk term at T = 0.
  EXPECT_FALSE(decides_to_protest(0.25, 0.0, 0.5, 0.5, 0.0));
  EXPECT_TRUE(decides_to_protest(std::nextafter(0.25, 1.0), 0.0, 0.5, 0.5, 0.0));
}

TEST(UprisingRules, PullAmplifiesGrievanceButMovesNoOneWithout) {
  EXPECT_FALSE(decides_to_protest(0.0, 100.0, 0.0, 0.0, 0.0));
  EXPECT_FALSE(decides_to_protest(0.25, 0.0, 0.0, 0.0, 0.375));
  EXPECT_TRUE(decides_to_protest(0.25, 1.0, 0.0, 0.0, 0.375));
}

TEST(UprisingRules, StrikesElsewhereInTheIndustryLowerTheBar) {
  // Alone in its industry: nothing elsewhere.
  EXPECT_EQ(striking_elsewhere(1000, 1000, 1000, true), 0.0);
  // Its own strike does not count as elsewhere.
  EXPECT_EQ(striking_elsewhere(3000, 1000, 1000, true), 0.0);
  EXPECT_EQ(striking_elsewhere(3000, 1000, 1000, false), 0.5);
  EXPECT_EQ(union_reach(0.0), 0.5);
  EXPECT_EQ(union_reach(1.0), 1.0);
  EXPECT_EQ(strike_bar(0.5, false, 0.125, 0.25, 0.0, 1.0), 0.5);
  EXPECT_EQ(strike_bar(0.5, true, 0.125, 0.25, 0.0, 1.0), 0.375);
  EXPECT_EQ(strike_bar(0.5, true, 0.125, 0.25, 1.0, 0.5), 0.25);
}

TEST(UprisingRules, AStrikeBarCrossedAndNot) {
  // The code compares share >= bar: exactly at the bar counts.
  EXPECT_TRUE(at_strike_bar(0.5, 0.5));
  EXPECT_TRUE(at_strike_bar(0.6, 0.5));
  EXPECT_FALSE(at_strike_bar(std::nextafter(0.5, 0.0), 0.5));
  // It begins only after more than the delay at the bar, and only once.
  EXPECT_FALSE(strike_begins(false, 3, 3));
  EXPECT_TRUE(strike_begins(false, 4, 3));
  EXPECT_FALSE(strike_begins(true, 4, 3));
  // It ends below the end share, not at it.
  EXPECT_FALSE(strike_ends(true, 0.25, 0.25));
  EXPECT_TRUE(strike_ends(true, std::nextafter(0.25, 0.0), 0.25));
  EXPECT_FALSE(strike_ends(false, 0.0, 0.25));
}

TEST(UprisingRules, EscalationOnlyWhereProtestersOutnumberSecurityByTheRatio) {
  const auto none = ForceLevel::None, non_lethal = ForceLevel::NonLethal,
             lethal = ForceLevel::Lethal;
  // Ratio 2 protesters per officer: exactly at the ratio is not above it.
  EXPECT_EQ(force_used(non_lethal, false, 200, 100, 2.0), none);
  EXPECT_EQ(force_used(non_lethal, false, 201, 100, 2.0), non_lethal);
  EXPECT_EQ(force_used(lethal, false, 200, 100, 2.0), none);
  EXPECT_EQ(force_used(lethal, false, 201, 100, 2.0), lethal);
  // No force allowed: none, however outnumbered.
  EXPECT_EQ(force_used(none, true, 1e6, 1, 2.0), none);
  // Without warning, lethal force is used on any contact; non-lethal still waits.
  EXPECT_EQ(force_used(lethal, true, 10, 100, 2.0), lethal);
  EXPECT_EQ(force_used(non_lethal, true, 10, 100, 2.0), none);
  // No contact: no security, or no protesters.
  EXPECT_EQ(force_used(lethal, true, 100, 0, 2.0), none);
  EXPECT_EQ(force_used(lethal, true, 0, 100, 2.0), none);
}

TEST(UprisingRules, LethalForceOnlyWhereTheCrowdThreatensWhatTheForcesDefend) {
  const auto non_lethal = ForceLevel::NonLethal, lethal = ForceLevel::Lethal;
  // Allowed, outnumbered 3 to 1, but below the threat ratio 5: non-lethal.
  EXPECT_EQ(force_used(lethal, false, 300, 100, 2.0, false, 5.0), non_lethal);
  EXPECT_EQ(force_used(lethal, false, 500, 100, 2.0, false, 5.0), non_lethal);
  EXPECT_EQ(force_used(lethal, false, 501, 100, 2.0, false, 5.0), lethal);
  // Where the seat of government was stormed, any escalation is lethal.
  EXPECT_EQ(force_used(lethal, false, 300, 100, 2.0, true, 5.0), lethal);
  // Still not below the escalation ratio, stormed or not...
  EXPECT_EQ(force_used(lethal, false, 150, 100, 2.0, true, 5.0), ForceLevel::None);
  // ...unless the order is to shoot without warning.
  EXPECT_EQ(force_used(lethal, true, 150, 100, 2.0, false, 5.0), lethal);
  // A threat does not allow what the state has not allowed.
  EXPECT_EQ(force_used(non_lethal, false, 1e6, 100, 2.0, true, 5.0), non_lethal);
}

TEST(UprisingRules, ForeignTroopsSignalResolveBySaturation) {
  EXPECT_EQ(foreign_resolve_fear(0.3, 0, 1000), 0);
  EXPECT_DOUBLE_EQ(foreign_resolve_fear(0.3, 1000, 1000), 0.15);
  EXPECT_LT(foreign_resolve_fear(0.3, 1e9, 1000), 0.3);
  EXPECT_EQ(foreign_resolve_fear(0, 2500, 1000), 0);
  EXPECT_GT(fear(0, 0, 0, 1, 0, 10, 0, 0.2), 0.19);
}

TEST(UprisingRules, NoCasualtiesWithoutForceOrContact) {
  EXPECT_EQ(rate_under(ForceLevel::None, 0.01, 0.1), 0.0);
  EXPECT_EQ(rate_under(ForceLevel::NonLethal, 0.01, 0.1), 0.01);
  EXPECT_EQ(rate_under(ForceLevel::Lethal, 0.01, 0.1), 0.1);
  // Engaged: the protesters, at most what the officers can reach.
  EXPECT_EQ(engaged(1000, 10, 20), 200);
  EXPECT_EQ(engaged(100, 10, 20), 100);
  EXPECT_EQ(engaged(0, 10, 20), 0);
  EXPECT_EQ(engaged(100, 0, 20), 0);
  const auto none = expected_casualties(200, 0.0, 0.0, 0.0);
  EXPECT_EQ(none[0] + none[1] + none[2], 0.0);
  const auto no_contact = expected_casualties(0, 0.1, 0.2, 0.3);
  EXPECT_EQ(no_contact[0] + no_contact[1] + no_contact[2], 0.0);
  const auto lethal = expected_casualties(200, 0.125, 0.25, 0.5);
  EXPECT_EQ(lethal[0], 25);
  EXPECT_EQ(lethal[1], 50);
  EXPECT_EQ(lethal[2], 100);
}

TEST(UprisingRules, NoRefusalWithoutPressureOrAtFullLegitimacy) {
  EXPECT_EQ(refusal_pressure(0, 100), 0.0);
  EXPECT_EQ(refusal_pressure(100, 0), 100.0);  // at least one officer
  EXPECT_EQ(refusal_hazard(0.1, 0.0, 5.0, 0.0), 0.0);
  EXPECT_EQ(refusal_hazard(0.1, 50.0, 5.0, 1.0), 0.0);
  // Half the rate at the half pressure, at L = 0; less at higher legitimacy.
  EXPECT_DOUBLE_EQ(refusal_hazard(0.1, 5.0, 5.0, 0.0), 0.05);
  EXPECT_DOUBLE_EQ(refusal_hazard(0.1, 5.0, 5.0, 0.5), 0.025);
  EXPECT_LT(refusal_hazard(0.1, 1e9, 5.0, 0.0), 0.1);
}

TEST(UprisingRules, AStrikeWaveCrossesIndustriesAtItsWeight) {
  EXPECT_DOUBLE_EQ(strike_news(0.2, 0.0, 0.5), 0.2);
  EXPECT_DOUBLE_EQ(strike_news(0.0, 0.4, 0.5), 0.2);
  EXPECT_DOUBLE_EQ(strike_news(0.0, 0.4, 0.0), 0.0);  // off: within an industry only
}

TEST(UprisingRules, RefusalsNeedRealPressure) {
  // Below the least pressure, none; from it on, the same hazard as without.
  EXPECT_EQ(refusal_hazard(0.1, 9.99, 5.0, 0.0, 10.0), 0.0);
  EXPECT_DOUBLE_EQ(refusal_hazard(0.1, 10.0, 5.0, 0.0, 10.0), refusal_hazard(0.1, 10.0, 5.0, 0.0));
  EXPECT_EQ(refusal_hazard(0.1, 0.0, 5.0, 0.0, 0.0), 0.0);
}

TEST(UprisingRules, TheCrowdIsTheTurnoutOfThoseWhoJoined) {
  EXPECT_EQ(crowd_in_streets(12000, 1.0), 12000);  // everyone out: the old model
  EXPECT_EQ(crowd_in_streets(12000, 0.25), 3000);
  EXPECT_EQ(crowd_in_streets(0, 0.25), 0);
}

TEST(UprisingRules, UnitsRefuseOnlyAnOrderToUseForce) {
  // Whole towns in the streets, but no order to disperse them: nothing to refuse.
  EXPECT_EQ(refusal_hazard(0.1, 50.0, 5.0, 0.0, 10.0, ForceLevel::None), 0.0);
  EXPECT_GT(refusal_hazard(0.1, 50.0, 5.0, 0.0, 10.0, ForceLevel::NonLethal), 0.0);
  EXPECT_EQ(refusal_hazard(0.1, 50.0, 5.0, 0.0, 10.0, ForceLevel::Lethal),
            refusal_hazard(0.1, 50.0, 5.0, 0.0, 10.0, ForceLevel::NonLethal));
}

TEST(UprisingRules, BacklashCountsDeathsAndInjuries) {
  EXPECT_EQ(backlash(0.01, 0, 0.001, 0), 0.0);
  EXPECT_DOUBLE_EQ(backlash(0.01, 2, 0.001, 10), 0.03);
}

TEST(UprisingRules, AProtestIsNoticedAtTheLargerOfItsFloors) {
  EXPECT_EQ(noticed_protest(300, 0.002, 100'000), 300);
  EXPECT_DOUBLE_EQ(noticed_protest(300, 0.002, 1'000'000), 2000);
}

TEST(UprisingRules, AnAkimatIsStormedByEnoughProtestersOutnumberingSecurity) {
  EXPECT_FALSE(storms_seat_of_government(999, 10, 1000, 3));
  EXPECT_TRUE(storms_seat_of_government(1000, 10, 1000, 3));
  EXPECT_FALSE(storms_seat_of_government(3000, 1000, 1000, 3));  // exactly the ratio: not more
  EXPECT_TRUE(storms_seat_of_government(3001, 1000, 1000, 3));
}

TEST(UprisingRules, CrowdsStormTheSeatsOfRegionalGovernment) {
  EXPECT_TRUE(storm_target(false, true, true));
  EXPECT_FALSE(storm_target(false, false, true));
  EXPECT_TRUE(storm_target(false, false, false));
  EXPECT_FALSE(storm_target(true, true, false));
  EXPECT_FALSE(storm_target(true, false, false));
}

TEST(UprisingRules, AnAkimatIsStormedOnlyOnceTheDemandsAreTurnedPolitical) {
  // The same crowd against the same guard: not while legitimacy has fallen
  // less than the bar, from the bar on.
  EXPECT_FALSE(storms_seat_of_government(5000, 100, 1000, 3, 0.19, 0.2));
  EXPECT_TRUE(storms_seat_of_government(5000, 100, 1000, 3, 0.2, 0.2));
  EXPECT_FALSE(storms_seat_of_government(500, 100, 1000, 3, 0.5, 0.2));  // too few, however angry
}

TEST(UprisingRules, TheReserveStaysHomeWhenCalmAndHalfFollowsAtTheHalfPoint) {
  // Calm: the place gets its home share.
  EXPECT_DOUBLE_EQ(mobile_reserve_target(1000, 0.25, 5000, 0, 0), 250);
  // As many protesters as the half point, all of them here: half the reserve.
  EXPECT_DOUBLE_EQ(mobile_reserve_target(1000, 0.0, 5000, 5000, 5000), 500);
}

}  // namespace
}  // namespace unrest::uprising
