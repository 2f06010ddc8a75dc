package dk.newsroom.gateway.feed;

import java.util.Map;
import java.util.Set;

import org.apache.kafka.common.TopicPartition;

/**
 * Something built from the content topics besides the feed projection (the search index).
 * Each sink has a reader of its own, a consumer on a thread of its own, so it goes at its
 * own pace and a slow sink never holds the feed back; the reader hands it every decoded
 * change in the order of each partition. The sink applies the version rule itself.
 * <p>
 * A sink must not throw from {@link #accept}: a failure to apply one change is its own to
 * log and count.
 */
public interface FeedChangeSink {

	/**
	 * A change read from a topic (a record that could not be decoded is not handed on).
	 * @param change the change, with the record value it was read from
	 */
	void accept(FeedChange change);

	/**
	 * Where to start reading newly found partitions: the offset of the first record to
	 * read; a partition without one is read from the beginning.
	 * @param partitions the partitions about to be read
	 * @return the start offsets the sink knows (e.g. stored with its data)
	 */
	default Map<TopicPartition, Long> startOffsets(Set<TopicPartition> partitions) {
		return Map.of();
	}

	/**
	 * After the changes of one poll were handed over: the position (next offset to read)
	 * of every partition read, so the sink can store how far its data goes.
	 * @param positions the positions
	 */
	default void polled(Map<TopicPartition, Long> positions) {
	}

	/**
	 * The reader has read every partition up to the end offset it saw when it first
	 * reached the broker: every change that existed then was handed over. Told once.
	 */
	default void caughtUp() {
	}

}
