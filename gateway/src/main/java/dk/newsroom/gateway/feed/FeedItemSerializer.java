package dk.newsroom.gateway.feed;

/** Turns an item into the UTF-8 JSON the API serves. */
@FunctionalInterface
public interface FeedItemSerializer {

	byte[] serialize(FeedItem item);

}
