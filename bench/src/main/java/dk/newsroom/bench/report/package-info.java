/**
 * The report of a run: what ran where, and every figure, as markdown and as JSON.
 */
package dk.newsroom.bench.report;
