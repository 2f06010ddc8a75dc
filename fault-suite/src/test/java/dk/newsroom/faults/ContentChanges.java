package dk.newsroom.faults;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dk.newsroom.contracts.ContractType;
import dk.newsroom.contracts.EventContract;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes changes to the three content topics the way the content services do, without
 * running them: the topics as their {@code TopicInitializer} creates them (compacted, 3
 * partitions, {@code min.insync.replicas} 1), and records as their outbox sends them
 * (CloudEvents binary mode with the CloudEvents SDK: {@code ce_*} headers including
 * {@code ce_entityversion}, key = resource id, a tombstone for a deletion), in
 * transactions of an idempotent producer, so consumers reading {@code read_committed} see
 * transaction markers between the records as they do in production.
 */
final class ContentChanges implements AutoCloseable {

	private static final int PARTITIONS = 3;

	private final String bootstrap;

	private final KafkaProducer<String, byte[]> producer;

	ContentChanges(String bootstrap) {
		this.bootstrap = bootstrap;
		createTopics();
		Map<String, Object> config = new HashMap<>();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "fault-suite-content-" + UUID.randomUUID());
		this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
		this.producer.initTransactions();
	}

	/** Creates the topics that are missing; existing ones are used as they are. */
	private void createTopics() {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap))) {
			Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
			List<NewTopic> missing = EventContract.TOPICS.stream()
				.filter((topic) -> !existing.contains(topic))
				.map((topic) -> new NewTopic(topic, PARTITIONS, (short) 1)
					.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
							TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, "1")))
				.toList();
			admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not create the content topics", ex);
		}
	}

	/**
	 * Writes the changes in one transaction, in list order, and returns once it is
	 * committed.
	 * @return each change with its {@code ce_id} and where it was written
	 */
	List<Sent> send(List<Change> changes) {
		this.producer.beginTransaction();
		List<Future<RecordMetadata>> futures = new ArrayList<>();
		List<String> eventIds = new ArrayList<>();
		for (Change change : changes) {
			String eventId = UUID.randomUUID().toString();
			eventIds.add(eventId);
			CloudEventBuilder event = CloudEventBuilder.v1()
				.withId(eventId)
				.withSource(URI.create(change.type().source()))
				.withType(change.type().eventType(change.action()))
				.withTime(OffsetDateTime.now(ZoneOffset.UTC))
				.withSubject(change.id())
				.withExtension(EventContract.ENTITY_VERSION_EXTENSION, change.version())
				.withDataContentType(EventContract.CONTENT_TYPE);
			if (change.json() != null) {
				event.withData(change.json().getBytes(StandardCharsets.UTF_8));
			}
			futures.add(this.producer.send(KafkaMessageFactory.<String>createWriter(change.type().topic(), change.id())
				.writeBinary(event.build())));
		}
		this.producer.commitTransaction();
		List<Sent> sent = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			try {
				RecordMetadata metadata = futures.get(i).get(30, TimeUnit.SECONDS);
				sent.add(new Sent(changes.get(i), eventIds.get(i), metadata.partition(), metadata.offset()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (ExecutionException | TimeoutException ex) {
				throw new IllegalStateException("A committed record has no metadata", ex);
			}
		}
		return sent;
	}

	@Override
	public void close() {
		this.producer.close();
	}

	/**
	 * One change of a resource.
	 *
	 * @param action {@code created}, {@code updated} or {@code deleted}
	 * @param json the record value (the resource), or null for a deletion (a tombstone)
	 */
	record Change(ContractType type, String id, long version, String action, String json) {

		/** The ordering key of webhooks-service: one resource of one type. */
		String key() {
			return this.type.type() + ":" + this.id;
		}

	}

	/**
	 * A change as written.
	 *
	 * @param eventId its {@code ce_id}, which a webhook carries as {@code webhook-id}
	 */
	record Sent(Change change, String eventId, int partition, long offset) {

		String topic() {
			return this.change.type().topic();
		}

	}

}
