/**
 * The benchmark ({@code scripts/bench.sh}, docs/performance.md): each measure side by
 * side with its baseline in the same run, after a warm-up, and the ratios against the
 * targets.
 */
package dk.newsroom.bench.perf;
