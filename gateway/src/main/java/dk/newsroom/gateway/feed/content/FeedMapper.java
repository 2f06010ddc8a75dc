package dk.newsroom.gateway.feed.content;

import dk.newsroom.gateway.feed.ContentType;

/**
 * Turns the resource JSON of one content type's topic into a feed item. Supporting a new
 * content type means adding one implementation as a bean; the reader picks up its topic.
 */
public interface FeedMapper {

	ContentType type();

	/**
	 * Reads one record value.
	 * @param id the resource id (the record key)
	 * @param json the full resource as UTF-8 JSON
	 * @return the resource's version and its feed item, if it belongs in the feed
	 * @throws RuntimeException if the value cannot be read
	 */
	MappedResource map(String id, byte[] json);

}
