package dk.newsroom.gateway.feed;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;

/**
 * The feed, held in memory and built from the content topics.
 * <p>
 * Applies the version rule of the Kafka contract: per resource it keeps the highest
 * version seen and ignores older or equal ones, so duplicates are harmless and a resource
 * deleted at version n cannot come back with a version up to n. It stores every published
 * item, including those scheduled for later, and decides at read time which are due, so a
 * scheduled item appears when its time comes without a new record.
 * <p>
 * Thread-safe: one thread applies changes while any number of threads read pages. Readers
 * see a weakly consistent view, never a torn item.
 */
public final class FeedProjection {

	private final ConcurrentNavigableMap<FeedKey, FeedEntry> items = new ConcurrentSkipListMap<>();

	/** The items again by type, tag and section, for filtered pages. */
	private final FeedIndexes indexes = new FeedIndexes();

	/** Per resource: the highest version applied and where it is listed, if it is. */
	private final ConcurrentMap<ResourceRef, Applied> applied = new ConcurrentHashMap<>();

	private final Clock clock;

	private final FeedItemSerializer serializer;

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	public FeedProjection(Clock clock, FeedItemSerializer serializer) {
		this.clock = clock;
		this.serializer = serializer;
	}

	/**
	 * Applies a change unless a newer or equal version of the resource was applied
	 * before.
	 * @param change the new state of a resource
	 * @return whether the change was applied
	 */
	public boolean apply(FeedChange change) {
		if (isStale(change)) {
			return false;
		}
		// Serialise outside the map's lock; the version is checked again inside it.
		FeedEntry entry = (change.item() != null) ? toEntry(change.item()) : null;
		boolean[] done = { false };
		this.applied.compute(change.ref(), (ref, current) -> {
			if (current != null && current.version() >= change.version()) {
				return current;
			}
			replace((current != null) ? current.key() : null, entry);
			done[0] = true;
			return new Applied(change.version(), (entry != null) ? entry.key() : null);
		});
		if (done[0]) {
			for (Listener listener : this.listeners) {
				listener.applied(change, entry);
			}
		}
		return done[0];
	}

	/**
	 * Registers a listener for every change applied from now on. Register before the
	 * first change is applied to see them all.
	 * @param listener the listener
	 */
	public void addListener(Listener listener) {
		this.listeners.add(listener);
	}

	/**
	 * Reads one page: the due items after the query's key that match its filters, newest
	 * first.
	 * @param query the filters, page size and position
	 * @return the page, with the key to continue after if more items match
	 */
	public FeedPage page(FeedQuery query) {
		FeedKey due = FeedKey.firstPublishedAt(this.clock.instant());
		FeedKey after = query.after();
		// A tag, section or single type walks its index, not the whole feed.
		ConcurrentNavigableMap<FeedKey, FeedEntry> indexed = this.indexes.candidates(query);
		ConcurrentNavigableMap<FeedKey, FeedEntry> all = (indexed != null) ? indexed : this.items;
		ConcurrentNavigableMap<FeedKey, FeedEntry> candidates = (after != null && after.compareTo(due) >= 0)
				? all.tailMap(after, false) : all.tailMap(due, true);
		List<FeedEntry> entries = new ArrayList<>(Math.min(query.limit(), 64));
		// An item whose publishedAt changes while we iterate may be met at its old key
		// and at its new one; list it once.
		Set<ResourceRef> listed = new HashSet<>();
		for (FeedEntry entry : candidates.values()) {
			if (!query.matches(entry.item()) || !listed.add(entry.item().ref())) {
				continue;
			}
			if (entries.size() == query.limit()) {
				return new FeedPage(entries, entries.get(entries.size() - 1).key());
			}
			entries.add(entry);
		}
		return new FeedPage(entries, null);
	}

	/** The number of items held, due or scheduled. */
	public int size() {
		return this.items.size();
	}

	/**
	 * The number of items of one type held, due or scheduled. Walks the items: for
	 * metrics, not for requests.
	 */
	public long count(ContentType type) {
		return this.items.values().stream().filter((entry) -> entry.item().type() == type).count();
	}

	/** The highest version applied for a resource, if any. */
	public @Nullable Long versionOf(ResourceRef ref) {
		Applied current = this.applied.get(ref);
		return (current != null) ? current.version() : null;
	}

	private boolean isStale(FeedChange change) {
		Applied current = this.applied.get(change.ref());
		return current != null && current.version() >= change.version();
	}

	private FeedEntry toEntry(FeedItem item) {
		return new FeedEntry(FeedKey.of(item), item, this.serializer.serialize(item));
	}

	/**
	 * Puts the new entry before removing the old one, so a concurrent reader never misses
	 * a moving item (it may meet it twice, and {@link #page} lists it once).
	 */
	private void replace(@Nullable FeedKey oldKey, @Nullable FeedEntry entry) {
		FeedEntry previous = (oldKey != null) ? this.items.get(oldKey) : null;
		if (entry != null) {
			this.items.put(entry.key(), entry);
			this.indexes.add(entry);
		}
		if (oldKey != null && (entry == null || !oldKey.equals(entry.key()))) {
			this.items.remove(oldKey);
		}
		if (previous != null) {
			this.indexes.remove(previous);
		}
	}

	/**
	 * Told about each applied change, on the thread that applied it, after the change is
	 * visible to readers. With one applying thread (the feed reader) listeners see the
	 * changes in the order they were applied.
	 */
	@FunctionalInterface
	public interface Listener {

		/**
		 * @param change the change, with the record it was read from
		 * @param entry the resource's new entry (possibly scheduled for later), or
		 * {@code null} when it is no longer listed
		 */
		void applied(FeedChange change, @Nullable FeedEntry entry);

	}

	private record Applied(long version, @Nullable FeedKey key) {

	}

}
