/**
 * Live streams: many concurrent {@code GET /api/feed/stream} connections, the delay from
 * a publish to its {@code added} event on each, and the gateway's heap per stream.
 */
package dk.newsroom.bench.streams;
