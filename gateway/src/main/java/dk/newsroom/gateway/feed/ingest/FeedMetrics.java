package dk.newsroom.gateway.feed.ingest;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedProjection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The feed's meters:
 * <ul>
 * <li>{@code newsroom.feed.items} (gauge, tag {@code type}): the items the projection
 * holds, due or scheduled;</li>
 * <li>{@code newsroom.feed.projection.lag} (gauge in records, tag {@code topic}): how
 * many records the feed is behind the topic's end offsets.</li>
 * </ul>
 * {@code newsroom.feed.records.skipped} (counter, tags {@code topic} and {@code reason})
 * is counted by {@link FeedTopicsReader} when it skips a record.
 */
final class FeedMetrics implements MeterBinder {

	private final FeedProjection projection;

	private final FeedLag lag;

	private final FeedIngestProperties.Topics topics;

	FeedMetrics(FeedProjection projection, FeedLag lag, FeedIngestProperties.Topics topics) {
		this.projection = projection;
		this.lag = lag;
		this.topics = topics;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (ContentType type : ContentType.values()) {
			Gauge.builder("newsroom.feed.items", this.projection, (projection) -> projection.count(type))
				.description("Items the feed holds, due or scheduled")
				.tag("type", type.wireName())
				.register(registry);
			String topic = this.topics.of(type);
			if (topic == null) {
				continue;
			}
			Gauge.builder("newsroom.feed.projection.lag", this.lag, (lag) -> lag.of(topic))
				.description("Records the feed is behind the end offsets of the topic")
				.tag("topic", topic)
				.baseUnit("records")
				.register(registry);
		}
	}

}
