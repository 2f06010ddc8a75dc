package dk.newsroom.gateway.feed;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the feed.
 *
 * @param entries the items, newest first
 * @param next the key to continue after, or {@code null} when no further item matches
 */
public record FeedPage(List<FeedEntry> entries, @Nullable FeedKey next) {

}
