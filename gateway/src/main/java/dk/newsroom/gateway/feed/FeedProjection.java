package dk.newsroom.gateway.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.jspecify.annotations.Nullable;

/**
 * The feed, held in memory and built from the content topics.
 * <p>
 * Applies the version rule of the Kafka contract: per resource it keeps the highest
 * version seen and ignores older or equal ones, so duplicates are harmless and a resource
 * deleted at version n cannot come back with a version up to n. It stores every published
 * item, including those scheduled for later, and asks its {@link FeedVisibility} at read
 * time which are visible, so a scheduled item appears when its time comes without a new
 * record.
 * <p>
 * It keeps what its {@link FeedHorizon} allows: per type the newest items, down to the
 * newest item it had to let go (the type's <em>boundary</em>); a change to an item at or
 * beyond the boundary, or older than the maximum age, is not kept (and takes the item out
 * of the feed if it was in). Letting an item go is not a change of the content: the
 * listeners are told it was {@link Listener#forgotten forgotten}. The versions of removed
 * and unpublished resources are forgotten after the horizon's retention.
 * <p>
 * Thread-safe: one thread applies changes while any number of threads read pages. Readers
 * see a weakly consistent view, never a torn item.
 */
public final class FeedProjection {

	private static final ContentType[] TYPES = ContentType.values();

	private final ConcurrentNavigableMap<FeedKey, FeedEntry> items = new ConcurrentSkipListMap<>();

	/** The items again by type, tag and section, for filtered pages. */
	private final FeedIndexes indexes = new FeedIndexes();

	/** Per resource: the highest version applied and where it is listed, if it is. */
	private final ConcurrentMap<ResourceRef, Applied> applied = new ConcurrentHashMap<>();

	/** Per type: how many items are held. Written by the applying thread only. */
	private final AtomicIntegerArray held = new AtomicIntegerArray(TYPES.length);

	/**
	 * Per type: the newest key let go, or {@code null}. Moves only towards newer keys.
	 */
	private final AtomicReferenceArray<@Nullable FeedKey> boundary = new AtomicReferenceArray<>(TYPES.length);

	/** Removed and unpublished resources, in the order their versions are forgotten. */
	private final ArrayDeque<Unlisted> unlisted = new ArrayDeque<>();

	private final FeedVisibility visibility;

	private final FeedItemSerializer serializer;

	private final FeedHorizon horizon;

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	/** A projection that keeps everything ({@link FeedHorizon#UNBOUNDED}). */
	public FeedProjection(Clock clock, FeedItemSerializer serializer) {
		this(clock, serializer, FeedHorizon.UNBOUNDED);
	}

	/** A projection that decides visibility by this clock. */
	public FeedProjection(Clock clock, FeedItemSerializer serializer, FeedHorizon horizon) {
		this(new FeedVisibility(clock), serializer, horizon);
	}

	public FeedProjection(FeedVisibility visibility, FeedItemSerializer serializer, FeedHorizon horizon) {
		this.visibility = visibility;
		this.serializer = serializer;
		this.horizon = horizon;
	}

	/**
	 * Applies a change unless a newer or equal version of the resource was applied
	 * before.
	 * @param change the new state of a resource
	 * @return whether the change was applied
	 */
	public boolean apply(FeedChange change) {
		Instant now = this.visibility.now();
		forgetUnlisted(now);
		if (isStale(change)) {
			return false;
		}
		FeedItem item = change.item();
		if (item != null && isBeyond(FeedKey.of(item), cutoff(now))) {
			Applied current = this.applied.get(change.ref());
			if (current == null || current.key() == null) {
				// Nothing of it is held, and this version is not kept either.
				return false;
			}
			// It moved behind the horizon: it leaves the feed.
			change = change.unlisting();
		}
		// The entry is made outside the map's lock (its JSON is written when first read);
		// the version is checked again inside it.
		FeedEntry entry = (item != null && change.item() != null) ? toEntry(item, change.source()) : null;
		FeedChange applying = change;
		boolean[] done = { false };
		this.applied.compute(change.ref(), (ref, current) -> {
			if (current != null && current.version() >= applying.version()) {
				return current;
			}
			replace((current != null) ? current.key() : null, entry);
			int type = ref.type().ordinal();
			this.held.addAndGet(type, ((entry != null) ? 1 : 0) - ((current != null && current.key() != null) ? 1 : 0));
			done[0] = true;
			return new Applied(applying.version(), (entry != null) ? entry.key() : null);
		});
		if (!done[0]) {
			return false;
		}
		if (entry == null && this.horizon.forgetRemovedAfter() != null) {
			this.unlisted.add(new Unlisted(change.ref(), change.version(), now));
		}
		for (Listener listener : this.listeners) {
			listener.applied(change, entry);
		}
		keepWithinHorizon(change.ref().type(), now);
		return true;
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
	 * Reads one page: the visible items after the query's key that match its filters,
	 * newest first.
	 * @param query the filters, page size and position
	 * @return the page, with the key to continue after if more items match
	 */
	public FeedPage page(FeedQuery query) {
		Instant now = this.visibility.now();
		FeedKey due = this.visibility.firstVisible(now);
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
		Instant cutoff = cutoff(now);
		for (FeedEntry entry : candidates.values()) {
			if (cutoff != null && entry.item().publishedAt().isBefore(cutoff)) {
				// Aged out since the last change, and so are the older ones.
				return new FeedPage(entries, null, true);
			}
			if (!query.matches(entry.item()) || !listed.add(entry.item().ref())) {
				continue;
			}
			if (entries.size() == query.limit()) {
				return new FeedPage(entries, entries.get(entries.size() - 1).key(), false);
			}
			entries.add(entry);
		}
		return new FeedPage(entries, null, hasLetGo(query));
	}

	/**
	 * Whether items of the query's types were let go (so older ones may be found at the
	 * services).
	 */
	private boolean hasLetGo(FeedQuery query) {
		for (ContentType type : TYPES) {
			boolean asked = (query.types().isEmpty() || query.types().contains(type))
					&& (!query.eventsOnly() || type == ContentType.EVENT);
			if (asked && this.boundary.get(type.ordinal()) != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The entry held for a resource, due or scheduled (ask {@link FeedVisibility} whether
	 * it is visible), or {@code null} when none is held.
	 */
	public @Nullable FeedEntry entry(ResourceRef ref) {
		Applied current = this.applied.get(ref);
		FeedKey key = (current != null) ? current.key() : null;
		FeedEntry entry = (key != null) ? this.items.get(key) : null;
		// The item may have moved since the version was read: a held entry is its own.
		return (entry != null && entry.item().ref().equals(ref)) ? entry : null;
	}

	/**
	 * Whether items of this type were let go, so an older one may exist that only its
	 * service holds.
	 */
	public boolean hasLetGo(ContentType type) {
		return this.boundary.get(type.ordinal()) != null;
	}

	/** The number of items held, due or scheduled. */
	public int size() {
		return this.items.size();
	}

	/** The number of items of one type held, due or scheduled. */
	public long count(ContentType type) {
		return this.held.get(type.ordinal());
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

	/** Items published before this instant are let go; {@code null} when none are. */
	private @Nullable Instant cutoff(Instant now) {
		return (this.horizon.maxAge() != null) ? now.minus(this.horizon.maxAge()) : null;
	}

	private boolean isBeyond(FeedKey key, @Nullable Instant cutoff) {
		FeedKey newestLetGo = this.boundary.get(key.type().ordinal());
		return (newestLetGo != null && key.compareTo(newestLetGo) >= 0)
				|| (cutoff != null && key.publishedAt().isBefore(cutoff));
	}

	/**
	 * Lets go of the oldest items of the type beyond its count, and of every item older
	 * than the maximum age.
	 */
	private void keepWithinHorizon(ContentType type, Instant now) {
		ConcurrentNavigableMap<FeedKey, FeedEntry> ofType = this.indexes.ofType(type);
		while (this.held.get(type.ordinal()) > this.horizon.itemsPerType()) {
			Map.Entry<FeedKey, FeedEntry> oldest = ofType.lastEntry();
			if (oldest == null) {
				break;
			}
			letGo(oldest.getValue());
		}
		Instant cutoff = cutoff(now);
		if (cutoff == null) {
			return;
		}
		for (Map.Entry<FeedKey, FeedEntry> oldest = this.items.lastEntry(); oldest != null
				&& oldest.getKey().publishedAt().isBefore(cutoff); oldest = this.items.lastEntry()) {
			letGo(oldest.getValue());
		}
	}

	/**
	 * Takes an item out of memory (not a change of its content) and tells the listeners.
	 */
	private void letGo(FeedEntry entry) {
		ResourceRef ref = entry.item().ref();
		boolean[] held = { false };
		this.applied.computeIfPresent(ref, (key, current) -> {
			if (!entry.key().equals(current.key())) {
				return current;
			}
			held[0] = true;
			return null;
		});
		this.items.remove(entry.key(), entry);
		this.indexes.remove(entry);
		if (!held[0]) {
			return;
		}
		int type = ref.type().ordinal();
		this.held.decrementAndGet(type);
		FeedKey newestLetGo = this.boundary.get(type);
		if (newestLetGo == null || entry.key().compareTo(newestLetGo) < 0) {
			this.boundary.set(type, entry.key());
		}
		for (Listener listener : this.listeners) {
			listener.forgotten(ref, entry);
		}
	}

	/**
	 * Forgets the versions of resources removed or unpublished longer ago than the
	 * horizon's retention, unless they changed since.
	 */
	private void forgetUnlisted(Instant now) {
		Duration retention = this.horizon.forgetRemovedAfter();
		if (retention == null) {
			return;
		}
		Instant before = now.minus(retention);
		while (!this.unlisted.isEmpty() && this.unlisted.peekFirst().at().isBefore(before)) {
			Unlisted gone = this.unlisted.pollFirst();
			if (this.applied.remove(gone.ref(), new Applied(gone.version(), null))) {
				for (Listener listener : this.listeners) {
					listener.forgotten(gone.ref(), null);
				}
			}
		}
	}

	private FeedEntry toEntry(FeedItem item, byte @Nullable [] source) {
		return new FeedEntry(FeedKey.of(item), item, this.serializer, source);
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

		/**
		 * The projection no longer holds anything of a resource: its item fell behind the
		 * horizon, or the version of its removal was forgotten. Not a change of content.
		 * @param ref the resource
		 * @param entry the item let go, or {@code null} when a removal was forgotten
		 */
		default void forgotten(ResourceRef ref, @Nullable FeedEntry entry) {
		}

	}

	private record Applied(long version, @Nullable FeedKey key) {

	}

	private record Unlisted(ResourceRef ref, long version, Instant at) {

	}

}
