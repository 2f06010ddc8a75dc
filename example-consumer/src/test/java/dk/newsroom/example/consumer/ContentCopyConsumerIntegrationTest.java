package dk.newsroom.example.consumer;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import dk.newsroom.example.consumer.ContentCopy.Outcome;
import dk.newsroom.testsupport.TestBackends;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The example consumer against a real broker ({@link TestBackends#kafka()}), fed with
 * records written exactly as the services' outbox relay writes them (key = id, JSON value
 * or a tombstone, CloudEvents binary-mode headers through the SDK's
 * {@link KafkaMessageFactory}). Every test uses its own ids; the topics are shared.
 */
class ContentCopyConsumerIntegrationTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static KafkaProducer<String, byte[]> producer;

	@BeforeAll
	static void topicsAndProducer() {
		createCompactedTopics(ContentType.standardTopics().keySet().toArray(String[]::new));
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
	}

	@AfterAll
	static void closeProducer() {
		producer.close();
	}

	@Test
	void bootstrapsWhatIsOnTheTopicsAndSignalsCaughtUpOnceItHasReadIt() throws Exception {
		String article = newId();
		String event = newId();
		String person = newId();
		send(created(ContentType.ARTICLE, article, 1, articleJson(article, 1, "DRAFT", "Kladde om datacentre")));
		send(updated(ContentType.ARTICLE, article, 2,
				articleJson(article, 2, "PUBLISHED", "Østjysk it-firma åbner nyt datacenter i Århus")));
		send(created(ContentType.EVENT, event, 1, eventJson(event, 1, "Cybersikkerhed i den offentlige sektor")));
		send(created(ContentType.PERSON, person, 1, personJson(person, 1, "Mette Kjær Sørensen", "Nordlys Data")));

		ContentCopy copy = new ContentCopy();
		try (ContentCopyConsumer consumer = new ContentCopyConsumer(bootstrapServers(), copy, new Recorder()).start()) {
			consumer.caughtUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);

			// Caught up means everything produced before the start is in the copy:
			// no waiting needed here.
			assertThat(consumer.isCaughtUp()).isTrue();
			assertThat(copy.get(ContentType.ARTICLE, article)).hasValueSatisfying((entry) -> {
				assertThat(entry.version()).isEqualTo(2);
				assertThat(entry.json()).contains("\"status\":\"PUBLISHED\"");
			});
			assertThat(copy.get(ContentType.EVENT, event)).hasValueSatisfying(
					(entry) -> assertThat(entry.json()).contains("Cybersikkerhed i den offentlige sektor"));
			assertThat(copy.get(ContentType.PERSON, person))
				.hasValueSatisfying((entry) -> assertThat(entry.json()).contains("Mette Kjær Sørensen"));
		}
	}

	@Test
	void followsChangesOfAllThreeTopicsAfterCatchingUp() throws Exception {
		ContentCopy copy = new ContentCopy();
		try (ContentCopyConsumer consumer = new ContentCopyConsumer(bootstrapServers(), copy, new Recorder()).start()) {
			consumer.caughtUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
			String article = newId();
			String event = newId();
			String person = newId();

			send(created(ContentType.ARTICLE, article, 1, articleJson(article, 1, "DRAFT", "Kommunerne samler it")));
			send(created(ContentType.EVENT, event, 1, eventJson(event, 1, "Cloudkonferencen i Odense")));
			send(created(ContentType.PERSON, person, 1, personJson(person, 1, "Sofie Brandt Lund", "Vestdata")));
			await().atMost(WAIT).untilAsserted(() -> {
				assertThat(copy.version(ContentType.ARTICLE, article)).hasValue(1);
				assertThat(copy.version(ContentType.EVENT, event)).hasValue(1);
				assertThat(copy.version(ContentType.PERSON, person)).hasValue(1);
			});

			send(updated(ContentType.ARTICLE, article, 2,
					articleJson(article, 2, "PUBLISHED", "Kommunerne samler deres it-drift")));
			await().atMost(WAIT)
				.untilAsserted(() -> assertThat(copy.get(ContentType.ARTICLE, article))
					.hasValueSatisfying((entry) -> assertThat(entry.json()).contains("PUBLISHED")
						.contains("Kommunerne samler deres it-drift")));
		}
	}

	@Test
	void ignoresDuplicatesRedeliveriesAndOlderVersions() throws Exception {
		Recorder recorder = new Recorder();
		ContentCopy copy = new ContentCopy();
		try (ContentCopyConsumer consumer = new ContentCopyConsumer(bootstrapServers(), copy, recorder).start()) {
			consumer.caughtUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
			String id = newId();
			CloudEvent v1 = created(ContentType.EVENT, id, 1, eventJson(id, 1, "Kladde"));
			CloudEvent v2 = updated(ContentType.EVENT, id, 2, eventJson(id, 2, "Sikkerhedsdagen i Aalborg"));
			CloudEvent v3 = updated(ContentType.EVENT, id, 3, eventJson(id, 3, "Sikkerhedsdagen i Aalborg – udsolgt"));
			send(v1);
			send(v2);
			send(v3);
			send(v3); // a duplicate: the same event (same ce_id) twice
			send(v2); // a redelivery of an older change, out of order
			send(v1);

			await().atMost(WAIT).until(() -> recorder.outcomes(id).size() == 6);
			assertThat(recorder.outcomes(id)).containsExactly(Outcome.ADDED, Outcome.UPDATED, Outcome.UPDATED,
					Outcome.IGNORED, Outcome.IGNORED, Outcome.IGNORED);
			assertThat(copy.get(ContentType.EVENT, id)).hasValueSatisfying((entry) -> {
				assertThat(entry.version()).isEqualTo(3);
				assertThat(entry.json()).contains("Sikkerhedsdagen i Aalborg – udsolgt");
			});
		}
	}

	@Test
	void aTombstoneRemovesTheResourceAndAStaleRecordAfterItDoesNotResurrectIt() throws Exception {
		String id = newId();
		Recorder recorder = new Recorder();
		ContentCopy copy = new ContentCopy();
		try (ContentCopyConsumer consumer = new ContentCopyConsumer(bootstrapServers(), copy, recorder).start()) {
			consumer.caughtUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
			CloudEvent v2 = updated(ContentType.ARTICLE, id, 2, articleJson(id, 2, "PUBLISHED", "Snart slettet"));
			send(created(ContentType.ARTICLE, id, 1, articleJson(id, 1, "DRAFT", "Snart slettet")));
			send(v2);
			await().atMost(WAIT).untilAsserted(() -> assertThat(copy.get(ContentType.ARTICLE, id)).isPresent());

			send(deleted(ContentType.ARTICLE, id, 3));
			send(v2); // the relay redelivers an older record after the deletion

			await().atMost(WAIT).until(() -> recorder.outcomes(id).size() == 4);
			assertThat(recorder.outcomes(id)).containsExactly(Outcome.ADDED, Outcome.UPDATED, Outcome.REMOVED,
					Outcome.IGNORED);
			assertThat(copy.get(ContentType.ARTICLE, id)).isEmpty();
			assertThat(copy.version(ContentType.ARTICLE, id)).hasValue(3);
			Change tombstone = recorder.changes(id).get(2);
			assertThat(tombstone.isDeletion()).isTrue();
			assertThat(tombstone.eventType()).isEqualTo("dk.newsroom.article.deleted");
		}

		// A consumer that bootstraps afterwards does not see it either.
		ContentCopy later = new ContentCopy();
		try (ContentCopyConsumer consumer = new ContentCopyConsumer(bootstrapServers(), later, new Recorder())
			.start()) {
			consumer.caughtUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
			assertThat(later.get(ContentType.ARTICLE, id)).isEmpty();
			assertThat(later.version(ContentType.ARTICLE, id)).hasValue(3);
		}
	}

	@Test
	void danishCharactersSurviveTheRoundTrip() throws Exception {
		Recorder recorder = new Recorder();
		ContentCopy copy = new ContentCopy();
		try (ContentCopyConsumer consumer = new ContentCopyConsumer(bootstrapServers(), copy, recorder).start()) {
			consumer.caughtUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
			String article = newId();
			String person = newId();
			String articleJson = articleJson(article, 1, "PUBLISHED", "Ærø og Åbenrå får fælles løsning – søen ÆØÅ");
			String personJson = personJson(person, 1, "Søren Ærø Østergård", "Blåbær Data ApS");
			send(created(ContentType.ARTICLE, article, 1, articleJson));
			send(created(ContentType.PERSON, person, 1, personJson));

			await().atMost(WAIT).untilAsserted(() -> {
				assertThat(copy.get(ContentType.ARTICLE, article))
					.hasValueSatisfying((entry) -> assertThat(entry.json()).isEqualTo(articleJson));
				assertThat(copy.get(ContentType.PERSON, person))
					.hasValueSatisfying((entry) -> assertThat(entry.json()).isEqualTo(personJson));
			});
			assertThat(ExampleConsumer.describe(recorder.changes(person).get(0), Outcome.ADDED))
				.endsWith("Søren Ærø Østergård, Blåbær Data ApS");
		}
	}

	@Test
	void aConsumerStartedLaterReachesTheSameCopyAsOneThatWasRunning() throws Exception {
		Recorder runningRecorder = new Recorder();
		ContentCopy running = new ContentCopy();
		String article = newId();
		String event = newId();
		String person = newId();
		String removed = newId();
		try (ContentCopyConsumer first = new ContentCopyConsumer(bootstrapServers(), running, runningRecorder)
			.start()) {
			first.caughtUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
			CloudEvent articleV2 = updated(ContentType.ARTICLE, article, 2,
					articleJson(article, 2, "PUBLISHED", "Ny it-chef i Region Midtjylland"));
			send(created(ContentType.ARTICLE, article, 1, articleJson(article, 1, "DRAFT", "Ny it-chef")));
			send(articleV2);
			send(articleV2);
			send(created(ContentType.EVENT, event, 1, eventJson(event, 1, "Datacenterdagen")));
			send(updated(ContentType.EVENT, event, 2, eventJson(event, 2, "Datacenterdagen – aflyst")));
			send(created(ContentType.PERSON, person, 1, personJson(person, 1, "Jens Ødegaard", "Fjordnet A/S")));
			send(created(ContentType.PERSON, removed, 1, personJson(removed, 1, "Anne Ålund", "Vestdata")));
			send(deleted(ContentType.PERSON, removed, 2));
			await().atMost(WAIT)
				.until(() -> runningRecorder.outcomes(article).size() == 3
						&& runningRecorder.outcomes(event).size() == 2 && runningRecorder.outcomes(person).size() == 1
						&& runningRecorder.outcomes(removed).size() == 2);

			ContentCopy later = new ContentCopy();
			try (ContentCopyConsumer second = new ContentCopyConsumer(bootstrapServers(), later, new Recorder())
				.start()) {
				second.caughtUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);
				for (ContentType type : ContentType.values()) {
					for (String id : List.of(article, event, person, removed)) {
						assertThat(later.version(type, id)).as("%s %s", type, id).isEqualTo(running.version(type, id));
						assertThat(later.get(type, id)).as("%s %s", type, id).isEqualTo(running.get(type, id));
					}
				}
			}
			assertThat(running.get(ContentType.PERSON, removed)).isEmpty();
			assertThat(running.get(ContentType.EVENT, event))
				.hasValueSatisfying((entry) -> assertThat(entry.json()).contains("aflyst"));
		}
	}

	@Test
	void aTopicCreatedAfterTheStartDoesNotHoldBackCatchingUpAndIsReadFromItsBeginning() throws Exception {
		String topic = "example-consumer-test.articles." + newId();
		ContentCopy copy = new ContentCopy();
		try (ContentCopyConsumer consumer = new ContentCopyConsumer(bootstrapServers(),
				Map.of(topic, ContentType.ARTICLE), Duration.ofMillis(200), copy, new Recorder())
			.start()) {
			consumer.caughtUp().get(WAIT.toSeconds(), TimeUnit.SECONDS);

			createCompactedTopics(topic);
			String id = newId();
			send(topic, created(ContentType.ARTICLE, id, 1, articleJson(id, 1, "DRAFT", "Første artikel")));
			await().atMost(WAIT).untilAsserted(() -> assertThat(copy.version(ContentType.ARTICLE, id)).hasValue(1));
		}
	}

	// --- records as the services write them (OutboxSender)

	private static CloudEvent created(ContentType type, String id, long version, String json) {
		return event(type, id, version, "created", json);
	}

	private static CloudEvent updated(ContentType type, String id, long version, String json) {
		return event(type, id, version, "updated", json);
	}

	private static CloudEvent deleted(ContentType type, String id, long version) {
		return event(type, id, version, "deleted", null);
	}

	private static CloudEvent event(ContentType type, String id, long version, String change, String json) {
		CloudEventBuilder event = CloudEventBuilder.v1()
			.withId(UUID.randomUUID().toString())
			.withSource(URI.create("/" + type.topic().split("\\.")[1] + "-service"))
			.withType("dk.newsroom." + type.label() + "." + change)
			.withTime(OffsetDateTime.now(ZoneOffset.UTC))
			.withSubject(id)
			.withExtension(ChangeDecoder.ENTITY_VERSION, version)
			.withDataContentType("application/json");
		if (json != null) {
			event.withData(json.getBytes(StandardCharsets.UTF_8));
		}
		return event.build();
	}

	private static void send(CloudEvent event) throws Exception {
		ContentType type = ContentType.valueOf(event.getType().split("\\.")[2].toUpperCase());
		send(type.topic(), event);
	}

	private static void send(String topic, CloudEvent event) throws Exception {
		ProducerRecord<String, byte[]> record = KafkaMessageFactory.<String>createWriter(topic, event.getSubject())
			.writeBinary(event);
		producer.send(record).get(WAIT.toSeconds(), TimeUnit.SECONDS);
	}

	private static String articleJson(String id, long version, String status, String headline) {
		return """
				{"id":"%s","status":"%s","headline":"%s","section":"Cloud","version":%d}""".formatted(id, status,
				headline, version);
	}

	private static String eventJson(String id, long version, String title) {
		return """
				{"id":"%s","status":"PUBLISHED","title":"%s","city":"Aarhus","version":%d}""".formatted(id, title,
				version);
	}

	private static String personJson(String id, long version, String name, String company) {
		return """
				{"id":"%s","status":"PUBLISHED","kind":"NEW_JOB","person":{"name":"%s"},"company":"%s","version":%d}"""
			.formatted(id, name, company, version);
	}

	// --- plumbing

	private static String newId() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
	}

	private static String bootstrapServers() {
		return TestBackends.kafka().bootstrapServers();
	}

	private static void createCompactedTopics(String... topics) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
			for (String topic : topics) {
				NewTopic compacted = new NewTopic(topic, 3, (short) 1)
					.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
				try {
					admin.createTopics(List.of(compacted)).all().get(30, TimeUnit.SECONDS);
				}
				catch (ExecutionException ex) {
					if (!(ex.getCause() instanceof TopicExistsException)) {
						throw new IllegalStateException(ex);
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

	/** Remembers every record the consumer decoded, with what applying it did. */
	private static final class Recorder implements ContentCopyConsumer.Listener {

		private final ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();

		@Override
		public void onChange(Change change, Outcome outcome) {
			this.seen.add(new Seen(change, outcome));
		}

		List<Outcome> outcomes(String id) {
			return this.seen.stream().filter((s) -> s.change().id().equals(id)).map(Seen::outcome).toList();
		}

		List<Change> changes(String id) {
			return this.seen.stream().filter((s) -> s.change().id().equals(id)).map(Seen::change).toList();
		}

		private record Seen(Change change, Outcome outcome) {
		}

	}

}
