package dk.newsroom.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;

/**
 * Wires the outbox for a service that sets {@code newsroom.outbox.collection}.
 */
@AutoConfiguration(after = { DataMongoReactiveAutoConfiguration.class, KafkaAutoConfiguration.class })
@ConditionalOnProperty("newsroom.outbox.collection")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

	/**
	 * Ticks in milliseconds, the precision MongoDB stores, so the state an event carries
	 * equals the state a later read returns.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
	}

	@Bean
	ChangeEvents changeEvents(OutboxProperties properties, JsonMapper jsonMapper, Clock clock) {
		return new ChangeEvents(properties, jsonMapper, clock);
	}

	/**
	 * The outbox's own producer: idempotent with {@code acks=all} whatever else is
	 * configured, and bounded waits, so a broker outage fails sends (to be retried)
	 * instead of hanging.
	 */
	@Bean
	KafkaTemplate<String, byte[]> outboxKafkaTemplate(KafkaProperties kafkaProperties,
			KafkaConnectionDetails connectionDetails, ObjectProvider<MeterRegistry> meterRegistry) {
		Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connectionDetails.getProducer().getBootstrapServers());
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
		config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
		config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
		config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
		config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
		DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config,
				new StringSerializer(), new ByteArraySerializer());
		// The producer's own metrics (kafka.producer.*), unbound when it closes.
		meterRegistry.ifAvailable((registry) -> factory.addListener(new MicrometerProducerListener<>(registry)));
		return new KafkaTemplate<>(factory);
	}

	@Bean
	TopicInitializer outboxTopicInitializer(KafkaAdmin admin, OutboxProperties properties) {
		return new TopicInitializer(admin, properties);
	}

	@Bean
	OutboxSender outboxSender(KafkaTemplate<String, byte[]> outboxKafkaTemplate, OutboxProperties properties,
			TopicInitializer topics, OutboxTracing outboxTracing) {
		return new OutboxSender(outboxKafkaTemplate, properties, topics, outboxTracing);
	}

	/**
	 * Carries the trace of a write to its record; a no-op where the application has no
	 * tracer.
	 */
	@Bean
	OutboxTracing outboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		Tracer available = tracer.getIfAvailable();
		Propagator propagation = propagator.getIfAvailable();
		return (available != null && propagation != null) ? new OutboxTracing(available, propagation)
				: OutboxTracing.NONE;
	}

	@Bean
	OutboxMetrics outboxMetrics(ObjectProvider<MeterRegistry> meterRegistry, ReactiveMongoTemplate template,
			OutboxProperties properties, Clock clock) {
		return new OutboxMetrics(meterRegistry.getIfAvailable(SimpleMeterRegistry::new), template, properties, clock);
	}

	@Bean
	OutboxRelay outboxRelay(ReactiveMongoTemplate template, OutboxProperties properties, OutboxSender sender,
			Clock clock, OutboxMetrics metrics) {
		return new OutboxRelay(template, properties, sender, clock, metrics);
	}

	@Bean
	@ConditionalOnProperty(name = "newsroom.outbox.sweeper.enabled", matchIfMissing = true)
	OutboxSweeper outboxSweeper(OutboxRelay relay, OutboxProperties properties, OutboxMetrics metrics) {
		return new OutboxSweeper(relay, properties, metrics);
	}

	@Bean
	OutboxWriter outboxWriter(ReactiveMongoTemplate template, OutboxProperties properties, OutboxRelay relay,
			OutboxTracing outboxTracing) {
		return new OutboxWriter(template, properties, relay, outboxTracing);
	}

}
