/**
 * The load script ({@code scripts/load.sh}, docs/load.md): runs the selected measures
 * against the running local stack and writes their report.
 */
@NullMarked
package dk.newsroom.bench.load;

import org.jspecify.annotations.NullMarked;
