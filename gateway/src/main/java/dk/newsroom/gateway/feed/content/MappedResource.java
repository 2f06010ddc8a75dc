package dk.newsroom.gateway.feed.content;

import dk.newsroom.gateway.feed.FeedItem;
import org.jspecify.annotations.Nullable;

/**
 * A resource read from its topic.
 *
 * @param version the {@code version} field of the resource
 * @param item the feed item, or {@code null} when the resource is not published (draft,
 * withdrawn, no publication time)
 */
public record MappedResource(long version, @Nullable FeedItem item) {

}
