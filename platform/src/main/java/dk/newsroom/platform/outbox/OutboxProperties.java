package dk.newsroom.platform.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

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
 * @param partitions partitions of the topic when this service creates it
 * @param replicas replication factor of the topic when this service creates it
 * @param sweepInterval how often the sweeper looks for entries still pending
 * @param lease how long a relay owns a document's pending entries
 * @param sendTimeout how long one send may wait for the broker's acknowledgement
 * @param autoStart whether the relay and the sweeper start with the application; tests
 * that play a crashed relay turn it off
 * @param shutdownTimeout how long stopping the relay waits for relays in flight to be
 * acknowledged and removed; keep it below
 * {@code spring.lifecycle.timeout-per-shutdown-phase} (30 s by default). What is still in
 * flight after it stays pending for the sweeper.
 */
@Validated
@ConfigurationProperties("newsroom.outbox")
public record OutboxProperties(@NotBlank String collection, @NotBlank String topic, @NotBlank String source,
		@NotBlank String eventTypePrefix, @DefaultValue("3") @Min(1) int partitions,
		@DefaultValue("1") @Min(1) short replicas, @DefaultValue("2s") @NotNull Duration sweepInterval,
		@DefaultValue("60s") @NotNull Duration lease, @DefaultValue("30s") @NotNull Duration sendTimeout,
		@DefaultValue("true") boolean autoStart, @DefaultValue("10s") @NotNull Duration shutdownTimeout) {

}
