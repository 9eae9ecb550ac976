// Scheduling priority of the indexing pipeline's threads.
#pragma once

namespace newsindex {

// Makes the calling thread yield the CPU to the process's other threads when both want it: its
// nice value becomes the process's plus `increment` (at most 19). Returns false, and changes
// nothing, for an increment of 0 or where threads cannot have their own priority.
//
// The shard writers are the pipeline's bottleneck (each Xapian shard takes one thread), while
// the analysis workers have time to spare. At equal priority the scheduler shares a core between
// a writer and a worker and the writer waits; at a lower priority the workers run when a writer
// waits for input or for the disk. This cut newsindex add on reuters21578 by about a tenth with
// extraction (bench/index_throughput.sh, README "Benchmarks"). The price: the workers also yield
// to other busy programs of the same session, so on a machine kept busy the run slows down;
// `newsindex add --analysis-nice 0` keeps them at the writers' priority.
[[nodiscard]] bool lower_this_thread_priority(int increment);

inline constexpr int kDefaultAnalysisNice = 10;

}  // namespace newsindex
