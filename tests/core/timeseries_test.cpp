#include "unrest/core/timeseries.hpp"

#include <gtest/gtest.h>

namespace unrest {
namespace {

TEST(TimeSeries, AppendsRowsByColumn) {
  TimeSeries s({{"tick", ColumnKind::Integer, ""}, {"x", ColumnKind::Real, ""}});
  s.append({0, 1.5});
  s.append({1, 2.5});
  EXPECT_EQ(s.rows(), 2u);
  EXPECT_EQ(s.column("x"), (std::vector<double>{1.5, 2.5}));
  EXPECT_TRUE(s.has_column("tick"));
  EXPECT_FALSE(s.has_column("y"));
  EXPECT_THROW((void)s.column("y"), std::out_of_range);
}

TEST(TimeSeries, RejectsRowsOfTheWrongLength) {
  TimeSeries s({{"tick", ColumnKind::Integer, ""}});
  EXPECT_THROW(s.append({1, 2}), std::logic_error);
}

}  // namespace
}  // namespace unrest
