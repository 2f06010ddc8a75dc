package dk.newsroom.gateway.feed;

import org.jspecify.annotations.Nullable;

/**
 * A new state of one resource as read from its topic.
 *
 * @param ref the resource
 * @param version the resource version ({@code ce_entityversion})
 * @param item the item to list, or {@code null} when the resource is deleted or not
 * published (draft, withdrawn)
 * @param partition the partition of the content type's topic the record was read from, or
 * {@code -1} when the change did not come from a topic
 * @param offset the record's offset in that partition, or {@code -1}
 */
public record FeedChange(ResourceRef ref, long version, @Nullable FeedItem item, int partition, long offset) {

	/** A change that did not come from a topic (tests, tools). */
	public FeedChange(ResourceRef ref, long version, @Nullable FeedItem item) {
		this(ref, version, item, -1, -1);
	}

	public static FeedChange listed(FeedItem item) {
		return new FeedChange(item.ref(), item.version(), item);
	}

	public static FeedChange unlisted(ResourceRef ref, long version) {
		return new FeedChange(ref, version, null);
	}

	/** The same change, read from the given record of its type's topic. */
	public FeedChange at(int recordPartition, long recordOffset) {
		return new FeedChange(this.ref, this.version, this.item, recordPartition, recordOffset);
	}

}
