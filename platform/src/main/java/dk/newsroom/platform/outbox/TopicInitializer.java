package dk.newsroom.platform.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

import org.springframework.beans.factory.InitializingBean;

/**
 * Makes sure the service's topic is what the design needs: compacted, with the configured
 * partition count and {@code min.insync.replicas}. Creates it when missing; corrects
 * {@code min.insync.replicas}; never adds partitions (that would move keys to other
 * partitions while their earlier records stay in the old ones, so a deleted resource
 * could come back once the tombstone is compacted), and never turns a non-compacted topic
 * into a compacted one.
 * <p>
 * At start it waits up to {@value #START_WAIT_SECONDS} s for the broker: a topic that
 * contradicts the configuration stops the start with a message saying what differs. A
 * broker that does not answer in time does not: the check goes on in the background and
 * sends wait for it, so the service accepts writes without Kafka. A contradiction found
 * later stops every send and is logged as an error.
 */
public class TopicInitializer implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(TopicInitializer.class);

	static final int START_WAIT_SECONDS = 5;

	private static final int ATTEMPT_TIMEOUT_MS = 5_000;

	private final Map<String, Object> adminConfig;

	private final OutboxProperties properties;

	private final Mono<Void> ready;

	private volatile boolean isReady;

	public TopicInitializer(Map<String, Object> adminConfig, OutboxProperties properties) {
		this.adminConfig = new HashMap<>(adminConfig);
		this.adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ATTEMPT_TIMEOUT_MS);
		this.adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ATTEMPT_TIMEOUT_MS);
		this.properties = properties;
		this.ready = Mono.fromRunnable(this::ensureTopic)
			.subscribeOn(Schedulers.boundedElastic())
			.doOnError((ex) -> !(ex instanceof TopicMismatchException),
					(ex) -> log.warn("Topic {} not ready yet: {}", properties.topic(), ex.toString()))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500))
				.maxBackoff(Duration.ofSeconds(10))
				.filter((ex) -> !(ex instanceof TopicMismatchException)))
			.doOnSuccess((done) -> {
				this.isReady = true;
				log.info("Topic {} is ready", properties.topic());
			})
			.then()
			.cache();
	}

	/**
	 * Starts the check; fails the start when the broker answers in time and the topic
	 * contradicts the configuration.
	 */
	@Override
	public void afterPropertiesSet() {
		try {
			this.ready.toFuture().get(START_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("Kafka did not answer within {} s; topic {} is checked in the background", START_WAIT_SECONDS,
					this.properties.topic());
			this.ready.subscribe(null, (failure) -> log.error("Topic {} cannot be used: {}", this.properties.topic(),
					failure.getMessage()));
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof TopicMismatchException mismatch) {
				throw mismatch;
			}
			throw new IllegalStateException("Checking topic " + this.properties.topic() + " failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Completes once the topic exists as configured; errors if it contradicts it. */
	public Mono<Void> ready() {
		return this.ready;
	}

	/** Whether the topic has been found (or made) as configured. */
	public boolean isReady() {
		return this.isReady;
	}

	private void ensureTopic() {
		String topic = this.properties.topic();
		try (AdminClient admin = AdminClient.create(this.adminConfig)) {
			TopicDescription description = describe(admin, topic);
			if (description == null) {
				create(admin, topic);
				description = describe(admin, topic);
				if (description == null) {
					throw new IllegalStateException("Topic " + topic + " was created but cannot be described yet");
				}
			}
			int partitions = description.partitions().size();
			if (partitions != this.properties.partitions()) {
				throw new TopicMismatchException(("Topic %s has %d partitions but newsroom.outbox.partitions is %d. "
						+ "The service never changes a topic's partition count: that would move ids to other "
						+ "partitions and break the order per id. Set newsroom.outbox.partitions=%d, or move the "
						+ "content to a new topic.")
					.formatted(topic, partitions, this.properties.partitions(), partitions));
			}
			checkConfig(admin, topic);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private TopicDescription describe(AdminClient admin, String topic) throws InterruptedException, ExecutionException {
		try {
			return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof UnknownTopicOrPartitionException) {
				return null;
			}
			throw ex;
		}
	}

	private void create(AdminClient admin, String topic) throws InterruptedException, ExecutionException {
		NewTopic newTopic = new NewTopic(topic, this.properties.partitions(), this.properties.replicas())
			.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
					TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG,
					String.valueOf(this.properties.effectiveMinInsyncReplicas())));
		try {
			admin.createTopics(List.of(newTopic)).all().get();
			log.info("Created topic {} ({} partitions, replication {}, min.insync.replicas {})", topic,
					this.properties.partitions(), this.properties.replicas(),
					this.properties.effectiveMinInsyncReplicas());
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw ex;
			}
			// Another replica created it meanwhile: checked like any existing topic.
		}
	}

	private void checkConfig(AdminClient admin, String topic) throws InterruptedException, ExecutionException {
		ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
		Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
		ConfigEntry cleanup = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
		if (cleanup == null || !cleanup.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
			throw new TopicMismatchException(("Topic %s has cleanup.policy=%s; the content topics must be compacted "
					+ "(cleanup.policy=compact), or consumers that start later miss content")
				.formatted(topic, (cleanup != null) ? cleanup.value() : "?"));
		}
		String wanted = String.valueOf(this.properties.effectiveMinInsyncReplicas());
		ConfigEntry minInsync = config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG);
		if (minInsync == null || !wanted.equals(minInsync.value())) {
			admin.incrementalAlterConfigs(Map.of(resource,
					List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, wanted),
							AlterConfigOp.OpType.SET))))
				.all()
				.get();
			log.info("Set min.insync.replicas of topic {} to {} (was {})", topic, wanted,
					(minInsync != null) ? minInsync.value() : "unset");
		}
	}

	/** The topic exists but contradicts the configuration; retrying does not help. */
	public static final class TopicMismatchException extends IllegalStateException {

		TopicMismatchException(String message) {
			super(message);
		}

	}

}
