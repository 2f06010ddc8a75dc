package dk.newsroom.gateway.feed.stream;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.ResourceRef;
import org.jspecify.annotations.Nullable;

/**
 * The latest change of every resource the feed has shown, in log order: a compacted copy
 * of the event log, as Kafka compacts a topic. Whatever position a client read up to, the
 * changes after it are here, each resource once with its latest state, so a client that
 * was away for any time catches up exactly. Memory: one entry per resource ever shown (a
 * removed one keeps a small marker). Not thread-safe: {@link FeedEventLog} guards it.
 */
final class FeedJournal {

	private final TreeMap<Long, Changes.Change> bySequence = new TreeMap<>();

	private final Map<ResourceRef, Long> sequences = new HashMap<>();

	void record(long sequence, ResourceRef ref, @Nullable FeedEntry after) {
		Long previous = this.sequences.put(ref, sequence);
		if (previous != null) {
			this.bySequence.remove(previous);
		}
		this.bySequence.put(sequence, new Changes.Change(sequence, ref, after));
	}

	/**
	 * @param sequence the position a client has read up to (0 for the start)
	 * @param limit how many changes at most
	 * @return the changes after it, oldest first, plus one more if there are more
	 */
	List<Changes.Change> after(long sequence, int limit) {
		List<Changes.Change> changes = new ArrayList<>(Math.min(limit + 1, this.bySequence.size()));
		for (Changes.Change change : this.bySequence.tailMap(sequence, false).values()) {
			changes.add(change);
			if (changes.size() > limit) {
				break;
			}
		}
		return changes;
	}

	int size() {
		return this.bySequence.size();
	}

}
