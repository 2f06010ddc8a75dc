package dk.newsroom.gateway.feed.ingest;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.content.FeedMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * Wires the feed: the projection, one topic per registered {@link FeedMapper}, the reader
 * thread and its readiness indicator.
 */
@Configuration(proxyBeanMethods = false)
class FeedIngestConfiguration {

	static final String CLIENT_ID = "newsroom-gateway-feed";

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * When items are visible: asked by the projection, the stream and the reader page.
	 */
	@Bean
	FeedVisibility feedVisibility(Clock clock) {
		return new FeedVisibility(clock);
	}

	@Bean
	FeedProjection feedProjection(FeedVisibility visibility, JsonMapper jsonMapper, FeedIngestProperties properties) {
		return new FeedProjection(visibility, jsonMapper::writeValueAsBytes, properties.horizon().toFeedHorizon());
	}

	@Bean
	FeedCatchUp feedCatchUp() {
		return new FeedCatchUp();
	}

	@Bean
	FeedLag feedLag() {
		return new FeedLag();
	}

	@Bean
	FeedMetrics feedMetrics(FeedProjection projection, FeedLag lag, FeedIngestProperties properties) {
		return new FeedMetrics(projection, lag, properties.topics());
	}

	@Bean
	FeedTopics feedTopics(ConsumerFactory<?, ?> consumerFactory, List<FeedMapper> mappers,
			FeedIngestProperties properties, MeterRegistry meterRegistry) {
		return new FeedTopics(consumerFactory, new FeedRecordDecoder(mappersByTopic(mappers, properties.topics())),
				properties, meterRegistry);
	}

	@Bean
	FeedReader feedReader(FeedTopics topics, FeedIngestProperties properties, FeedProjection projection,
			FeedCatchUp catchUp, FeedLag lag, FeedTracing tracing, MeterRegistry meterRegistry) {
		return new FeedReader(() -> topics.createConsumer(CLIENT_ID),
				(consumer) -> new FeedTopicsReader(consumer, topics.decoder(), projection, catchUp,
						properties.pollTimeout(), properties.topicRefreshInterval(), System::nanoTime, lag,
						meterRegistry)
					.traced(tracing),
				catchUp, properties.pollTimeout(), properties.retryBackoff());
	}

	/** A span per applied record, continuing its trace; none without a tracer. */
	@Bean
	FeedTracing feedTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		Tracer available = tracer.getIfAvailable();
		Propagator propagation = propagator.getIfAvailable();
		return (available != null && propagation != null) ? new FeedTracing(available, propagation) : FeedTracing.NONE;
	}

	@Bean
	FeedProjectionHealthIndicator feedProjectionHealthIndicator(FeedCatchUp catchUp) {
		return new FeedProjectionHealthIndicator(catchUp);
	}

	static Map<String, FeedMapper> mappersByTopic(List<FeedMapper> mappers, FeedIngestProperties.Topics topics) {
		Map<String, FeedMapper> byTopic = new LinkedHashMap<>();
		for (FeedMapper mapper : mappers) {
			String topic = topics.of(mapper.type());
			if (topic == null) {
				continue;
			}
			FeedMapper previous = byTopic.put(topic, mapper);
			if (previous != null) {
				throw new IllegalStateException("Two feed mappers read topic " + topic + ": "
						+ previous.getClass().getName() + " and " + mapper.getClass().getName());
			}
		}
		return byTopic;
	}

}
