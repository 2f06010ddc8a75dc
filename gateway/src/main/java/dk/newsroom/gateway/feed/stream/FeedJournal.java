package dk.newsroom.gateway.feed.stream;

import java.util.ArrayList;
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
 * scheduled items by key. Memory: one entry per resource ever shown (a removed one keeps
 * a small marker). Not thread-safe: {@link FeedEventLog} guards it.
 */
final class FeedJournal {

	private static final ContentType[] TYPES = ContentType.values();

	/** Per type, per partition: the changes by record offset. */
	private final List<List<TreeMap<Long, Node>>> byRecord = new ArrayList<>();

	/** Changes that are the release of a scheduled item, by its key. */
	private final TreeMap<FeedKey, Node> releases = new TreeMap<>();

	private final Map<ResourceRef, Node> latest = new HashMap<>();

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
				return new Page(changes, upTo, true);
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
						return new Page(changes, upTo, true);
					}
					changes.add(node.change());
					upTo = upTo.afterRecord(type, partition, node.offset());
				}
				upTo = upTo.afterRecord(type, partition, now.next(type, partition) - 1);
			}
		}
		return new Page(changes, upTo.union(now), false);
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
