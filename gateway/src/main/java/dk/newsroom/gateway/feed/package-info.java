/**
 * The unified feed: an in-memory, version-checked projection of the content topics, read
 * newest first by keyset.
 */
@NullMarked
package dk.newsroom.gateway.feed;

import org.jspecify.annotations.NullMarked;
