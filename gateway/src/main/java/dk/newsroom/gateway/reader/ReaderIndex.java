package dk.newsroom.gateway.reader;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.ResourceRef;
import dk.newsroom.gateway.reader.lists.EventProgramme;
import org.jspecify.annotations.Nullable;

/**
 * What the reader page needs to know about the feed besides its pages, kept current by
 * listening to the projection, so a rendering never walks the whole feed:
 * <ul>
 * <li>a {@link #version() change counter}, bumped by every change the projection applies:
 * a rendering made at one version is current until the next;</li>
 * <li>the items scheduled for later, by publication time, so a rendering knows when it
 * goes out of date without a change ({@link #nextChange}), together with the next start
 * of an event;</li>
 * <li>the upcoming events, from the site's one index of events by start time
 * ({@link EventProgramme}).</li>
 * </ul>
 * It holds only the future: items that are due are left out when they arrive and dropped
 * as time passes (when a rendering asks), so it never grows with the feed's past.
 * <p>
 * Thread-safe: the feed reader's thread applies changes, request threads read; both under
 * this object's lock, held only to update or read a few map entries.
 */
final class ReaderIndex implements FeedProjection.Listener {

	private static final Comparator<Timed> ORDER = Comparator.comparing(Timed::at).thenComparing(Timed::id);

	private final AtomicLong version = new AtomicLong();

	/**
	 * Items listed for later, by when they become visible, soonest first (type and id as
	 * the tie-break).
	 */
	private final TreeMap<Timed, ResourceRef> scheduled = new TreeMap<>(ORDER);

	private final Map<ResourceRef, Timed> scheduledByRef = new HashMap<>();

	private final FeedVisibility visibility;

	private final EventProgramme events;

	/**
	 * @param events the events by start time; it listens to the projection itself
	 */
	ReaderIndex(FeedVisibility visibility, EventProgramme events) {
		this.visibility = visibility;
		this.events = events;
	}

	@Override
	public void applied(FeedChange change, @Nullable FeedEntry entry) {
		ResourceRef ref = change.ref();
		FeedItem item = (entry != null) ? entry.item() : null;
		Instant now = this.visibility.now();
		synchronized (this) {
			Timed wasScheduled = this.scheduledByRef.remove(ref);
			if (wasScheduled != null) {
				this.scheduled.remove(wasScheduled);
			}
			if (item != null && !this.visibility.isVisible(item, now)) {
				Timed at = new Timed(this.visibility.visibleFrom(item), ref.type().wireName() + '|' + ref.id());
				this.scheduled.put(at, ref);
				this.scheduledByRef.put(ref, at);
			}
		}
		// After the index is updated: a rendering that saw the old version may have seen
		// the old index, never the reverse.
		this.version.incrementAndGet();
	}

	/** Changes every time the projection applies a change. */
	long version() {
		return this.version.get();
	}

	/**
	 * The published events that start after {@code now}, soonest first (ties by id).
	 * @param now the time of the rendering
	 * @param max how many at most
	 */
	List<FeedItem> upcomingEvents(Instant now, int max) {
		return this.events.startingAfter(now, max);
	}

	/**
	 * The first moment after {@code now} at which the feed changes without a new record:
	 * an item scheduled for later becomes due, or an event starts (and leaves "Kommende
	 * arrangementer").
	 * @param now the time of the rendering
	 * @return that moment, or {@code null} when nothing is scheduled and no event is
	 * upcoming
	 */
	@Nullable Instant nextChange(Instant now) {
		Instant next;
		synchronized (this) {
			forget(now);
			next = this.scheduled.isEmpty() ? null : this.scheduled.firstKey().at();
		}
		Instant start = this.events.nextStart(now);
		return (start != null && (next == null || start.isBefore(next))) ? start : next;
	}

	/** Drops the items that are visible by {@code now}. */
	private void forget(Instant now) {
		for (Iterator<Map.Entry<Timed, ResourceRef>> it = this.scheduled.entrySet().iterator(); it.hasNext();) {
			Map.Entry<Timed, ResourceRef> due = it.next();
			if (!this.visibility.isVisibleAt(due.getKey().at(), now)) {
				break;
			}
			this.scheduledByRef.remove(due.getValue(), due.getKey());
			it.remove();
		}
	}

	/** A moment and a tie-break. */
	private record Timed(Instant at, String id) {

	}

}
