package dk.newsroom.gateway.feed.ingest;

import java.util.Properties;

import dk.newsroom.gateway.feed.FeedChangeSink;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The content topics as the gateway reads them: which topics, how their records decode,
 * and readers of them. The feed's projection has one reader; each {@link FeedChangeSink}
 * (the search index) gets a reader of its own from {@link #reader}, with its own consumer
 * and thread, reading the same records the same way.
 */
public final class FeedTopics {

	private final ConsumerFactory<?, ?> consumerFactory;

	private final FeedRecordDecoder decoder;

	private final FeedIngestProperties properties;

	private final MeterRegistry meterRegistry;

	FeedTopics(ConsumerFactory<?, ?> consumerFactory, FeedRecordDecoder decoder, FeedIngestProperties properties,
			MeterRegistry meterRegistry) {
		this.consumerFactory = consumerFactory;
		this.decoder = decoder;
		this.properties = properties;
		this.meterRegistry = meterRegistry;
	}

	FeedRecordDecoder decoder() {
		return this.decoder;
	}

	/**
	 * A reader of the topics into the sink, on a thread of its own from application start
	 * to shutdown (register it as a bean).
	 * @param name the reader's name: its consumer's client id is
	 * {@code newsroom-gateway-<name>}, its thread {@code <name>-reader}
	 * @param sink what the changes are applied to
	 * @param catchUp where the reader reports how far it is
	 * @return the reader
	 */
	public SmartLifecycle reader(String name, FeedChangeSink sink, FeedCatchUp catchUp) {
		return new FeedReader(() -> createConsumer("newsroom-gateway-" + name),
				(consumer) -> new FeedTopicsReader(consumer, this.decoder, name, sink, catchUp,
						this.properties.pollTimeout(), this.properties.topicRefreshInterval(), System::nanoTime,
						new FeedLag(), this.meterRegistry),
				catchUp, this.properties.pollTimeout(), this.properties.retryBackoff(), name + "-reader");
	}

	/**
	 * A consumer from Boot's factory (so {@code spring.kafka.*} and the connection
	 * details apply), without offset commits or a group: each reader positions itself.
	 */
	@SuppressWarnings("unchecked")
	Consumer<String, byte[]> createConsumer(String clientId) {
		Properties overrides = new Properties();
		overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
		overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
		overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		overrides.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
		overrides.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		return (Consumer<String, byte[]>) this.consumerFactory.createConsumer(null, clientId, null, overrides);
	}

}
