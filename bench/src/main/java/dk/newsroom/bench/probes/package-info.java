/**
 * Rate limit probes: many requests to {@code /api/feed} with a non-bearer
 * {@code Authorization} header, with an invalid bearer token, and anonymous.
 */
package dk.newsroom.bench.probes;
