package dk.newsroom.gateway.feed.ingest;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import dk.newsroom.gateway.feed.FeedChangeSink;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.content.FeedMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
	FeedReader feedReader(ConsumerFactory<?, ?> consumerFactory, List<FeedMapper> mappers,
			FeedIngestProperties properties, FeedProjection projection, FeedCatchUp catchUp, FeedLag lag,
			FeedTracing tracing, MeterRegistry meterRegistry, ObjectProvider<FeedChangeSink> sinks) {
		FeedRecordDecoder decoder = new FeedRecordDecoder(mappersByTopic(mappers, properties.topics()));
		return new FeedReader(() -> createConsumer(consumerFactory),
				(consumer) -> new FeedTopicsReader(consumer, decoder, projection, catchUp, properties.pollTimeout(),
						properties.topicRefreshInterval(), System::nanoTime, lag, meterRegistry)
					.traced(tracing)
					.handingTo(sinks.orderedStream().toList()),
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

	/**
	 * A consumer from Boot's factory (so {@code spring.kafka.*} and the connection
	 * details apply), without offset commits: the feed always rebuilds from the
	 * beginning.
	 */
	@SuppressWarnings("unchecked")
	private static Consumer<String, byte[]> createConsumer(ConsumerFactory<?, ?> consumerFactory) {
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		overrides.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
		overrides.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		return (Consumer<String, byte[]>) consumerFactory.createConsumer(null, CLIENT_ID, null, overrides);
	}

}
