#include "unrest/ensemble/sweep_design.hpp"

#include <fmt/format.h>

#include <cmath>
#include <numeric>
#include <stdexcept>

#include "unrest/core/random.hpp"

namespace unrest::ensemble {

namespace {

enum class SweepPurpose : std::uint32_t { Stratum = 1, WithinStratum = 2 };

constexpr const char* kForm =
    "expected name=low:high[:levels][:log] (e.g. legitimacy=0.5:0.7:5) or name=v1,v2,... "
    "(e.g. w_city=0.2,0.4)";

double parse_number(const std::string& text, const std::string& spec) {
  std::size_t used = 0;
  double v = 0;
  try {
    v = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || text.empty() || !std::isfinite(v)) {
    throw std::invalid_argument(
        fmt::format("--param \"{}\": \"{}\" is not a number; {}", spec, text, kForm));
  }
  return v;
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  std::size_t from = 0;
  for (;;) {
    const std::size_t at = text.find(sep, from);
    parts.push_back(text.substr(from, at - from));
    if (at == std::string::npos) return parts;
    from = at + 1;
  }
}

double from_unit(const SweepParameter& p, double u) {
  if (p.log_scale) return std::exp(std::log(p.low) + u * (std::log(p.high) - std::log(p.low)));
  return p.low + u * (p.high - p.low);
}

}  // namespace

SweepParameter parse_sweep_parameter(const std::string& spec) {
  const std::size_t eq = spec.find('=');
  if (eq == std::string::npos || eq == 0) {
    throw std::invalid_argument(fmt::format("--param \"{}\": {}", spec, kForm));
  }
  SweepParameter p;
  p.name = spec.substr(0, eq);
  const std::string rest = spec.substr(eq + 1);
  if (rest.find(':') == std::string::npos) {
    for (const auto& v : split(rest, ',')) p.values.push_back(parse_number(v, spec));
    p.low = *std::min_element(p.values.begin(), p.values.end());
    p.high = *std::max_element(p.values.begin(), p.values.end());
    return p;
  }
  std::vector<std::string> parts = split(rest, ':');
  if (parts.back() == "log") {
    p.log_scale = true;
    parts.pop_back();
  }
  if (parts.size() < 2 || parts.size() > 3) {
    throw std::invalid_argument(fmt::format("--param \"{}\": {}", spec, kForm));
  }
  p.is_range = true;
  p.low = parse_number(parts[0], spec);
  p.high = parse_number(parts[1], spec);
  if (!(p.low < p.high)) {
    throw std::invalid_argument(
        fmt::format("--param \"{}\": low must be below high; {}", spec, kForm));
  }
  if (p.log_scale && p.low <= 0) {
    throw std::invalid_argument(
        fmt::format("--param \"{}\": a log scale needs a positive low end", spec));
  }
  if (parts.size() == 3) {
    const double levels = parse_number(parts[2], spec);
    if (levels < 2 || levels != std::floor(levels) || levels > 1e6) {
      throw std::invalid_argument(
          fmt::format("--param \"{}\": levels must be a whole number of at least 2", spec));
    }
    const auto n = static_cast<std::size_t>(levels);
    for (std::size_t i = 0; i < n; ++i) {
      p.values.push_back(from_unit(p, static_cast<double>(i) / static_cast<double>(n - 1)));
    }
    p.values.back() = p.high;  // exact ends whatever the rounding of the spacing
  }
  return p;
}

std::vector<std::vector<double>> sweep_points(const std::vector<SweepParameter>& parameters,
                                              SweepDesign design, std::size_t points,
                                              std::uint64_t seed) {
  if (parameters.empty()) throw std::invalid_argument("a sweep needs at least one --param");
  std::vector<std::vector<double>> out;
  if (design == SweepDesign::Grid) {
    std::size_t total = 1;
    for (const auto& p : parameters) {
      if (p.values.empty()) {
        throw std::invalid_argument(fmt::format(
            "--param {}: a grid needs levels (low:high:levels or a list of values)", p.name));
      }
      total *= p.values.size();
    }
    for (std::size_t i = 0; i < total; ++i) {
      std::vector<double> point(parameters.size());
      std::size_t rest = i;
      for (std::size_t k = parameters.size(); k-- > 0;) {
        point[k] = parameters[k].values[rest % parameters[k].values.size()];
        rest /= parameters[k].values.size();
      }
      out.push_back(std::move(point));
    }
    return out;
  }
  if (points < 1) throw std::invalid_argument("a Latin hypercube needs --points of at least 1");
  const RandomStream stream(seed, 0x5eed);
  out.assign(points, std::vector<double>(parameters.size()));
  for (std::size_t k = 0; k < parameters.size(); ++k) {
    const SweepParameter& p = parameters[k];
    if (!p.is_range) {
      throw std::invalid_argument(
          fmt::format("--param {}: a Latin hypercube needs a range low:high", p.name));
    }
    // A random permutation of the strata (Fisher-Yates), one per parameter.
    std::vector<std::size_t> stratum(points);
    std::iota(stratum.begin(), stratum.end(), 0);
    for (std::size_t i = points; i-- > 1;) {
      const auto j = stream.draw(k, i, SweepPurpose::Stratum).below(i + 1);
      std::swap(stratum[i], stratum[j]);
    }
    for (std::size_t i = 0; i < points; ++i) {
      const double u = (static_cast<double>(stratum[i]) +
                        stream.draw(k, i, SweepPurpose::WithinStratum).uniform()) /
                       static_cast<double>(points);
      out[i][k] = from_unit(p, u);
    }
  }
  return out;
}

}  // namespace unrest::ensemble
