/**
 * What the measures share about the local stack: tokens from {@code ./dev-token.sh}, the
 * gateway's JVM (forced GC, heap and feed gauges from its management port), writing
 * articles, and HTTP clients.
 */
package dk.newsroom.bench.stack;
