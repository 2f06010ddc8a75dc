package dk.newsroom.webhooks.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;

/**
 * Reads the three content topics in batches. The container commits a batch's offsets only
 * after this method returns, and it returns only once every delivery of the batch is
 * stored: at least once, never lost. A failure to store throws, and the batch is read
 * again (the error handler retries without end).
 */
class ChangeListener {

	/** How long storing one batch may take before it is tried again. */
	static final Duration STORE_TIMEOUT = Duration.ofSeconds(60);

	private final ChangeReader reader;

	private final DeliveryIntake intake;

	private final Dispatcher dispatcher;

	ChangeListener(ChangeReader reader, DeliveryIntake intake, Dispatcher dispatcher) {
		this.reader = reader;
		this.intake = intake;
		this.dispatcher = dispatcher;
	}

	// idIsGroup false: the group is spring.kafka.consumer.group-id, not the listener's
	// id.
	@KafkaListener(id = "webhooks-intake", idIsGroup = false,
			topics = { "newsroom.articles.v1", "newsroom.events.v1", "newsroom.people.v1" }, batch = "true")
	void onChanges(List<ConsumerRecord<String, byte[]>> records) {
		List<Change> changes = records.stream().map(this.reader::read).flatMap(Optional::stream).toList();
		Long queued = this.intake.accept(changes).block(STORE_TIMEOUT);
		if (queued != null && queued > 0) {
			this.dispatcher.wake();
		}
	}

}
