package dk.newsroom.gateway.feed.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The last events, oldest overwritten first. Sequences are consecutive, starting at 1.
 * One thread at a time appends ({@link FeedEventLog} orders its writers); any number of
 * threads read at the same time without a lock.
 */
final class FeedEventRing {

	private final AtomicReferenceArray<@Nullable FeedEvent> events;

	private volatile long last;

	/** Covers every event no longer held: the position after the newest one dropped. */
	private volatile FeedPosition horizon = FeedPosition.START;

	FeedEventRing(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be positive");
		}
		this.events = new AtomicReferenceArray<>(capacity);
	}

	/** The sequence of the newest event, 0 before the first. */
	long last() {
		return this.last;
	}

	/** The sequence of the oldest event held (the one after {@link #last()} if none). */
	long oldest() {
		return Math.max(1, this.last - this.events.length() + 1);
	}

	void append(FeedEvent event) {
		long expected = this.last + 1;
		if (event.sequence() != expected) {
			throw new IllegalArgumentException("Expected sequence " + expected + " but got " + event.sequence());
		}
		int index = index(event.sequence());
		FeedEvent dropped = this.events.get(index);
		if (dropped != null) {
			this.horizon = dropped.position();
		}
		this.events.set(index, event);
		this.last = event.sequence();
	}

	/**
	 * What a client that has seen everything up to a position has not seen of the events
	 * up to {@code upTo}, through its view; built outside any lock, capped.
	 * @param seen the client's position
	 * @param upTo the newest event to look at
	 * @param view what the client sees of an event, or {@code null} for nothing
	 * @param cap how many events at most
	 * @return the events, oldest first; {@code null} when some it has not seen are no
	 * longer held, or there are more than {@code cap}
	 */
	<T> @Nullable List<T> unseen(FeedPosition seen, long upTo, Function<FeedEvent, @Nullable T> view, int cap) {
		List<T> unseen = new ArrayList<>();
		for (long sequence = oldest(); sequence <= upTo; sequence++) {
			FeedEvent event = this.events.get(index(sequence));
			if (event == null || event.sequence() != sequence) {
				continue; // dropped while we read: the horizon below covers it
			}
			if (!event.isCoveredBy(seen)) {
				T seenAs = view.apply(event);
				if (seenAs != null) {
					if (unseen.size() == cap) {
						return null;
					}
					unseen.add(seenAs);
				}
			}
		}
		// Events dropped before (or while) we read must have been seen too.
		return seen.isAtOrAfter(this.horizon) ? unseen : null;
	}

	private int index(long sequence) {
		return (int) ((sequence - 1) % this.events.length());
	}

}
