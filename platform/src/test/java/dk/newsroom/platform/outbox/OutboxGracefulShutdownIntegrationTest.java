package dk.newsroom.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TopicSnapshot;
import org.apache.kafka.clients.producer.Producer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import static dk.newsroom.platform.outbox.Notes.TOPIC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the relay (graceful shutdown) lets a send in flight be acknowledged and
 * removed from its document, within {@code newsroom.outbox.shutdown-timeout}. The
 * application's relay is stopped; each test runs its own over a sender whose
 * acknowledgements it delays.
 */
@NewsroomIntegrationTest(properties = "newsroom.outbox.auto-start=false")
class OutboxGracefulShutdownIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	@Autowired
	OutboxProperties properties;

	@Autowired
	OutboxProducers producers;

	@Autowired
	TopicInitializer topics;

	@Autowired
	OutboxMetrics metrics;

	@Autowired
	Clock clock;

	/** A relay given up on keeps its shards until their leases run out; free them. */
	@AfterEach
	void freeTheShards() {
		Notes.freeTheShards(this.mongo);
	}

	@Test
	void stopWaitsForTheSendInFlightToBeAcknowledgedAndRemoved() throws InterruptedException {
		String id = create();
		SlowSender slow = new SlowSender(this.properties,
				(send) -> Mono.delay(Duration.ofMillis(1500)).then(Mono.fromFuture(send)));
		OutboxRelay relay = relay(Duration.ofSeconds(10), slow);
		relay.start();
		relay.kick(id);
		assertThat(slow.started.await(10, TimeUnit.SECONDS)).as("send started").isTrue();
		assertThat(pending(id)).as("not yet acknowledged when stop begins").isNotNull();

		relay.stop();

		assertThat(pending(id)).as("acknowledged and cleared before stop returned").isNull();
		TopicSnapshot.awaitVersion(TOPIC, id, 1);
		assertThat(TopicSnapshot.read(TOPIC, id)).hasSize(1);
		assertThat(relay.isRunning()).isFalse();
	}

	@Test
	void stopGivesUpAfterTheTimeoutAndLeavesTheChangePendingForTheNextHolder() throws InterruptedException {
		String id = create();
		SlowSender stuck = new SlowSender(this.properties, (send) -> Mono.never());
		OutboxRelay relay = relay(Duration.ofMillis(500), stuck);
		relay.start();
		relay.kick(id);
		assertThat(stuck.started.await(10, TimeUnit.SECONDS)).as("send started").isTrue();

		long started = System.nanoTime();
		relay.stop();
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(450)).isLessThan(Duration.ofSeconds(5));
		assertThat(pending(id)).as("left for the next holder of the shard").isNotNull();

		String later = create();
		relay.kick(later);
		assertThat(stuck.sends).as("a kick after stop is left to the next holder").isEqualTo(1);
	}

	private OutboxRelay relay(Duration shutdownTimeout, OutboxSender sender) {
		OutboxProperties p = this.properties;
		OutboxProperties withTimeout = new OutboxProperties(p.collection(), p.topic(), p.source(), p.eventTypePrefix(),
				p.partitions(), p.replicas(), p.minInsyncReplicas(), p.sweepInterval(), p.pollInterval(), p.lease(),
				p.sendTimeout(), p.batchSize(), p.transactionalIdPrefix(), p.autoStart(), shutdownTimeout);
		return new OutboxRelay(this.mongo, withTimeout, this.producers, sender, this.topics, this.clock, this.metrics);
	}

	private Document pending(String id) {
		return Notes.stored(this.mongo, id).get("outbox", Document.class);
	}

	private String create() {
		return Notes.create(this.http, "Deadline for weekendtillægget er fredag").id();
	}

	/**
	 * A sender whose acknowledgements come when the test says, counting the sends.
	 */
	static final class SlowSender extends OutboxSender {

		final CountDownLatch started = new CountDownLatch(1);

		private final Function<CompletableFuture<Void>, Mono<Void>> acknowledge;

		volatile int sends;

		SlowSender(OutboxProperties properties, Function<CompletableFuture<Void>, Mono<Void>> acknowledge) {
			super(properties);
			this.acknowledge = acknowledge;
		}

		@Override
		public CompletableFuture<Void> send(Producer<String, byte[]> producer, String id, OutboxEntry entry) {
			this.sends++;
			this.started.countDown();
			return this.acknowledge.apply(super.send(producer, id, entry)).toFuture();
		}

	}

}
