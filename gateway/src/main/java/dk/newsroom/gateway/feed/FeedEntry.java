package dk.newsroom.gateway.feed;

/**
 * An item held ready to serve: its key, the item and its JSON, serialised once when the
 * change was applied rather than on every request.
 *
 * @param key the position in the feed
 * @param item the item (for filtering)
 * @param json the item as UTF-8 JSON; never modify it
 */
public record FeedEntry(FeedKey key, FeedItem item, byte[] json) {

}
