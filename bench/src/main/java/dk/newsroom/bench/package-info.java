/**
 * The load script against the running local stack ({@code scripts/load.sh}, see
 * docs/load.md): {@link dk.newsroom.bench.LoadScript} runs the selected measures, one
 * package each, and writes the report.
 */
package dk.newsroom.bench;
