package dk.newsroom.gateway.feed;

import java.time.Clock;
import java.time.Instant;

/**
 * When an item of the feed is visible to readers: the one rule, and the clock it is read
 * by. An item is visible at an instant exactly when its {@code publishedAt} is not after
 * it, so an item scheduled for later becomes visible at its {@code publishedAt} without a
 * new record. Everything in the gateway that decides this asks here: the projection's
 * pages ({@link FeedProjection#page}), the event log's schedule (which releases scheduled
 * items to the stream and the changes journal) and the reader page's index.
 * <p>
 * In feed order (newest first) the visible keys are a tail: every key at or after
 * {@link #firstVisible} is visible, every key before it is not yet. Allocation-free
 * except for that bound; thread-safe.
 */
public final class FeedVisibility {

	private final Clock clock;

	public FeedVisibility(Clock clock) {
		this.clock = clock;
	}

	/** The instant to decide at: now, by the gateway's clock. */
	public Instant now() {
		return this.clock.instant();
	}

	/** Whether the item is visible at {@code now}. */
	public boolean isVisible(FeedItem item, Instant now) {
		return isVisibleAt(item.publishedAt(), now);
	}

	/** Whether the item at this key is visible at {@code now}. */
	public boolean isVisible(FeedKey key, Instant now) {
		return isVisibleAt(key.publishedAt(), now);
	}

	/**
	 * Whether an item published (or scheduled) at {@code publishedAt} is visible at
	 * {@code now}: the rule itself.
	 */
	public boolean isVisibleAt(Instant publishedAt, Instant now) {
		return !publishedAt.isAfter(now);
	}

	/**
	 * When the item becomes visible: the first instant at which
	 * {@link #isVisible(FeedItem, Instant)} holds.
	 */
	public Instant visibleFrom(FeedItem item) {
		return item.publishedAt();
	}

	/**
	 * When the item at this key becomes visible: the first instant at which
	 * {@link #isVisible(FeedKey, Instant)} holds.
	 */
	public Instant visibleFrom(FeedKey key) {
		return key.publishedAt();
	}

	/**
	 * The bound between what is not visible yet and what is, at {@code now}: the keys at
	 * or after it in feed order are visible, those before it are scheduled for later.
	 */
	public FeedKey firstVisible(Instant now) {
		return FeedKey.firstPublishedAt(now);
	}

}
