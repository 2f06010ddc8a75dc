package dk.newsroom.gateway.feed;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An item held ready to serve: its key, the item and its JSON. The JSON is serialised
 * once, when it is first asked for, not on every request: an item the feed lets go before
 * anyone reads it (most of the records read while the gateway catches up with a long
 * topic) is never serialised. Two threads asking at once may both serialise it; the bytes
 * are the same and either is kept.
 * <p>
 * Each entry is its own: two entries are equal only if they are the same object.
 */
public final class FeedEntry {

	private final FeedKey key;

	private final FeedItem item;

	private final FeedItemSerializer serializer;

	private final byte @Nullable [] source;

	private volatile byte @Nullable [] json;

	/**
	 * @param key the position in the feed
	 * @param item the item (for filtering)
	 * @param serializer how its JSON is written, when it is first asked for
	 */
	public FeedEntry(FeedKey key, FeedItem item, FeedItemSerializer serializer) {
		this(key, item, serializer, null);
	}

	/**
	 * @param key the position in the feed
	 * @param item the item (for filtering)
	 * @param serializer how its JSON is written, when it is first asked for
	 * @param source the whole resource as read from its topic (UTF-8 JSON), if known
	 */
	public FeedEntry(FeedKey key, FeedItem item, FeedItemSerializer serializer, byte @Nullable [] source) {
		this.key = Objects.requireNonNull(key);
		this.item = Objects.requireNonNull(item);
		this.serializer = Objects.requireNonNull(serializer);
		this.source = source;
	}

	/** The position in the feed. */
	public FeedKey key() {
		return this.key;
	}

	/** The item (for filtering). */
	public FeedItem item() {
		return this.item;
	}

	/**
	 * The whole resource as its topic carried it (UTF-8 JSON, the record value the item
	 * was read from), or {@code null} when the entry was not read from a topic; never
	 * modify it. The reader site renders pages from it.
	 */
	public byte @Nullable [] source() {
		return this.source;
	}

	/** The item as UTF-8 JSON; never modify it. */
	public byte[] json() {
		byte[] json = this.json;
		if (json == null) {
			json = this.serializer.serialize(this.item);
			this.json = json;
		}
		return json;
	}

	@Override
	public String toString() {
		return "FeedEntry[" + this.key + "]";
	}

}
