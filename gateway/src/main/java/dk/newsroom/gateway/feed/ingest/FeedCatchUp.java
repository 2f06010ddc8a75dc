package dk.newsroom.gateway.feed.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;

/**
 * How far the feed has read: the end offsets seen when the reader first reached the
 * broker, and whether every partition has reached them. Written by the reader thread,
 * read by health checks from any thread.
 */
public final class FeedCatchUp {

	private volatile Status status = new Status(Phase.CONNECTING, Map.of(), List.of(), null);

	public Status status() {
		return this.status;
	}

	public boolean isCaughtUp() {
		return this.status.phase() == Phase.CAUGHT_UP;
	}

	/**
	 * The reader took its start snapshot; {@code behind} is what it still has to read.
	 */
	void started(Map<TopicPartition, Long> behind, Set<String> missingTopics) {
		this.status = new Status(behind.isEmpty() ? Phase.CAUGHT_UP : Phase.CATCHING_UP, describe(behind),
				sorted(missingTopics), null);
	}

	void progressed(Map<TopicPartition, Long> behind) {
		Status current = this.status;
		this.status = new Status(behind.isEmpty() ? Phase.CAUGHT_UP : Phase.CATCHING_UP, describe(behind),
				current.missingTopics(), null);
	}

	/** The reader looked for topics again, so the broker answers. */
	void refreshed(Set<String> missingTopics) {
		Status current = this.status;
		this.status = new Status(current.phase(), current.behind(), sorted(missingTopics), null);
	}

	void failed(Exception ex) {
		Status current = this.status;
		this.status = new Status(current.phase(), current.behind(), current.missingTopics(),
				ex.getClass().getSimpleName() + ": " + ex.getMessage());
	}

	private static Map<String, Long> describe(Map<TopicPartition, Long> behind) {
		Map<String, Long> described = new TreeMap<>();
		behind.forEach((partition, records) -> described.put(partition.toString(), records));
		return described;
	}

	private static List<String> sorted(Set<String> topics) {
		return topics.stream().sorted().toList();
	}

	/** Where the reader is. */
	public enum Phase {

		/** Has not yet seen the end offsets (e.g. the broker is unreachable). */
		CONNECTING,
		/** Reading up to the end offsets seen at start. */
		CATCHING_UP,
		/** Has read every partition up to the end offsets seen at start. */
		CAUGHT_UP

	}

	/**
	 * A snapshot for health checks.
	 *
	 * @param phase where the reader is
	 * @param behind per partition ({@code topic-partition}), how many offsets remain up
	 * to the end offset seen at start
	 * @param missingTopics configured topics that do not exist (yet)
	 * @param lastError the last failure since progress was last made, if any
	 */
	public record Status(Phase phase, Map<String, Long> behind, List<String> missingTopics,
			@Nullable String lastError) {

		public Map<String, Object> details() {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("phase", this.phase);
			if (!this.behind.isEmpty()) {
				details.put("behind", this.behind);
			}
			if (!this.missingTopics.isEmpty()) {
				details.put("missingTopics", this.missingTopics);
			}
			if (this.lastError != null) {
				details.put("lastError", this.lastError);
			}
			return details;
		}

	}

}
