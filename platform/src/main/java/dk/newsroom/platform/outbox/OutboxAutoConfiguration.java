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
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Wires the outbox for a service that sets {@code newsroom.outbox.collection}.
 */
@AutoConfiguration(after = { DataMongoReactiveAutoConfiguration.class, KafkaAutoConfiguration.class })
@ConditionalOnProperty("newsroom.outbox.collection")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

	/**
	 * Ticks in milliseconds, the precision MongoDB stores, so the state an event carries
	 * equals the state a later read returns. {@code newsroom.clock.offset} shifts it, to
	 * try replicas whose clocks disagree (the fault suite runs two replicas 2 s apart);
	 * leave it at 0 in production.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock clock(@Value("${newsroom.clock.offset:0s}") Duration offset) {
		return Clock.offset(Clock.tick(Clock.systemUTC(), Duration.ofMillis(1)), offset);
	}

	@Bean
	ChangeEvents changeEvents(OutboxProperties properties, JsonMapper jsonMapper, Clock clock) {
		return new ChangeEvents(properties, jsonMapper, clock);
	}

	/**
	 * The shards' transactional producers, from the application's producer settings
	 * (bootstrap servers, security) with the outbox's own on top.
	 */
	@Bean
	OutboxProducers outboxProducers(KafkaProperties kafkaProperties, KafkaConnectionDetails connectionDetails,
			OutboxProperties properties, ObjectProvider<MeterRegistry> meterRegistry) {
		Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, connectionDetails.getProducer().getBootstrapServers());
		return new OutboxProducers(config, properties, meterRegistry.getIfAvailable());
	}

	@Bean
	TopicInitializer outboxTopicInitializer(KafkaAdmin admin, OutboxProperties properties) {
		return new TopicInitializer(admin.getConfigurationProperties(), properties);
	}

	@Bean
	OutboxSender outboxSender(OutboxProperties properties, OutboxTracing outboxTracing) {
		return new OutboxSender(properties, outboxTracing);
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
	OutboxMetrics outboxMetrics(ObjectProvider<MeterRegistry> meterRegistry, OutboxProperties properties, Clock clock) {
		return new OutboxMetrics(meterRegistry.getIfAvailable(SimpleMeterRegistry::new), properties, clock);
	}

	@Bean
	OutboxRelay outboxRelay(ReactiveMongoTemplate template, OutboxProperties properties, OutboxProducers producers,
			OutboxSender sender, TopicInitializer topics, Clock clock, OutboxMetrics metrics) {
		return new OutboxRelay(template, properties, producers, sender, topics, clock, metrics);
	}

	@Bean
	OutboxWriter outboxWriter(ReactiveMongoTemplate template, OutboxProperties properties, OutboxRelay relay,
			OutboxTracing outboxTracing) {
		return new OutboxWriter(template, properties, relay, outboxTracing);
	}

}
