package dk.newsroom.gateway.feed;

import java.time.Instant;
import java.util.Comparator;

/**
 * The position of an item in the feed: newest {@code publishedAt} first, ties broken by
 * type and then id. Cursors are keys, so a page starts strictly after the last key the
 * client saw (keyset paging), whatever was inserted meanwhile.
 */
public record FeedKey(Instant publishedAt, ContentType type, String id) implements Comparable<FeedKey> {

	private static final Comparator<FeedKey> ORDER = Comparator
		.comparing(FeedKey::publishedAt, Comparator.reverseOrder())
		.thenComparing(FeedKey::type)
		.thenComparing(FeedKey::id);

	public static FeedKey of(FeedItem item) {
		return new FeedKey(item.publishedAt(), item.type(), item.id());
	}

	/**
	 * The smallest key published at the given instant: every key at or after it (in feed
	 * order) was published at or before that instant.
	 */
	public static FeedKey firstPublishedAt(Instant instant) {
		return new FeedKey(instant, ContentType.values()[0], "");
	}

	@Override
	public int compareTo(FeedKey other) {
		return ORDER.compare(this, other);
	}

}
