// Scheduling priority of the indexing pipeline's threads.
#pragma once

namespace newsindex {

// Makes the calling thread yield the CPU to the process's other threads when both want it: its
// nice value becomes the process's plus kAnalysisNiceIncrement (at most 19). Returns false, and
// changes nothing, where threads cannot have their own priority.
//
// The shard writers are the pipeline's bottleneck (each Xapian shard takes one thread), while
// the analysis workers have time to spare. At equal priority the scheduler shares a core between
// a writer and a worker and the writer waits; at a lower priority the workers run when a writer
// waits for input or for the disk. This cut newsindex add on reuters21578 by about a tenth with
// extraction, at --jobs 1 and 2 alike (bench/index_throughput.sh, README "Benchmarks").
[[nodiscard]] bool lower_this_thread_priority();

inline constexpr int kAnalysisNiceIncrement = 10;

}  // namespace newsindex
