package dk.newsroom.gateway.feed;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the feed.
 *
 * @param entries the items, newest first
 * @param next the key to continue after, or {@code null} when no further item matches
 * @param older on the last page ({@code next} is {@code null}): whether older items of
 * the query's types were let go by the horizon, so the services' own lists hold more
 */
public record FeedPage(List<FeedEntry> entries, @Nullable FeedKey next, boolean older) {

}
