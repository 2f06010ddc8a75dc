package dk.newsroom.gateway.feed.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;

/**
 * What readers of the feed see change, as a log of {@link FeedEvent}s: an item is added
 * when it is listed and visible (at once, or when its scheduled time comes), changed when
 * a newer version replaces a visible one, removed when it leaves the feed. The log wires
 * four parts together: the {@link FeedSchedule} holds what is not visible yet (as
 * {@link FeedVisibility} decides) and wakes the log when it is; the last events are held
 * in a {@link FeedEventRing} for clients that resume; every event is handed to the
 * connected clients ({@link StreamClients}); and the {@link FeedJournal} keeps every
 * resource's latest change for {@link #changes}. What readers see now, per resource, is
 * the log's own state, from which it makes the events.
 * <p>
 * Positions (event ids, {@code since} tokens) are {@link FeedPosition}s: taken from the
 * topics' partition offsets and the release of scheduled items, not from this process, so
 * a client resumes on any gateway replica, and after a restart, without a reset.
 * <p>
 * Threads: the feed reader thread and the timer thread write; they take the hand-over
 * lock (which orders the events they hand to clients) and, briefly, the state lock
 * (memory updates only: the visible entries, the schedule, the ring's appends, the
 * journal and the position). Request threads never take the hand-over lock: subscribing,
 * unsubscribing and resuming read the ring and the client set without a lock, and
 * {@link #changes} takes the state lock only to read the journal.
 */
public final class FeedEventLog implements FeedProjection.Listener, AutoCloseable {

	private final FeedVisibility visibility;

	/** Guards the state below: held by writers to update it, by readers of changes. */
	private final Object state = new Object();

	/** Orders the hand-over of events to clients; only the writers take it. */
	private final ReentrantLock handOver = new ReentrantLock();

	/** What readers see now, per resource. */
	private final Map<ResourceRef, ShownEntry> visible = new HashMap<>();

	/** Listed but not visible yet. */
	private final FeedSchedule schedule;

	/** Appended under the state lock, read without a lock. */
	private final FeedEventRing ring;

	/** The latest change of every resource, for {@link #changes}. */
	private final FeedJournal journal = new FeedJournal();

	private final StreamClients clients = new StreamClients();

	private FeedPosition position = FeedPosition.START;

	/** The newest event and the position after it (and after any release since). */
	private volatile Head head = new Head(0, FeedPosition.START);

	FeedEventLog(FeedVisibility visibility, DueTimer timer, int capacity) {
		this.visibility = visibility;
		this.schedule = new FeedSchedule(visibility, timer);
		this.ring = new FeedEventRing(capacity);
	}

	@Override
	public void applied(FeedChange change, @Nullable FeedEntry entry) {
		this.handOver.lock();
		try {
			List<FeedEvent> events = new ArrayList<>(2);
			synchronized (this.state) {
				Instant now = this.visibility.now();
				release(now, events);
				ResourceRef ref = change.ref();
				this.schedule.cancel(ref);
				this.position = this.position.afterRecord(ref.type(), change.partition(), change.offset());
				ShownEntry shown = (entry != null) ? new ShownEntry(entry, change.partition(), change.offset()) : null;
				if (shown != null && this.schedule.holdUntilVisible(ref, shown, now)) {
					show(ref, null, change.partition(), change.offset(), null, events);
				}
				else {
					show(ref, shown, change.partition(), change.offset(), null, events);
				}
				this.head = new Head(this.ring.last(), this.position);
				this.schedule.arm(false, this::releaseDue);
			}
			this.clients.handOver(events);
		}
		finally {
			this.handOver.unlock();
		}
	}

	/**
	 * Drops what the projection let go: not a change readers are told about (the item
	 * still exists at its service), but {@link #changes} clients that had not seen the
	 * resource's last change are told to reset.
	 */
	@Override
	public void forgotten(ResourceRef ref, @Nullable FeedEntry entry) {
		synchronized (this.state) {
			if (entry != null) {
				ShownEntry shown = this.visible.get(ref);
				if (shown != null && shown.entry() == entry) {
					this.visible.remove(ref);
				}
				this.schedule.forget(ref, entry);
			}
			this.journal.forget(ref);
		}
	}

	/** Adds the scheduled items that became visible; the timer calls this. */
	public void releaseDue() {
		this.handOver.lock();
		try {
			List<FeedEvent> events = new ArrayList<>();
			synchronized (this.state) {
				release(this.visibility.now(), events);
				this.head = new Head(this.ring.last(), this.position);
				this.schedule.arm(true, this::releaseDue);
			}
			this.clients.handOver(events);
		}
		finally {
			this.handOver.unlock();
		}
	}

	/** The position after the newest event: what a client starting now has seen. */
	public String lastId() {
		return this.head.position().token();
	}

	/**
	 * The feed's changes after a position, each resource once with its latest state: what
	 * {@code GET /api/changes} serves. Positions are the stream's event ids too.
	 * @param since a position token, or {@code null} to start from the beginning; a token
	 * that is not a position (malformed, or of an older format), or one from before a
	 * change that was since forgotten (see {@link #forgotten}), starts from the beginning
	 * with {@link Changes#reset()} set
	 * @param limit how many changes at most
	 */
	public Changes changes(@Nullable String since, int limit) {
		FeedPosition seen = (since != null) ? FeedPosition.parse(since) : FeedPosition.START;
		boolean reset;
		FeedJournal.Page page;
		synchronized (this.state) {
			// A partial position (mid paged read) is not checked: the read it belongs to
			// started from a checked one, and its own pages skip what was forgotten.
			reset = seen == null || (since != null && !seen.partial() && this.journal.lost(seen));
			page = this.journal.after(reset ? FeedPosition.START : seen, this.position, limit);
		}
		return new Changes(reset, List.copyOf(page.changes()), page.next().token(), page.more());
	}

	/**
	 * Registers a client for the events after this call and tells it where it starts.
	 * Takes no lock: the events it missed are read from the ring.
	 * @param client the client
	 * @param lastEventId the {@code Last-Event-ID} it resumes from, or {@code null}
	 * @return how it starts: fresh, resumed with the events it missed, or reset
	 */
	Start subscribe(StreamClient client, @Nullable String lastEventId) {
		// Registered before the head is read: every event after the head reaches it.
		this.clients.add(client);
		Head start = this.head;
		if (lastEventId == null) {
			return new Start(Start.Kind.READY, start.sequence(), start.position(), null, List.of());
		}
		FeedPosition seen = FeedPosition.parse(lastEventId);
		List<StreamEvent> missed = (seen != null)
				? this.ring.unseen(seen, start.sequence(), client::view, client.bufferSize()) : null;
		if (missed == null) {
			return new Start(Start.Kind.RESET, start.sequence(), start.position(), null, List.of());
		}
		return new Start(Start.Kind.REPLAY, start.sequence(), start.position(), seen, missed);
	}

	/** How many resources the changes journal holds. */
	int journalSize() {
		synchronized (this.state) {
			return this.journal.size();
		}
	}

	/** The sequence of the newest event in this log (0 before the first). */
	long lastSequence() {
		return this.head.sequence();
	}

	void unsubscribe(StreamClient client) {
		this.clients.remove(client);
	}

	int clientCount() {
		return this.clients.count();
	}

	/**
	 * Accepts streams again after {@link #close()}: a gateway started again after a stop
	 * (the test framework pauses and resumes cached applications).
	 */
	void reopen() {
		this.handOver.lock();
		try {
			this.clients.open();
		}
		finally {
			this.handOver.unlock();
		}
	}

	/**
	 * Ends every client's stream, and those of clients that come later, until reopened.
	 */
	@Override
	public void close() {
		this.handOver.lock();
		try {
			this.clients.close();
		}
		finally {
			this.handOver.unlock();
		}
	}

	/**
	 * Tells how long each hand-over of new events to every client took (set before the
	 * first change).
	 * @param nanos told the duration in nanoseconds, on the writer's thread
	 */
	void measureHandOver(LongConsumer nanos) {
		this.clients.measureHandOver(nanos);
	}

	/**
	 * Shows the scheduled items that are visible at {@code now}, oldest first, and moves
	 * the position past every key released by then.
	 */
	private void release(Instant now, List<FeedEvent> events) {
		for (ShownEntry due = this.schedule.pollVisible(now); due != null; due = this.schedule.pollVisible(now)) {
			FeedKey key = due.entry().key();
			this.position = this.position.releasedTo(key);
			show(due.entry().item().ref(), due, due.partition(), due.offset(), key, events);
		}
		this.position = this.position.releasedTo(this.visibility.firstVisible(now));
	}

	private void show(ResourceRef ref, @Nullable ShownEntry after, int partition, long offset,
			@Nullable FeedKey release, List<FeedEvent> events) {
		ShownEntry before = (after != null) ? this.visible.put(ref, after) : this.visible.remove(ref);
		if (before == null && after == null) {
			return;
		}
		FeedEvent event = new FeedEvent(this.ring.last() + 1, ref, (before != null) ? before.entry() : null,
				(after != null) ? after.entry() : null, partition, offset, release, this.position);
		this.ring.append(event);
		this.journal.record(event);
		events.add(event);
	}

	private record Head(long sequence, FeedPosition position) {

	}

	/**
	 * How a client's stream starts.
	 *
	 * @param kind fresh, resumed or reset
	 * @param sequence the newest event before the client's live events
	 * @param position the position after that event: the id of {@code ready} and
	 * {@code reset}
	 * @param seen for a resumed client, the position it resumed from: live events it has
	 * seen (from a replica further on than this one) are not sent again
	 * @param replay the events the client missed, through its filters (resumed only)
	 */
	record Start(Kind kind, long sequence, FeedPosition position, @Nullable FeedPosition seen,
			List<StreamEvent> replay) {

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
