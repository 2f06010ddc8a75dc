/**
 * The reader page at {@code /}: the unified feed as a news front page, rendered from
 * memory.
 */
@NullMarked
package dk.newsroom.gateway.reader;

import org.jspecify.annotations.NullMarked;
