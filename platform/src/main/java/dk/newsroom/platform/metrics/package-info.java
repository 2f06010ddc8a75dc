/**
 * Meters every content service shares: its content writes by operation and outcome.
 */
package dk.newsroom.platform.metrics;
