#include "unrest/report/html_report.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "unrest/core/error.hpp"
#include "unrest/report/report_assets.hpp"

namespace {

namespace fs = std::filesystem;
using namespace unrest;

class HtmlReport : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::path(::testing::TempDir()) /
              ("html_report_" +
               std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void write(const std::string& name, const std::string& text) {
    fs::create_directories((folder_ / name).parent_path());
    std::ofstream(folder_ / name, std::ios::binary) << text;
  }
  std::string page() {
    std::ifstream in(folder_ / "report.html", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  fs::path folder_;
};

TEST_F(HtmlReport, AFolderWithoutOutputsIsBadInput) {
  if (!has_report_libraries()) GTEST_SKIP() << "built without web/node_modules";
  write("notes.txt", "mine");
  EXPECT_THROW(write_html_report(folder_), InputError);
  EXPECT_THROW(write_html_report(folder_ / "missing"), InputError);
  EXPECT_FALSE(fs::exists(folder_ / "report.html"));
}

TEST_F(HtmlReport, InlinesTheOutputsAndTheLibrariesAndFetchesNothing) {
  if (!has_report_libraries()) GTEST_SKIP() << "built without web/node_modules";
  write("manifest.json", R"({"scenario": {"name": "two-cities"}, "model": "uprising"})");
  write("timeseries.csv", "tick,protesters\n0,0\n1,12\n");
  write("notes.txt", "a user's own file");
  const fs::path out = write_html_report(folder_);
  EXPECT_EQ(out, folder_ / "report.html");
  const std::string html = page();
  EXPECT_NE(html.find("<title>unrest report: two-cities</title>"), std::string::npos);
  EXPECT_NE(html.find(R"("timeseries.csv":"tick,protesters\n0,0\n1,12\n")"), std::string::npos);
  EXPECT_EQ(html.find("a user's own file"), std::string::npos);
  // every library inlined, no source or link to load from anywhere
  const ReportAssets& assets = report_assets();
  EXPECT_NE(html.find(assets.vega.substr(0, 200)), std::string::npos);
  EXPECT_NE(html.find(assets.script.substr(0, 200)), std::string::npos);
  EXPECT_EQ(html.find("<script src"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_NE(html.find("Content-Security-Policy"), std::string::npos);
}

TEST_F(HtmlReport, TextInAFileCannotCloseItsScript) {
  if (!has_report_libraries()) GTEST_SKIP() << "built without web/node_modules";
  write("manifest.json", R"j({"scenario": {"name": "x</script><script>alert(1)"}})j");
  write("events.csv", "tick,detail\n3,\"</script><b>\"\n");
  write_html_report(folder_);
  const std::string html = page();
  EXPECT_EQ(html.find("</script><script>alert"), std::string::npos);
  EXPECT_EQ(html.find("</script><b>"), std::string::npos);
  EXPECT_NE(html.find("<\\/script><b>"), std::string::npos);
  EXPECT_NE(html.find("<title>unrest report: x&lt;/script&gt;&lt;script&gt;alert(1)</title>"),
            std::string::npos);
}

TEST_F(HtmlReport, AnEnsembleBringsItsFirstReplicateForTheMap) {
  if (!has_report_libraries()) GTEST_SKIP() << "built without web/node_modules";
  write("ensemble.json", R"({"scenario": {"name": "e"}})");
  write("ensemble_timeseries.csv", "tick,quantity,q50\n0,protesters,1\n");
  write("replicates/0000/cities.csv", "tick,place\n0,A\n");
  write("replicates/0001/cities.csv", "tick,place\n0,SecondReplicatePlace\n");
  write_html_report(folder_);
  const std::string html = page();
  EXPECT_NE(html.find(R"("replicates/0000/cities.csv":"tick,place\n0,A\n")"), std::string::npos);
  EXPECT_EQ(html.find("SecondReplicatePlace"), std::string::npos);
}

TEST(ReportAssets, TheScriptAndStyleAreAlwaysBuiltIn) {
  EXPECT_NE(report_assets().script.find("unrestReport"), std::string_view::npos);
  EXPECT_NE(report_assets().style.find("--accent"), std::string_view::npos);
  if (has_report_libraries()) {
    EXPECT_NE(report_assets().vega_lite.find("vegaLite"), std::string_view::npos);
    EXPECT_NE(report_assets().world_countries.find("\"countries\""), std::string_view::npos);
  }
}

}  // namespace
