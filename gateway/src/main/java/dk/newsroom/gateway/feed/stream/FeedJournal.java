package dk.newsroom.gateway.feed.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;

/**
 * The latest change of every resource the feed has shown: a compacted copy of the event
 * log, as Kafka compacts a topic. Indexed by what made the change, so the changes after
 * any {@link FeedPosition} are found without a scan, whichever gateway replica issued it:
 * per partition by the offset of the record behind the change, and the releases of
 * scheduled items by key. Memory: one entry per resource the feed holds, and a small
 * marker per removal until the projection forgets it ({@link #forget}). A position from
 * before a forgotten change has lost it ({@link #lost}). Not thread-safe:
 * {@link FeedEventLog} guards it.
 */
final class FeedJournal {

	private static final ContentType[] TYPES = ContentType.values();

	/** Per type, per partition: the changes by record offset. */
	private final List<List<TreeMap<Long, Node>>> byRecord = new ArrayList<>();

	/** Changes that are the release of a scheduled item, by its key. */
	private final TreeMap<FeedKey, Node> releases = new TreeMap<>();

	private final Map<ResourceRef, Node> latest = new HashMap<>();

	/**
	 * Per type, per partition: the offset after the newest record whose change was
	 * forgotten (0 when none); a position before it has not seen that change.
	 */
	private final long[][] forgottenUpTo = new long[TYPES.length][0];

	/** Changes not read from a topic (tests, tools): never covered by a position. */
	private long unplaced;

	FeedJournal() {
		for (int type = 0; type < TYPES.length; type++) {
			this.byRecord.add(new ArrayList<>());
		}
	}

	void record(FeedEvent event) {
		long offset = (event.partition() >= 0) ? event.offset() : this.unplaced++;
		Node node = new Node(new Changes.Change(event.ref(), event.after()), event.partition(), offset,
				event.release());
		Node previous = this.latest.put(event.ref(), node);
		if (previous != null) {
			partition(event.ref().type(), previous.partition()).remove(previous.offset(), previous);
			if (previous.release() != null) {
				this.releases.remove(previous.release(), previous);
			}
		}
		partition(event.ref().type(), node.partition()).put(offset, node);
		if (node.release() != null) {
			this.releases.put(node.release(), node);
		}
	}

	/**
	 * Drops the change of a resource the feed no longer holds (let go by the horizon, or
	 * a removal remembered long enough). Clients that had not seen it are told to reset.
	 */
	void forget(ResourceRef ref) {
		Node node = this.latest.remove(ref);
		if (node == null) {
			return;
		}
		int type = ref.type().ordinal();
		partition(ref.type(), node.partition()).remove(node.offset(), node);
		if (node.release() != null) {
			this.releases.remove(node.release(), node);
		}
		if (node.partition() >= 0) {
			long[] upTo = this.forgottenUpTo[type];
			if (upTo.length <= node.partition()) {
				upTo = Arrays.copyOf(upTo, node.partition() + 1);
				this.forgottenUpTo[type] = upTo;
			}
			upTo[node.partition()] = Math.max(upTo[node.partition()], node.offset() + 1);
		}
	}

	/**
	 * Whether a client at this position missed a change that was forgotten since: it
	 * cannot be brought up to date and must start again.
	 */
	boolean lost(FeedPosition seen) {
		for (ContentType type : TYPES) {
			long[] upTo = this.forgottenUpTo[type.ordinal()];
			for (int partition = 0; partition < upTo.length; partition++) {
				if (seen.next(type, partition) < upTo[partition]) {
					return true;
				}
			}
		}
		return false;
	}

	/** How many resources the journal holds a change of. */
	int size() {
		return this.latest.size();
	}

	/**
	 * The changes a client at a position has not seen, in the order to apply them: first
	 * the releases of items whose record it has seen, in release order; then per
	 * partition by offset.
	 * @param seen the client's position
	 * @param now the log's position
	 * @param limit how many changes at most
	 * @return the changes and the position after them
	 */
	Page after(FeedPosition seen, FeedPosition now, int limit) {
		List<Changes.Change> changes = new ArrayList<>(Math.min(limit, 64));
		FeedKey bound = seen.released();
		NavigableMap<FeedKey, Node> released = ((bound != null) ? this.releases.headMap(bound, false) : this.releases)
			.descendingMap();
		FeedPosition upTo = seen;
		for (Map.Entry<FeedKey, Node> release : released.entrySet()) {
			Node node = release.getValue();
			if (!seen.covers(node.ref().type(), node.partition(), node.offset(), null)) {
				continue; // the client has not seen the record: the change comes below
			}
			if (changes.size() == limit) {
				return new Page(changes, upTo.partial(true), true);
			}
			changes.add(node.change());
			upTo = upTo.releasedTo(release.getKey());
		}
		FeedKey releasedNow = now.released();
		if (releasedNow != null) {
			upTo = upTo.releasedTo(releasedNow);
		}
		for (ContentType type : TYPES) {
			int partitions = this.byRecord.get(type.ordinal()).size() - 1;
			for (int partition = -1; partition < partitions; partition++) {
				for (Node node : partition(type, partition).tailMap(seen.next(type, partition), true).values()) {
					if (changes.size() == limit) {
						return new Page(changes, upTo.partial(true), true);
					}
					changes.add(node.change());
					upTo = upTo.afterRecord(type, partition, node.offset());
				}
				upTo = upTo.afterRecord(type, partition, now.next(type, partition) - 1);
			}
		}
		return new Page(changes, upTo.union(now).partial(false), false);
	}

	/** The changes of a partition; {@code -1} holds those not read from a topic. */
	private TreeMap<Long, Node> partition(ContentType type, int partition) {
		List<TreeMap<Long, Node>> partitions = this.byRecord.get(type.ordinal());
		while (partitions.size() <= partition + 1) {
			partitions.add(new TreeMap<>());
		}
		return partitions.get(partition + 1);
	}

	/**
	 * @param changes the changes, in order
	 * @param next the position after them
	 * @param more whether more follow
	 */
	record Page(List<Changes.Change> changes, FeedPosition next, boolean more) {

	}

	private record Node(Changes.Change change, int partition, long offset, @Nullable FeedKey release) {

		ResourceRef ref() {
			return this.change.ref();
		}

	}

}
