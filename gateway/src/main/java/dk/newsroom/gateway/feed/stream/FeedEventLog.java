package dk.newsroom.gateway.feed.stream;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;

/**
 * What readers of the feed see change, as a log of {@link FeedEvent}s: an item is added
 * when it is listed and due (at once, or when its scheduled time comes), changed when a
 * newer version replaces a visible one, removed when it leaves the feed. The last events
 * are held in a {@link FeedEventRing} for clients that resume, and every event is handed
 * to the connected {@link StreamClient}s.
 * <p>
 * Event ids are {@code <epoch>-<sequence>}: the epoch is random per log, so an id from
 * another gateway instance or from before a restart is recognised as unknown rather than
 * mistaken for a position in this log.
 * <p>
 * Thread-safe: the feed reader thread and the timer thread record events, request threads
 * subscribe clients; all under this log's lock, which is held only to update memory and
 * hand events to bounded client buffers.
 */
public final class FeedEventLog implements FeedProjection.Listener, AutoCloseable {

	private final Clock clock;

	private final DueTimer timer;

	private final FeedEventRing ring;

	private final String epoch;

	/** What readers see now, per resource. */
	private final Map<ResourceRef, FeedEntry> visible = new HashMap<>();

	/** Listed but not due yet, newest first: the last key is due first. */
	private final TreeMap<FeedKey, FeedEntry> schedule = new TreeMap<>();

	private final Map<ResourceRef, FeedKey> scheduled = new HashMap<>();

	private final Set<StreamClient> clients = new LinkedHashSet<>();

	/** The latest change of every resource, for {@link #changes}. */
	private final FeedJournal journal = new FeedJournal();

	private @Nullable Instant wakeUp;

	private boolean closed;

	FeedEventLog(Clock clock, DueTimer timer, int capacity) {
		this(clock, timer, capacity, Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36));
	}

	FeedEventLog(Clock clock, DueTimer timer, int capacity, String epoch) {
		this.clock = clock;
		this.timer = timer;
		this.ring = new FeedEventRing(capacity);
		this.epoch = epoch;
	}

	@Override
	public synchronized void applied(ResourceRef ref, @Nullable FeedEntry entry) {
		Instant now = this.clock.instant();
		release(now);
		FeedKey pending = this.scheduled.remove(ref);
		if (pending != null) {
			this.schedule.remove(pending);
		}
		if (entry != null && entry.item().publishedAt().isAfter(now)) {
			this.schedule.put(entry.key(), entry);
			this.scheduled.put(ref, entry.key());
			show(ref, null);
		}
		else {
			show(ref, entry);
		}
		armTimer(false);
	}

	/** Adds the scheduled items whose time has come; the timer calls this. */
	public synchronized void releaseDue() {
		release(this.clock.instant());
		armTimer(true);
	}

	/** The id of the newest event ({@code <epoch>-0} before the first). */
	public synchronized String lastId() {
		return id(this.ring.last());
	}

	String id(long sequence) {
		return this.epoch + "-" + sequence;
	}

	/**
	 * The feed's changes after a position of this log, each resource once with its latest
	 * state: what {@code GET /api/changes} serves. Positions are event ids, so the
	 * {@code Last-Event-ID} of the stream is one too.
	 * @param since an id of this log, or {@code null} to start from the beginning; an id
	 * of another log (or before a restart) starts from the beginning with
	 * {@link Changes#reset()} set
	 * @param limit how many changes at most
	 */
	public synchronized Changes changes(@Nullable String since, int limit) {
		Long sequence = (since != null) ? sequenceOf(since) : Long.valueOf(0);
		boolean reset = sequence == null || sequence > this.ring.last();
		List<Changes.Change> changes = this.journal.after(reset ? 0 : sequence, limit);
		boolean more = changes.size() > limit;
		if (more) {
			changes = changes.subList(0, limit);
		}
		long next = changes.isEmpty() ? this.ring.last() : changes.get(changes.size() - 1).sequence();
		return new Changes(reset, List.copyOf(changes), id(next), more);
	}

	/**
	 * Registers a client for the events after this call and tells it where it starts.
	 * @param client the client
	 * @param lastEventId the {@code Last-Event-ID} it resumes from, or {@code null}
	 * @return how it starts: fresh, resumed with the events it missed, or reset
	 */
	synchronized Start subscribe(StreamClient client, @Nullable String lastEventId) {
		long last = this.ring.last();
		Start start;
		if (lastEventId == null) {
			start = new Start(Start.Kind.READY, last, List.of());
		}
		else {
			Long sequence = sequenceOf(lastEventId);
			List<FeedEvent> missed = (sequence != null) ? this.ring.after(sequence) : null;
			start = (missed != null) ? new Start(Start.Kind.REPLAY, last, client.view(missed))
					: new Start(Start.Kind.RESET, last, List.of());
		}
		if (this.closed) {
			client.complete();
		}
		else {
			this.clients.add(client);
		}
		return start;
	}

	synchronized void unsubscribe(StreamClient client) {
		this.clients.remove(client);
	}

	synchronized int clientCount() {
		return this.clients.size();
	}

	/** Ends every client's stream. */
	@Override
	public synchronized void close() {
		this.closed = true;
		this.clients.forEach(StreamClient::complete);
		this.clients.clear();
	}

	private @Nullable Long sequenceOf(String lastEventId) {
		String prefix = this.epoch + "-";
		if (!lastEventId.startsWith(prefix)) {
			return null;
		}
		try {
			long sequence = Long.parseLong(lastEventId.substring(prefix.length()));
			return (sequence >= 0) ? sequence : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private void release(Instant now) {
		while (!this.schedule.isEmpty() && !this.schedule.lastKey().publishedAt().isAfter(now)) {
			FeedEntry due = Objects.requireNonNull(this.schedule.pollLastEntry()).getValue();
			this.scheduled.remove(due.item().ref());
			show(due.item().ref(), due);
		}
	}

	private void show(ResourceRef ref, @Nullable FeedEntry after) {
		FeedEntry before = (after != null) ? this.visible.put(ref, after) : this.visible.remove(ref);
		if (before == null && after == null) {
			return;
		}
		FeedEvent event = new FeedEvent(this.ring.last() + 1, ref, before, after);
		this.ring.append(event);
		this.journal.record(event.sequence(), ref, after);
		for (Iterator<StreamClient> it = this.clients.iterator(); it.hasNext();) {
			if (!it.next().offer(event)) {
				it.remove();
			}
		}
	}

	private void armTimer(boolean always) {
		Instant next = this.schedule.isEmpty() ? null : this.schedule.lastKey().publishedAt();
		if (always || !Objects.equals(next, this.wakeUp)) {
			this.wakeUp = next;
			this.timer.wakeUpAt(next, this::releaseDue);
		}
	}

	/**
	 * How a client's stream starts.
	 *
	 * @param kind fresh, resumed or reset
	 * @param sequence the newest event before the client's live events
	 * @param replay the events the client missed, through its filters (resumed only)
	 */
	record Start(Kind kind, long sequence, List<StreamEvent> replay) {

		enum Kind {

			/** No {@code Last-Event-ID}: live events only. */
			READY,
			/** The events after {@code Last-Event-ID}, then live ones. */
			REPLAY,
			/** {@code Last-Event-ID} is too old or unknown: reload, then live events. */
			RESET

		}

	}

}
