#pragma once
/// \file
/// "Did you mean ...?" for misspelt keys and names.

#include <string>
#include <string_view>
#include <vector>

namespace unrest {

/// The candidate closest to `word` by edit distance, if it is close enough to
/// be a plausible misspelling (at most a third of the word's length); else "".
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" or "".
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace unrest
