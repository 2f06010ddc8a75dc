package dk.newsroom.platform.outbox;

import java.time.Duration;
import java.util.List;

import dk.newsroom.testsupport.KafkaBackend;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TestBackends;
import dk.newsroom.testsupport.TopicSnapshot;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.platform.outbox.Notes.TOPIC;
import static dk.newsroom.testsupport.TopicSnapshot.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the broker down, writes still succeed, and each document's latest change reaches
 * the topic once the broker is back (the changes in between are coalesced: the topic is
 * compacted and every record carries the full state).
 */
@NewsroomIntegrationTest(properties = "newsroom.outbox.sweep-interval=500ms")
class BrokerOutageIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	static final int SAVES = 1_000;

	final KafkaBackend kafka = TestBackends.kafka();

	@AfterEach
	void brokerBack() {
		this.kafka.start();
	}

	@Test
	void acceptsWritesWhileTheBrokerIsDownAndPublishesThemAfterwards() {
		String kept = Notes.create(this.http, "Notat under afbrydelsen").id();
		String deleted = Notes.create(this.http, "Notat der slettes").id();
		await().atMost(Duration.ofSeconds(30)).until(() -> TopicSnapshot.read(TOPIC, deleted).size() == 1);

		this.kafka.stop();
		Notes.update(this.http, kept, 1, "Ændret mens Kafka var nede");
		Notes.update(this.http, kept, 2, "Opdateret mens Kafka var nede");
		Notes.delete(this.http, deleted);
		assertThat(Notes.stored(this.mongo, kept).get("outbox", Document.class))
			.as("the latest change pending while the broker is down")
			.containsEntry("entityVersion", 3L);

		this.kafka.start();

		List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> TopicSnapshot.read(TOPIC, kept),
					(found) -> !found.isEmpty() && "3".equals(header(found.get(found.size() - 1), "ce_entityversion")));
		// Version 2 may have been handed to the producer before the outage began; then it
		// is delivered when the broker is back. Otherwise the latest change replaced it.
		assertThat(records).extracting((record) -> header(record, "ce_entityversion"))
			.as("in order, ending with the latest")
			.isSubsetOf("1", "2", "3")
			.startsWith("1")
			.endsWith("3")
			.doesNotHaveDuplicates();
		assertThat(TopicSnapshot.value(records.get(records.size() - 1))).contains("Opdateret mens Kafka var nede");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(TopicSnapshot.read(TOPIC, deleted))
				.extracting((record) -> header(record, "ce_type"))
				.containsExactly("dk.newsroom.note.created", "dk.newsroom.note.deleted"));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(Notes.stored(this.mongo, kept)).doesNotContainKey("outbox");
			assertThat(Notes.stored(this.mongo, deleted)).isNull();
		});
	}

	/**
	 * A document's pending change stays one copy of its state, however many saves the
	 * outage lasts: a note as large as the largest article the articles API takes (a body
	 * of 100 000 characters), saved {@value #SAVES} times, and the document never holds
	 * more than its state and one change.
	 */
	@Test
	void manySavesOfALargeDocumentDuringAnOutageKeepTheDocumentSmallAndPublishTheLatest() {
		String sentence = "Æblerne i Ærø og Øresund blev sorteret på en ny måde, fortæller forskerne. ";
		String large = sentence.repeat(99_000 / sentence.length());
		String id = Notes.create(this.http, large).id();
		await().atMost(Duration.ofSeconds(30)).until(() -> TopicSnapshot.read(TOPIC, id).size() == 1);
		int oneCopy = bsonSize(id);

		this.kafka.stop();
		for (int save = 1; save <= SAVES; save++) {
			Notes.update(this.http, id, save, "Gemt for " + save + ". gang mens Kafka var nede. " + large);
		}
		// The state and one pending copy of it, whatever the number of saves.
		assertThat(bsonSize(id)).as("stored size after %s saves, against %s bytes once sent", SAVES, oneCopy)
			.isLessThan(2 * oneCopy + oneCopy / 10);
		this.kafka.start();

		String latest = String.valueOf(SAVES + 1);
		List<ConsumerRecord<String, byte[]>> records = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> TopicSnapshot.read(TOPIC, id),
					(found) -> latest.equals(header(found.get(found.size() - 1), "ce_entityversion")));
		assertThat(TopicSnapshot.value(records.get(records.size() - 1)))
			.contains("Gemt for " + SAVES + ". gang mens Kafka var nede");
	}

	private int bsonSize(String id) {
		return new RawBsonDocument(Notes.stored(this.mongo, id), new DocumentCodec()).getByteBuffer().remaining();
	}

}
