#pragma once
/// \file
/// The number of OpenMP threads a run uses. Results never depend on it.

namespace unrest {

/// Sets the thread count for parallel regions that follow (0: OpenMP's default).
void set_thread_count(int threads);
/// The thread count parallel regions will use.
int thread_count();

}  // namespace unrest
