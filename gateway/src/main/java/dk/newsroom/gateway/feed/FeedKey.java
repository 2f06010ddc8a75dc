package dk.newsroom.gateway.feed;

import java.time.Instant;

/**
 * The position of an item in the feed: newest {@code publishedAt} first, ties broken by
 * type and then id. Cursors are keys, so a page starts strictly after the last key the
 * client saw (keyset paging), whatever was inserted meanwhile.
 */
public record FeedKey(Instant publishedAt, ContentType type, String id) implements Comparable<FeedKey> {

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

	/**
	 * Written out rather than composed from {@link java.util.Comparator}s: every insert
	 * and removal of the feed's skip lists compares keys about twenty times, and the
	 * composed comparator was the largest single cost of the feed reader catching up with
	 * a long topic.
	 */
	@Override
	public int compareTo(FeedKey other) {
		int order = other.publishedAt.compareTo(this.publishedAt);
		if (order == 0) {
			order = this.type.compareTo(other.type);
		}
		return (order != 0) ? order : this.id.compareTo(other.id);
	}

}
