package dk.newsroom.gateway.feed.stream;

import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;

/**
 * One change of what the feed shows: an item became visible, changed while visible, or
 * left the feed. At least one of {@code before} and {@code after} is set.
 *
 * @param sequence the position in this gateway's log, one more than the event before
 * @param ref the resource
 * @param before the entry readers saw until now, or {@code null} if none
 * @param after the entry readers see from now on, or {@code null} if none
 * @param partition the partition of the record behind the change ({@code -1}: not from a
 * topic)
 * @param offset the record's offset
 * @param release the item's key when the change is the release of a scheduled item whose
 * time came, {@code null} when the record itself made the change
 * @param position the position after this event: its id on the stream
 * @param frames the event as encoded for the streams, made once
 */
public record FeedEvent(long sequence, ResourceRef ref, @Nullable FeedEntry before, @Nullable FeedEntry after,
		int partition, long offset, @Nullable FeedKey release, FeedPosition position, EventFrames frames) {

	public FeedEvent(long sequence, ResourceRef ref, @Nullable FeedEntry before, @Nullable FeedEntry after,
			int partition, long offset, @Nullable FeedKey release, FeedPosition position) {
		this(sequence, ref, before, after, partition, offset, release, position, new EventFrames());
	}

	public FeedEvent {
		if (before == null && after == null) {
			throw new IllegalArgumentException("An event needs an entry before or after it");
		}
	}

	/** Whether a client at the given position has seen this change. */
	public boolean isCoveredBy(FeedPosition seen) {
		return seen.covers(this.ref.type(), this.partition, this.offset, this.release);
	}

	/** What the change is for a reader of the whole feed. */
	public Kind kind() {
		return kindFor(null);
	}

	/**
	 * What the change is for a reader of the filtered feed: an item that starts to match
	 * the filters is added, one that stops matching is removed.
	 * @param query the reader's filters, or {@code null} for the whole feed
	 * @return the kind, or {@code null} when the reader sees no change
	 */
	public @Nullable Kind kindFor(@Nullable FeedQuery query) {
		boolean wasShown = this.before != null && (query == null || query.matches(this.before.item()));
		boolean isShown = this.after != null && (query == null || query.matches(this.after.item()));
		if (wasShown && isShown) {
			return Kind.CHANGED;
		}
		if (isShown) {
			return Kind.ADDED;
		}
		return wasShown ? Kind.REMOVED : null;
	}

	/** The SSE event types of item changes. */
	public enum Kind {

		ADDED("added"), CHANGED("changed"), REMOVED("removed");

		private final String eventName;

		Kind(String eventName) {
			this.eventName = eventName;
		}

		/** The SSE {@code event:} name. */
		public String eventName() {
			return this.eventName;
		}

	}

}
