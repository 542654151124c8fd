// A deterministic mutation fuzzer for the program's readers of user input:
// the TOML scenario loader (with the model's whole validation), the CSV data
// reader and `--set` parsing. Each input of the checked-in corpus is mutated
// by a seeded generator (byte flips, insertions, deletions, duplications,
// splices of TOML and CSV tokens, splices of other corpus inputs) and fed to
// the target. A reader may refuse an input only with an InputError; any
// other exception fails the run, and under the sanitizer build a memory
// error or undefined behaviour aborts it. The failing input is written to
// fuzz-failure-<target>.txt.
//
//   unrest_fuzz TARGET CORPUS_DIR [--iterations N] [--seconds S] [--seed K] [--beside DIR]
//
// --beside DIR: scenarios stand in DIR, so their data files are read from
// there (the Kazakhstan scenario's CSV files, to validate it whole).
// TARGET is scenario, csv or set. Deterministic for a seed and iteration
// count; --seconds bounds the time on a slow machine.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "unrest/core/calendar.hpp"
#include "unrest/core/error.hpp"
#include "unrest/models/registry.hpp"
#include "unrest/models/uprising/record.hpp"
#include "unrest/scenario/csv_table.hpp"
#include "unrest/scenario/scenario.hpp"

namespace {

using namespace unrest;

struct Rng {
  std::uint64_t state;
  std::uint64_t next() {  // splitmix64
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
};

const std::vector<std::string> kTokens = {"[",
                                          "]",
                                          "[[schedule]]",
                                          "[[policy]]",
                                          "measure = ",
                                          "lift = ",
                                          "each_place = ",
                                          "delay_hours = ",
                                          "lift_hours = ",
                                          "[scenario]",
                                          "[run]",
                                          "[params]",
                                          "[data]",
                                          "=",
                                          "\"",
                                          "'",
                                          "\n",
                                          ",",
                                          ".",
                                          "-",
                                          "+",
                                          "inf",
                                          "-inf",
                                          "nan",
                                          "1e400",
                                          "-1",
                                          "0",
                                          "1",
                                          "2",
                                          "9223372036854775807",
                                          "true",
                                          "false",
                                          "{",
                                          "}",
                                          "\\u0000",
                                          "\"\"\"",
                                          "2022-01-05",
                                          "T18:00:00",
                                          "#",
                                          "\r\n",
                                          " ",
                                          "ticks = ",
                                          "seed = ",
                                          "base = ",
                                          "name = ",
                                          "model = ",
                                          "at = ",
                                          "every = ",
                                          "until = ",
                                          "action = ",
                                          "when = ",
                                          "\"uprising\"",
                                          "\"epstein\"",
                                          "\"watts\"",
                                          "\"granovetter\"",
                                          "width = ",
                                          "height = ",
                                          "nodes = ",
                                          "scale = ",
                                          "max_memory_gb = ",
                                          "legitimacy",
                                          "run.ticks",
                                          "params.",
                                          "\xff",
                                          "\xc3\xa9"};

std::string mutate(std::string text, const std::vector<std::string>& corpus, Rng& rng) {
  const std::size_t steps = 1 + rng.below(6);
  for (std::size_t s = 0; s < steps; ++s) {
    const std::size_t at = rng.below(text.size() + 1);
    switch (rng.below(7)) {
      case 0:  // flip a byte's bit
        if (!text.empty()) text[rng.below(text.size())] ^= static_cast<char>(1u << rng.below(8));
        break;
      case 1:  // a random byte
        text.insert(at, 1, static_cast<char>(rng.below(256)));
        break;
      case 2: {  // delete a span
        const std::size_t n = std::min(text.size() - std::min(at, text.size()), rng.below(16));
        text.erase(std::min(at, text.size()), n);
        break;
      }
      case 3:  // a token
        text.insert(at, kTokens[rng.below(kTokens.size())]);
        break;
      case 4: {  // duplicate a span
        if (text.empty()) break;
        const std::size_t from = rng.below(text.size());
        const std::size_t n = std::min(text.size() - from, 1 + rng.below(64));
        text.insert(at, text.substr(from, n));
        break;
      }
      case 5: {  // splice another input
        const std::string& other = corpus[rng.below(corpus.size())];
        if (other.empty()) break;
        const std::size_t from = rng.below(other.size());
        text.insert(at, other.substr(from, 1 + rng.below(128)));
        break;
      }
      case 6:  // truncate
        text.resize(at);
        break;
    }
  }
  return text;
}

// Where a scenario under test stands: its data files are looked for beside it.
std::string scenario_name = "fuzz.toml";

void check_scenario(const std::string& text) {
  Scenario s = Scenario::load_text(text, scenario_name);
  (void)s.header();
  (void)s.run_settings();
  (void)s.fingerprint();
  (void)prepare(s).warnings();
}

void check_csv(const std::string& text) {
  const CsvTable t = CsvTable::parse(text, "fuzz.csv");
  for (std::size_t r = 0; r < t.rows(); ++r) {
    for (const auto& column : t.header()) (void)t.text(r, column);
  }
}

const char* kSetBase = R"(
[scenario]
name = "fuzz"
model = "epstein"
[run]
ticks = 10
[params]
legitimacy = 0.8
)";

void check_set(const std::string& text) {
  Scenario s = Scenario::load_text(kSetBase, "fuzz.toml");
  // One assignment per line of the input, as if typed after --set.
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) s.apply_override(line);
  s.apply_override(text);
  (void)s.header();
  (void)s.run_settings();
  (void)prepare(s);
}

// A record's time (observed.csv `date`): parsed or refused, never a crash,
// and an accepted interval never ends before it begins.
void check_record_time(const std::string& text) {
  const Calendar calendar(DateHour{CivilDate{2022, 1, 1}, 0}, 1);
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::string problem;
    const auto when = uprising::parse_observed_time(line, calendar, problem);
    if (when && when->last_hour < when->first_hour) {
      throw std::logic_error("an accepted interval ends before it begins: " + line);
    }
    if (!when && problem.empty()) throw std::logic_error("a refusal without a reason: " + line);
  }
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: unrest_fuzz scenario|csv|set|record_time CORPUS_DIR [--iterations N] "
                 "[--seconds S] "
                 "[--seed K]\n";
    return 2;
  }
  const std::string target = argv[1];
  const std::filesystem::path corpus_dir = argv[2];
  long long iterations = 20000;
  bool keep_last = false;
  double seconds = 60;
  std::uint64_t seed = 1;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string option = argv[i];
    if (option == "--iterations") iterations = std::atoll(argv[i + 1]);
    if (option == "--seconds") seconds = std::atof(argv[i + 1]);
    if (option == "--keep-last") keep_last = std::string(argv[i + 1]) == "1";
    if (option == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
    if (option == "--beside") scenario_name = std::string(argv[i + 1]) + "/fuzz.toml";
  }
  std::function<void(const std::string&)> check;
  if (target == "scenario") check = check_scenario;
  if (target == "csv") check = check_csv;
  if (target == "set") check = check_set;
  if (target == "record_time") check = check_record_time;
  if (!check) {
    std::cerr << "unrest_fuzz: unknown target " << target << "\n";
    return 2;
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(corpus_dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> corpus;
  for (const auto& f : files) corpus.push_back(read_file(f));
  if (corpus.empty()) {
    std::cerr << "unrest_fuzz: no inputs in " << corpus_dir << "\n";
    return 2;
  }

  Rng rng{seed};
  const auto start = std::chrono::steady_clock::now();
  long long done = 0, refused = 0;
  for (; done < iterations; ++done) {
    if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > seconds) {
      break;
    }
    // The corpus itself first, then mutants.
    const std::size_t pick = static_cast<std::size_t>(done) % corpus.size();
    const std::string input = done < static_cast<long long>(corpus.size())
                                  ? corpus[pick]
                                  : mutate(corpus[rng.below(corpus.size())], corpus, rng);
    // With --keep-last 1, an input that crashes the process stays on disk.
    if (keep_last) std::ofstream("fuzz-last-" + target + ".txt", std::ios::binary) << input;
    try {
      check(input);
    } catch (const InputError&) {
      ++refused;  // a clear refusal is the expected answer to bad input
    } catch (const std::exception& e) {
      std::ofstream("fuzz-failure-" + target + ".txt", std::ios::binary) << input;
      std::cerr << "unrest_fuzz " << target << ": input " << done << " (written to fuzz-failure-"
                << target << ".txt) threw " << typeid(e).name()
                << ", not an InputError: " << e.what() << "\n";
      return 1;
    }
  }
  std::cout << "unrest_fuzz " << target << ": " << done << " inputs (" << corpus.size()
            << " in the corpus), " << refused << " refused with an InputError, none crashed\n";
  return 0;
}
