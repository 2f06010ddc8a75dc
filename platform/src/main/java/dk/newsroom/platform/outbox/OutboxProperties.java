package dk.newsroom.platform.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a service publishes its changes.
 *
 * @param collection the MongoDB collection whose documents carry an outbox
 * @param topic the compacted Kafka topic, e.g. {@code newsroom.articles.v1}
 * @param source the CloudEvents source, e.g. {@code /articles-service}
 * @param eventTypePrefix e.g. {@code dk.newsroom.article}; events are
 * {@code <prefix>.created|updated|deleted}
 * @param partitions partitions of the topic: it is created with this many, and the
 * service refuses to start when an existing topic has another count (adding partitions
 * would move keys away from their earlier records)
 * @param replicas replication factor of the topic when this service creates it
 * @param minInsyncReplicas the topic's {@code min.insync.replicas}, set when it is
 * created and corrected at start when it differs; by default 2 where the replication
 * factor is 3 or more, else 1
 * @param sweepInterval how often a replica takes over shards whose lease ran out and
 * measures the backlog
 * @param pollInterval how often a replica looks for changes written by other replicas in
 * the shards it relays (its own writes are relayed at once)
 * @param lease how long a replica holds a shard without renewing it; another replica
 * takes the shard over after that
 * @param sendTimeout how long one round of sends waits for the broker's acknowledgements;
 * a backstop above the producer's {@code delivery.timeout.ms}
 * @param batchSize at most this many documents per transaction
 * @param transactionalIdPrefix the shards' producers use {@code <prefix>-<shard>}; the
 * same on every replica of a service, different across services; by default
 * {@code <topic>.outbox}
 * @param autoStart whether the relays start with the application; tests that play a
 * crashed relay turn it off
 * @param shutdownTimeout how long stopping waits for the rounds in flight to be
 * acknowledged and recorded; keep it below
 * {@code spring.lifecycle.timeout-per-shutdown-phase} (30 s by default). What is still in
 * flight after it stays pending for the next replica.
 */
@Validated
@ConfigurationProperties("newsroom.outbox")
public record OutboxProperties(@NotBlank String collection, @NotBlank String topic, @NotBlank String source,
		@NotBlank String eventTypePrefix, @DefaultValue("3") @Min(1) int partitions,
		@DefaultValue("1") @Min(1) short replicas, @Nullable @Min(1) Integer minInsyncReplicas,
		@DefaultValue("2s") @NotNull Duration sweepInterval, @DefaultValue("250ms") @NotNull Duration pollInterval,
		@DefaultValue("15s") @NotNull Duration lease, @DefaultValue("30s") @NotNull Duration sendTimeout,
		@DefaultValue("100") @Min(1) @Max(1000) int batchSize, @Nullable String transactionalIdPrefix,
		@DefaultValue("true") boolean autoStart, @DefaultValue("10s") @NotNull Duration shutdownTimeout) {

	/** {@code min.insync.replicas} of the topic. */
	public int effectiveMinInsyncReplicas() {
		if (this.minInsyncReplicas != null) {
			return this.minInsyncReplicas;
		}
		return (this.replicas >= 3) ? 2 : 1;
	}

	/** The {@code transactional.id} of a shard's producer. */
	public String transactionalId(int shard) {
		String prefix = (this.transactionalIdPrefix != null && !this.transactionalIdPrefix.isBlank())
				? this.transactionalIdPrefix : this.topic + ".outbox";
		return prefix + "-" + shard;
	}

}
