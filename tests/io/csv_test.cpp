#include "unrest/io/csv.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

namespace unrest {
namespace {

TEST(Csv, QuotesOnlyWhenNeeded) {
  EXPECT_EQ(csv_field("Almaty"), "Almaty");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
}

TEST(Csv, NumbersRoundTripExactly) {
  EXPECT_EQ(csv_number(12, ColumnKind::Integer), "12");
  EXPECT_EQ(csv_number(0.82, ColumnKind::Real), "0.82");
  const double x = 0.1 + 0.2;
  EXPECT_EQ(std::strtod(csv_number(x, ColumnKind::Real).c_str(), nullptr), x);
  EXPECT_EQ(csv_number(NAN, ColumnKind::Real), "NA");
}

TEST(Csv, TimeSeriesWithAndWithoutDates) {
  TimeSeries s({{"tick", ColumnKind::Integer, ""}, {"active", ColumnKind::Integer, ""}});
  s.append({0, 3});
  s.append({1, 5});
  EXPECT_EQ(timeseries_csv(s, Calendar{}), "tick,active\n0,3\n1,5\n");
  const Calendar daily(DateHour{{2022, 1, 1}, 0}, 24);
  EXPECT_EQ(timeseries_csv(s, daily),
            "tick,time,active\n0,2022-01-01T00:00+00:00,3\n1,2022-01-02T00:00+00:00,5\n");
  // The clock's offset from UTC travels with every time.
  const Calendar almaty(DateHour{{2022, 1, 4}, 18}, 1, 6 * 60);
  EXPECT_EQ(timeseries_csv(s, almaty),
            "tick,time,active\n0,2022-01-04T18:00+06:00,3\n1,2022-01-04T19:00+06:00,5\n");
  const Calendar west(DateHour{{2022, 1, 4}, 0}, 1, -(3 * 60 + 30));
  EXPECT_EQ(west.stamp(1), "2022-01-04T01:00-03:30");
}

TEST(Csv, TablesGetATimeWithTheOffsetAfterTheirTick) {
  Table t{"cities.csv",
          {{"tick", ColumnKind::Integer, ""}, {"place", ColumnKind::Text, ""}},
          {{0.0, std::string("Almaty")}}};
  EXPECT_EQ(table_csv(t, Calendar(DateHour{{2022, 1, 1}, 0}, 1, 360)),
            "tick,time,place\n0,2022-01-01T00:00+06:00,Almaty\n");
}

TEST(Csv, Events) {
  EventLog log;
  log.add(4, "intervention", "grid", "L 0.9 -> 0.7, sudden");
  EXPECT_EQ(events_csv(log, Calendar{}),
            "tick,kind,where,action,values,detail\n4,intervention,grid,,,\"L 0.9 -> 0.7, "
            "sudden\"\n");
  EXPECT_EQ(events_csv(EventLog{}, Calendar{}), "tick,kind,where,action,values,detail\n");
}

TEST(Csv, AnInterventionsValuesAreAJsonObject) {
  EventLog log;
  log.add(Event{5,
                "intervention",
                "region:Mangystau",
                "price: LPG 120 tenge/litre in region:Mangystau",
                "price",
                {{"price", 120.0}, {"cap", false}, {"level", std::string("lethal")}}});
  const std::string csv = events_csv(log, Calendar(DateHour{{2022, 1, 1}, 0}, 1, 360));
  EXPECT_EQ(csv,
            "tick,time,kind,where,action,values,detail\n"
            "5,2022-01-01T05:00+06:00,intervention,region:Mangystau,price,"
            "\"{\"\"cap\"\":false,\"\"level\"\":\"\"lethal\"\",\"\"price\"\":120.0}\","
            "price: LPG 120 tenge/litre in region:Mangystau\n");
}

}  // namespace
}  // namespace unrest
