/**
 * The gateway's search index: a Lucene index built from the same records as the feed
 * projection, with the same version rule and visibility, kept live from the content
 * topics; in memory or on disk. See {@code docs/search.md}.
 */
@NullMarked
package dk.newsroom.gateway.search.index;

import org.jspecify.annotations.NullMarked;
