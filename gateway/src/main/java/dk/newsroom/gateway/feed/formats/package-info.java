/**
 * The feed as JSON Feed 1.1, RSS 2.0 and Atom 1.0, built from the same pages and filters
 * as {@code /api/feed}.
 */
@NullMarked
package dk.newsroom.gateway.feed.formats;

import org.jspecify.annotations.NullMarked;
