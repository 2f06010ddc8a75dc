/**
 * Routed reads: N concurrent readers, closed loop, on a routed list and a routed item,
 * through the gateway and straight at articles-service, side by side.
 */
package dk.newsroom.bench.routed;
