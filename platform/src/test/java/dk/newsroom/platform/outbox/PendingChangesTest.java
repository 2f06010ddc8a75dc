package dk.newsroom.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import dk.newsroom.platform.outbox.PendingChanges.Pending;
import dk.newsroom.testsupport.TestBackends;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relay's reads and clears against the store (either backend): what a round reads by
 * id when it knows what this replica wrote, and what clearing sent changes leaves.
 */
class PendingChangesTest {

	private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

	private final MongoClient client = MongoClients.create(TestBackends.mongo().connectionString());

	private final String name = "pending" + UUID.randomUUID().toString().replace("-", "");

	private final PendingChanges pending = new PendingChanges(new ReactiveMongoTemplate(this.client, "outbox-test"),
			this.name);

	private final MongoCollection<Document> documents = this.client.getDatabase("outbox-test").getCollection(this.name);

	@AfterEach
	void close() {
		Mono.from(this.documents.drop()).block();
		this.client.close();
	}

	@Test
	void readingByIdFindsOnlyChangesThatMayGoNowOldestFirst() {
		OutboxEntry newer = entry(NOW.minusSeconds(10), "{\"v\":1}");
		OutboxEntry older = entry(NOW.minusSeconds(60), "{\"v\":2}");
		OutboxEntry backingOff = entry(NOW.minusSeconds(90), "{\"v\":3}");
		OutboxEntry backedOff = entry(NOW.minusSeconds(120), "{\"v\":4}");
		insert("a", newer, null);
		insert("b", older, null);
		insert("c", backingOff, NOW.plusSeconds(5));
		insert("d", backedOff, NOW.minusSeconds(1));
		insert("e", null, null);
		insert("not-asked", entry(NOW.minusSeconds(300), "{\"v\":5}"), null);

		List<Pending> ready = this.pending.readyAmong(List.of("a", "b", "c", "d", "e", "gone"), NOW);

		assertThat(ready).extracting(Pending::id).containsExactly("d", "b", "a");
		assertThat(ready.get(2).entry().eventId()).isEqualTo(newer.eventId());
		assertThat(ready.get(2).entry().payload()).isEqualTo("{\"v\":1}");
	}

	@Test
	void sentChangesClearAndANewerPendingOneStays() {
		OutboxEntry sentA = entry(NOW.minusSeconds(30), "{\"v\":1}");
		OutboxEntry sentB = entry(NOW.minusSeconds(20), "{\"v\":1}");
		OutboxEntry tombstone = entry(NOW.minusSeconds(10), null);
		insert("a", sentA, null);
		insert("b", sentB, null);
		// b has been pending since an earlier change that sentB replaced before it went.
		Mono.from(this.documents.updateOne(Filters.eq("_id", "b"),
				new Document("$set", new Document(OutboxFields.PENDING_SINCE, Date.from(NOW.minusSeconds(100))))))
			.block();
		insert("c", tombstone, null);
		Mono.from(this.documents.updateOne(Filters.eq("_id", "c"),
				new Document("$set", new Document(OutboxFields.DELETED, true))))
			.block();
		List<Pending> read = this.pending.readyAmong(List.of("a", "b", "c"), NOW);
		// Meanwhile b was changed again: its newer change replaced the one being sent.
		OutboxEntry newerB = entry(NOW.minusSeconds(5), "{\"v\":2}");
		Mono.from(this.documents.updateOne(Filters.eq("_id", "b"),
				new Document("$set", new Document(OutboxFields.OUTBOX, newerB.toDocument()))))
			.block();

		this.pending.sent(read);

		Document a = find("a");
		assertThat(a).isNotNull();
		assertThat(a.containsKey(OutboxFields.OUTBOX)).isFalse();
		assertThat(a.containsKey(OutboxFields.PENDING_SINCE)).isFalse();
		Document b = find("b");
		assertThat(b.get(OutboxFields.OUTBOX, Document.class).getString("eventId")).isEqualTo(newerB.eventId());
		assertThat(b.getDate(OutboxFields.PENDING_SINCE).toInstant())
			.as("pending since the sent change's time, no longer the earlier one's")
			.isEqualTo(sentB.time());
		assertThat(find("c")).as("the deleted document goes once its tombstone is sent").isNull();
		assertThat(this.pending.readyAmong(List.of("a", "b", "c"), NOW)).extracting(Pending::id).containsExactly("b");
	}

	private static OutboxEntry entry(Instant time, String payload) {
		return new OutboxEntry(UUID.randomUUID().toString(), "dk.newsroom.test.updated", 1, time, payload);
	}

	private void insert(String id, OutboxEntry entry, Instant retryAt) {
		Document document = new Document("_id", id).append(OutboxFields.VERSION, 1L)
			.append(OutboxFields.DELETED, false)
			.append(OutboxFields.SHARD, OutboxShards.of(id));
		if (entry != null) {
			document.append(OutboxFields.OUTBOX, entry.toDocument())
				.append(OutboxFields.PENDING_SINCE, Date.from(entry.time()));
		}
		if (retryAt != null) {
			document.append(OutboxFields.RETRY_AT, Date.from(retryAt)).append(OutboxFields.ATTEMPTS, 1);
		}
		Mono.from(this.documents.insertOne(document)).block(Duration.ofSeconds(30));
	}

	private Document find(String id) {
		return Flux.from(this.documents.find(Filters.eq("_id", id))).next().block(Duration.ofSeconds(30));
	}

}
