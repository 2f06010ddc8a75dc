package dk.newsroom.platform.outbox;

import java.time.Duration;
import java.util.Date;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TopicSnapshot;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.platform.outbox.Notes.TOPIC;
import static dk.newsroom.testsupport.TopicSnapshot.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A change the broker refuses for what it is (here: larger than the producer's
 * {@code max.request.size}) waits on its own document with a growing back-off, and delays
 * nobody else; the next save of the document clears the back-off.
 */
@NewsroomIntegrationTest(properties = "spring.kafka.producer.properties.max.request.size=20000")
class OutboxRefusalIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Test
	void aRefusedChangeBacksOffAloneAndOthersAreSent() {
		String sentence = "Et langt notat om fibernettet på Fyn og i Sønderjylland. ";
		String refused = Notes.create(this.http, sentence.repeat(40_000 / sentence.length())).id();
		String others = Notes.create(this.http, "Et kort notat").id();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(TopicSnapshot.read(TOPIC, others)).hasSize(1));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Document stored = stored(refused);
			assertThat(stored.getInteger("outboxAttempts", 0)).isPositive();
			assertThat(stored.getDate("outboxRetryAt")).isAfter(new Date());
		});
		assertThat(stored(refused)).containsKeys("outbox", "pendingSince");
		assertThat(TopicSnapshot.read(TOPIC, refused)).isEmpty();

		Notes.update(this.http, refused, 1, "Nu et kortere notat");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(TopicSnapshot.read(TOPIC, refused))
				.extracting((record) -> header(record, "ce_entityversion"))
				.containsExactly("2"));
		assertThat(stored(refused)).doesNotContainKeys("outbox", "pendingSince", "outboxRetryAt", "outboxAttempts");
	}

	private Document stored(String id) {
		return Notes.stored(this.mongo, id);
	}

}
