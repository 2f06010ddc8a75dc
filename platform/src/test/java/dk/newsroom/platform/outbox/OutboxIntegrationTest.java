package dk.newsroom.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dk.newsroom.platform.outbox.OutboxProducers.ShardProducer;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TopicSnapshot;
import com.mongodb.client.model.UpdateOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.platform.outbox.Notes.LEASES;
import static dk.newsroom.platform.outbox.Notes.TOPIC;
import static dk.newsroom.testsupport.TopicSnapshot.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox with its relay stopped, so each step is ours to take: a write and its event
 * are one document, later writes replace a change not yet sent, a relay that died between
 * the commit and clearing the change sends it again, a shard held by another replica is
 * left to it, and a replica that lost its shard can no longer put a stale change on the
 * topic.
 */
@NewsroomIntegrationTest(properties = "newsroom.outbox.auto-start=false")
class OutboxIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	JsonMapper json;

	@Autowired
	OutboxRelay relay;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxProducers producers;

	@AfterEach
	void freeTheShards() {
		Notes.freeTheShards(this.mongo);
	}

	@Test
	void writesTheChangeAndItsEventInOneDocumentAndALaterChangeReplacesAnUnsentOne() {
		Note created = create();
		Document stored = stored(created.id());
		Document pending = stored.get("outbox", Document.class);
		assertThat(stored.get("version")).isEqualTo(1L);
		assertThat(pending.get("entityVersion")).isEqualTo(1L);
		assertThat(pending.getString("type")).isEqualTo("dk.newsroom.note.created");
		assertThat(this.json.readTree(pending.getString("payload")))
			.isEqualTo(this.json.readTree(this.json.writeValueAsString(created)));
		Date pendingSince = stored.getDate("pendingSince");
		assertThat(pendingSince).isNotNull();
		assertThat(stored.get("outboxShard")).isEqualTo(OutboxShards.of(created.id()));

		Note updated = Notes.update(this.http, created.id(), 1, "Mødet er flyttet til torsdag");
		stored = stored(created.id());
		pending = stored.get("outbox", Document.class);
		assertThat(stored.get("version")).isEqualTo(2L);
		assertThat(stored.getString("text")).isEqualTo("Mødet er flyttet til torsdag");
		assertThat(pending.get("entityVersion")).as("the latest change only").isEqualTo(2L);
		assertThat(this.json.readTree(pending.getString("payload")))
			.isEqualTo(this.json.readTree(this.json.writeValueAsString(updated)));
		assertThat(stored.getDate("pendingSince")).as("pending since the first unsent change").isEqualTo(pendingSince);

		assertThat(this.relay.relay(created.id()).block()).isPositive();
		// Committed records show to read_committed readers once the broker has written
		// the commit markers, a moment after the commit returned.
		TopicSnapshot.awaitVersion(TOPIC, created.id(), 2);
		List<ConsumerRecord<String, byte[]>> records = TopicSnapshot.read(TOPIC, created.id());
		assertThat(records).extracting((record) -> header(record, "ce_entityversion")).containsExactly("2");
		assertThat(stored(created.id())).doesNotContainKeys("outbox", "pendingSince");
	}

	@Test
	void sendsAgainWhenTheRelayDiedBetweenCommitAndClearingTheChange() throws Exception {
		Note created = create();
		OutboxEntry pending = OutboxEntry.fromDocument(stored(created.id()).get("outbox", Document.class));
		// The relay that "crashed": its transaction was committed, the change never
		// cleared.
		ShardProducer crashed = this.producers.open(OutboxShards.of(created.id()));
		try {
			crashed.producer().beginTransaction();
			this.sender.send(crashed.producer(), created.id(), pending).get(30, TimeUnit.SECONDS);
			crashed.producer().commitTransaction();
		}
		finally {
			crashed.close(Duration.ofSeconds(5));
		}

		assertThat(this.relay.relay(created.id()).block()).isPositive();

		Awaitility.await("both records of the key")
			.atMost(Duration.ofSeconds(30))
			.until(() -> TopicSnapshot.read(TOPIC, created.id()).size() >= 2);
		List<ConsumerRecord<String, byte[]>> records = TopicSnapshot.read(TOPIC, created.id());
		assertThat(records).hasSize(2);
		assertThat(records).extracting((record) -> header(record, "ce_id")).containsOnly(pending.eventId());
		assertThat(records).extracting((record) -> header(record, "ce_entityversion")).containsOnly("1");
		assertThat(stored(created.id())).doesNotContainKeys("outbox", "pendingSince");
	}

	@Test
	void leavesAShardToTheReplicaHoldingItsLease() {
		Note created = create();
		int shard = OutboxShards.of(created.id());
		this.mongo.getCollection(LEASES)
			.flatMap((leases) -> Mono.from(leases.updateOne(new Document("_id", shard),
					new Document("$set",
							new Document("owner", "other-replica").append("until",
									Date.from(Instant.now().plusSeconds(60)))),
					new UpdateOptions().upsert(true))))
			.block();

		assertThat(this.relay.relay(created.id()).block()).isZero();
		assertThat(stored(created.id())).containsKey("outbox");
		assertThat(TopicSnapshot.read(TOPIC, created.id())).isEmpty();
	}

	/**
	 * The race of a lease that ran out mid-send: replica A read version 1, its send is
	 * slow; replica B takes the shard over and publishes the newer version 2; A's version
	 * 1 arrives late. It must not become the key's last record, or compaction would keep
	 * it for good.
	 */
	@Test
	void aReplicaThatLostItsShardCannotPutAStaleChangeAfterANewerOne() throws Exception {
		Note created = create();
		OutboxEntry stale = OutboxEntry.fromDocument(stored(created.id()).get("outbox", Document.class));
		ShardProducer zombie = this.producers.open(OutboxShards.of(created.id()));
		try {
			zombie.producer().beginTransaction();
			Notes.update(this.http, created.id(), 1, "Rettet af den replika, der overtog");

			assertThat(this.relay.relay(created.id()).block()).as("the replica that took over").isPositive();

			assertThatThrownBy(() -> {
				this.sender.send(zombie.producer(), created.id(), stale).get(30, TimeUnit.SECONDS);
				zombie.producer().commitTransaction();
			}).as("the stale replica is fenced").isInstanceOf(Exception.class);
		}
		finally {
			zombie.close(Duration.ZERO);
		}

		TopicSnapshot.awaitVersion(TOPIC, created.id(), 2);
		List<ConsumerRecord<String, byte[]>> records = TopicSnapshot.read(TOPIC, created.id());
		assertThat(records).extracting((record) -> header(record, "ce_entityversion")).containsExactly("2");
		assertThat(stored(created.id())).doesNotContainKeys("outbox", "pendingSince");
	}

	private Note create() {
		return Notes.create(this.http, "Husk redaktionsmødet kl. 9");
	}

	private Document stored(String id) {
		return Notes.stored(this.mongo, id);
	}

}
