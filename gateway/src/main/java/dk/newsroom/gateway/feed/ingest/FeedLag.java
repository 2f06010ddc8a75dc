package dk.newsroom.gateway.feed.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per topic, how many records the feed is behind the end offsets, as the reader last saw
 * it (from its latest fetch). Written by the reader thread, read by metrics from any
 * thread.
 */
final class FeedLag {

	private final Map<String, Long> byTopic = new ConcurrentHashMap<>();

	/**
	 * @return the records behind on the topic; 0 for a topic not (yet) read
	 */
	long of(String topic) {
		return this.byTopic.getOrDefault(topic, 0L);
	}

	void update(Map<String, Long> lagByTopic) {
		this.byTopic.putAll(lagByTopic);
	}

}
