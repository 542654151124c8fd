#include "unrest/io/result_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "unrest/core/error.hpp"
#include "unrest/io/atomic_file.hpp"
#include "unrest/io/whole_file.hpp"

namespace unrest {

ResultStore::ResultStore(std::filesystem::path folder, std::string kind,
                         std::string configuration_hash, const nlohmann::json& description,
                         std::string record_file)
    : folder_(std::move(folder)),
      record_file_(std::move(record_file)),
      configuration_hash_(std::move(configuration_hash)) {
  std::error_code ec;
  std::filesystem::create_directories(folder_, ec);
  if (ec) {
    throw std::runtime_error(
        fmt::format("cannot create output folder '{}': {}", folder_.string(), ec.message()));
  }
  const auto marker = folder_ / "store.json";
  if (std::filesystem::exists(marker)) {
    nlohmann::json stored;
    try {
      stored = nlohmann::json::parse(read_whole_file(marker));
    } catch (const nlohmann::json::exception&) {
      throw InputError(SourceLocation{marker.string(), 0, 0},
                       "is not a result store's record; remove the folder or choose another --out");
    }
    const std::string stored_kind = stored.value("kind", "");
    const std::string stored_hash = stored.value("configuration_hash", "");
    if (stored_kind != kind || stored_hash != configuration_hash_) {
      throw InputError(
          SourceLocation{folder_.string(), 0, 0},
          fmt::format(
              "holds the results of another {} (configuration {}; this one is {} {}); they "
              "cannot be mixed: choose another --out, or remove that folder to start afresh",
              stored_kind.empty() ? "job" : stored_kind, stored_hash, kind, configuration_hash_));
    }
    return;
  }
  // Without its store.json a folder's results cannot be vouched for: they
  // may be another configuration's, and would be taken as this one's.
  std::vector<std::string> present;
  for (const auto& entry : std::filesystem::directory_iterator(folder_)) {
    present.push_back(entry.path().filename().string());
  }
  if (!present.empty()) {
    std::sort(present.begin(), present.end());
    std::string list;
    for (std::size_t i = 0; i < present.size() && i < 4; ++i) list += (i ? ", " : "") + present[i];
    if (present.size() > 4) list += fmt::format(" and {} more", present.size() - 4);
    throw InputError(SourceLocation{folder_.string(), 0, 0},
                     fmt::format("holds files ({}) but no store.json, so nothing says which "
                                 "configuration they are of: they cannot be resumed or mixed "
                                 "with this {}; choose another --out, or remove that folder to "
                                 "start afresh",
                                 list, kind));
  }
  nlohmann::json m = {
      {"kind", kind}, {"configuration_hash", configuration_hash_}, {"configuration", description}};
  write_file_atomically(marker, m.dump(2) + "\n");
}

bool ResultStore::has(const std::string& key) const {
  std::error_code ec;
  const auto record = folder_ / key / record_file_;
  if (!std::filesystem::is_regular_file(record, ec)) return false;
  // A job vouches for itself only with the configuration it was computed
  // from: one copied in from another configuration (or from a version that
  // did not say) is run again.
  try {
    const auto stamp =
        nlohmann::json::parse(read_whole_file(folder_ / key / kJobConfigurationFile));
    if (stamp.value("configuration_hash", "") != configuration_hash_) return false;
  } catch (const std::exception&) {
    return false;
  }
  // A record that does not parse (damaged by hand or by the disk) vouches
  // for nothing: the job is run again.
  try {
    return nlohmann::json::accept(read_whole_file(record));
  } catch (const std::exception&) {
    return false;
  }
}

void ResultStore::put(const std::string& key,
                      const std::vector<std::pair<std::string, std::string>>& files) {
  const auto dir = folder_ / key;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    throw std::runtime_error(
        fmt::format("cannot create folder '{}': {}", dir.string(), ec.message()));
  }
  // A stale record must not vouch for files about to be replaced.
  std::filesystem::remove(dir / record_file_, ec);
  write_file_atomically(dir / kJobConfigurationFile,
                        nlohmann::json{{"configuration_hash", configuration_hash_}}.dump(2) + "\n");
  const std::string* record = nullptr;
  for (const auto& [name, content] : files) {
    if (name == record_file_) {
      record = &content;
      continue;
    }
    write_file_atomically(dir / name, content);
  }
  if (!record) throw std::logic_error("a job's files lack its record " + record_file_);
  write_file_atomically(dir / record_file_, *record);
}

std::string ResultStore::record(const std::string& key) const {
  return read_whole_file(folder_ / key / record_file_);
}

}  // namespace unrest
