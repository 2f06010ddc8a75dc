package dk.newsroom.platform.outbox;

import java.time.Duration;

import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates the service's compacted topic when it is missing. Runs in the background from
 * start and retries while the broker is away, so the service starts (and accepts writes)
 * without Kafka; sends wait for it.
 */
public class TopicInitializer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(TopicInitializer.class);

	private final Mono<Void> ready;

	public TopicInitializer(KafkaAdmin admin, OutboxProperties properties) {
		NewTopic topic = TopicBuilder.name(properties.topic())
			.partitions(properties.partitions())
			.replicas(properties.replicas())
			.compact()
			.build();
		this.ready = Mono.fromRunnable(() -> admin.createOrModifyTopics(topic))
			.subscribeOn(Schedulers.boundedElastic())
			.doOnError((ex) -> log.warn("Topic {} not ready yet: {}", topic.name(), ex.toString()))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(10)))
			.doOnSuccess((done) -> log.info("Topic {} is ready", topic.name()))
			.then()
			.cache();
	}

	@Override
	public void afterPropertiesSet() {
		this.ready.subscribe(null, (ex) -> log.error("Topic initialisation gave up", ex));
	}

	/** Completes once the topic exists. */
	public Mono<Void> ready() {
		return this.ready;
	}

}
