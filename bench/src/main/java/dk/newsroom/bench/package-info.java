/**
 * What the load script ({@link dk.newsroom.bench.load}, docs/load.md) and the benchmark
 * ({@link dk.newsroom.bench.perf}, docs/performance.md) share: the measures and options,
 * status counts and latencies. It depends on none of the packages that use it.
 */
package dk.newsroom.bench;
