/**
 * What a reader may ask of the feed, shared by every endpoint that lists it (the page,
 * the formats, the live stream, the reader page): its parameters and their rules, the
 * opaque cursor, and the RFC 9457 problem that names each rejected parameter.
 */
@NullMarked
package dk.newsroom.gateway.feed.query;

import org.jspecify.annotations.NullMarked;
