#include "unrest/scenario/csv_table.hpp"

#include <gtest/gtest.h>

#include "unrest/core/error.hpp"

namespace unrest {
namespace {

template <class Fn>
std::string error_of(Fn&& fn) {
  try {
    fn();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(CsvTable, ReadsQuotedFieldsAndLines) {
  const CsvTable t = CsvTable::parse(
      "city,population,notes\nAlmaty,2000000,\"largest, by far\"\n\nAktau,180000,\"says "
      "\"\"hi\"\"\"\n",
      "c.csv");
  ASSERT_EQ(t.rows(), 2u);
  EXPECT_EQ(t.text(0, "notes"), "largest, by far");
  EXPECT_EQ(t.text(1, "notes"), "says \"hi\"");
  EXPECT_EQ(t.number(1, "population", 0, 1e9), 180000);
  EXPECT_EQ(t.line_of(1), 4);
  EXPECT_TRUE(t.has_column("city"));
}

TEST(CsvTable, AByteOrderMarkIsNotPartOfTheFirstColumn) {
  const CsvTable t = CsvTable::parse("\xEF\xBB\xBFregion,population\nNorth,10\n", "r.csv");
  ASSERT_TRUE(t.has_column("region"));
  EXPECT_EQ(t.text(0, "region"), "North");
}

TEST(CsvTable, QuotedLineBreaksKeepLineNumbersRight) {
  const CsvTable t = CsvTable::parse("a,b\n1,\"two\nlines\"\n3,x\n", "q.csv");
  EXPECT_EQ(t.text(0, "b"), "two\nlines");
  EXPECT_EQ(t.line_of(1), 4);
  EXPECT_EQ(error_of([&] { (void)t.number(1, "b", 0, 1); }),
            "q.csv:4: key 'b': expected a number in [0, 1], got \"x\"");
}

TEST(CsvTable, ErrorsNameFileLineAndColumn) {
  EXPECT_EQ(error_of([] { (void)CsvTable::parse("a,b\n1,2,3\n", "w.csv"); }),
            "w.csv:2: row has 3 fields, the header has 2");
  EXPECT_EQ(error_of([] { (void)CsvTable::parse("a\n\"open\n", "u.csv"); }),
            "u.csv:2: unterminated quoted field");
  EXPECT_EQ(error_of([] { (void)CsvTable::parse("", "e.csv"); }),
            "e.csv:1: empty CSV file: a header row is required");
  const CsvTable t = CsvTable::parse("city,kind\nAktau,oil\nAtyrau,\n", "k.csv");
  EXPECT_EQ(error_of([&] { t.require_columns({"cty"}); }),
            "k.csv:1: key 'cty': missing column (did you mean 'city'?)");
  EXPECT_EQ(error_of([&] {
              (void)t.choice(0, "kind", {"oil_gas", "mining"});
            }),
            "k.csv:2: key 'kind': expected one of oil_gas, mining, got \"oil\"");
  EXPECT_EQ(error_of([&] { (void)t.required_text(1, "kind"); }),
            "k.csv:3: key 'kind': must not be empty");
  EXPECT_FALSE(t.optional_number(1, "kind", 0, 1));
}

}  // namespace
}  // namespace unrest
