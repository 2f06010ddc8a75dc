package dk.newsroom.gateway.feed;

import org.jspecify.annotations.Nullable;

/**
 * A new state of one resource as read from its topic.
 *
 * @param ref the resource
 * @param version the resource version ({@code ce_entityversion})
 * @param item the item to list, or {@code null} when the resource is deleted or not
 * published (draft, withdrawn)
 * @param source the record's value, the whole resource as UTF-8 JSON (what the reader
 * site renders a page from); {@code null} for a deletion (a tombstone) and for a change
 * that did not come from a topic. Never modify it.
 * @param partition the partition of the content type's topic the record was read from, or
 * {@code -1} when the change did not come from a topic
 * @param offset the record's offset in that partition, or {@code -1}
 */
public record FeedChange(ResourceRef ref, long version, @Nullable FeedItem item, byte @Nullable [] source,
		int partition, long offset) {

	/** A change that did not come from a topic (tests, tools). */
	public FeedChange(ResourceRef ref, long version, @Nullable FeedItem item) {
		this(ref, version, item, null, -1, -1);
	}

	public static FeedChange listed(FeedItem item) {
		return new FeedChange(item.ref(), item.version(), item);
	}

	public static FeedChange unlisted(ResourceRef ref, long version) {
		return new FeedChange(ref, version, null);
	}

	/** Whether the resource was deleted (rather than unpublished or edited). */
	public boolean isDeletion() {
		return this.item == null && this.source == null;
	}

	/** The same change, read from the given record of its type's topic. */
	public FeedChange at(int recordPartition, long recordOffset) {
		return new FeedChange(this.ref, this.version, this.item, this.source, recordPartition, recordOffset);
	}

	/** The same change, with the record value it was read from. */
	public FeedChange withSource(byte @Nullable [] recordValue) {
		return new FeedChange(this.ref, this.version, this.item, recordValue, this.partition, this.offset);
	}

	/** The same change without its item: the resource leaves the feed. */
	public FeedChange unlisting() {
		return new FeedChange(this.ref, this.version, null, this.source, this.partition, this.offset);
	}

}
