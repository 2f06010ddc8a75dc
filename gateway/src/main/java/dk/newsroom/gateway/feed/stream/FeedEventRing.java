package dk.newsroom.gateway.feed.stream;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The last events, oldest overwritten first. Sequences are consecutive, starting at 1.
 * Not thread-safe: {@link FeedEventLog} guards it.
 */
final class FeedEventRing {

	private final @Nullable FeedEvent[] events;

	private long last;

	FeedEventRing(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be positive");
		}
		this.events = new FeedEvent[capacity];
	}

	/** The sequence of the newest event, 0 before the first. */
	long last() {
		return this.last;
	}

	/** The sequence of the oldest event held (the one after {@link #last()} if none). */
	long oldest() {
		return Math.max(1, this.last - this.events.length + 1);
	}

	void append(FeedEvent event) {
		if (event.sequence() != this.last + 1) {
			throw new IllegalArgumentException("Expected sequence " + (this.last + 1) + " but got " + event.sequence());
		}
		this.events[index(event.sequence())] = event;
		this.last = event.sequence();
	}

	/**
	 * The events after the given one, oldest first.
	 * @param sequence the last event a client saw (0 for none)
	 * @return the events after it, or {@code null} when some of them are no longer held
	 * or the sequence was never issued
	 */
	@Nullable List<FeedEvent> after(long sequence) {
		if (sequence < oldest() - 1 || sequence > this.last) {
			return null;
		}
		List<FeedEvent> after = new ArrayList<>((int) (this.last - sequence));
		for (long next = sequence + 1; next <= this.last; next++) {
			FeedEvent event = this.events[index(next)];
			if (event != null) {
				after.add(event);
			}
		}
		return after;
	}

	private int index(long sequence) {
		return (int) ((sequence - 1) % this.events.length);
	}

}
