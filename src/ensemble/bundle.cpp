#include "unrest/ensemble/bundle.hpp"

#include <cstdint>
#include <cstring>
#include <stdexcept>

namespace unrest::ensemble {

namespace {

void put_length(std::string& out, std::uint64_t n) {
  char bytes[sizeof n];
  std::memcpy(bytes, &n, sizeof n);
  out.append(bytes, sizeof n);
}

std::string_view take(std::string_view& text, std::size_t n) {
  if (text.size() < n) throw std::runtime_error("truncated job result");
  const std::string_view head = text.substr(0, n);
  text.remove_prefix(n);
  return head;
}

std::uint64_t take_length(std::string_view& text) {
  std::uint64_t n = 0;
  const std::string_view bytes = take(text, sizeof n);
  std::memcpy(&n, bytes.data(), sizeof n);
  return n;
}

}  // namespace

const std::string& Bundle::at(std::string_view name) const {
  for (const auto& [n, content] : files) {
    if (n == name) return content;
  }
  throw std::out_of_range("no file " + std::string(name) + " in the job's result");
}

std::string Bundle::encode() const {
  std::string out;
  put_length(out, files.size());
  for (const auto& [name, content] : files) {
    put_length(out, name.size());
    out += name;
    put_length(out, content.size());
    out += content;
  }
  return out;
}

Bundle Bundle::decode(std::string_view text) {
  Bundle b;
  const std::uint64_t count = take_length(text);
  for (std::uint64_t i = 0; i < count; ++i) {
    std::string name(take(text, take_length(text)));
    std::string content(take(text, take_length(text)));
    b.add(std::move(name), std::move(content));
  }
  if (!text.empty()) throw std::runtime_error("trailing bytes after a job result");
  return b;
}

}  // namespace unrest::ensemble
