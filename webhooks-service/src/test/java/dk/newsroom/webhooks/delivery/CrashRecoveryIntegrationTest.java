package dk.newsroom.webhooks.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dk.newsroom.contracts.EventContract;
import dk.newsroom.testsupport.TestBackends;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service stops in the middle of deliveries and starts again: every change reaches
 * the receiver at least once, per resource in version order, and none is lost.
 * <p>
 * What is simulated: the service runs as an application context in the test JVM (on the
 * backends of the test-support switch), not as a process of its own, and the "crash" is
 * closing that context while the receiver holds its answers to the deliveries in flight.
 * Only then does the receiver answer them (200), when the stopped instance can no longer
 * record that they were delivered (its MongoDB client is closed): to the service they are
 * claimed and unanswered, as after a kill. Closing a context lets the Kafka consumer
 * commit what it had stored, so the consumer group's committed offsets are then moved
 * back to the start of every partition, which is where a kill between storing a batch and
 * committing it leaves them (worst case: everything is read again). More changes are
 * published while the service is down. The true crash, a child JVM killed with SIGKILL,
 * is the fault suite's {@code WebhooksKillTest}; this one runs in the module's own
 * budget.
 */
class CrashRecoveryIntegrationTest {

	static final Duration WAIT = Duration.ofSeconds(30);

	static final int RESOURCES = 3;

	static final int VERSIONS_BEFORE = 4;

	static final int VERSIONS = 6;

	/**
	 * Short, so the restarted instance need not wait a minute for the claims to lapse.
	 */
	static final String LEASE = "newsroom.webhooks.delivery.lease=1s";

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void topics() {
		ContentTopics.create();
	}

	@Test
	void aServiceStoppedMidDeliveryAndStartedAgainLosesNoChange() throws Exception {
		String name = "webhooks-crash-" + UUID.randomUUID().toString().substring(0, 8);
		String tag = DeliveryIntegrationTest.uniqueTag();
		List<String> resources = new ArrayList<>();
		for (int i = 0; i < RESOURCES; i++) {
			resources.add(new ObjectId().toHexString());
		}
		try (HoldingReceiver receiver = new HoldingReceiver()) {
			String subscription;
			WebhooksInstance first = WebhooksInstance.start(name, null, LEASE);
			try {
				subscription = first.subscribe(receiver.url(), tag);
				publish(resources, 1, VERSIONS_BEFORE, tag);
				// Every change is stored, and at least one delivery is in flight (held).
				await().atMost(WAIT)
					.until(() -> deliveries(first, subscription) == RESOURCES * VERSIONS_BEFORE
							&& !receiver.received().isEmpty());
			}
			finally {
				first.close();
			}
			int heldAtTheCrash = receiver.received().size();
			receiver.release();
			publish(resources, VERSIONS_BEFORE + 1, VERSIONS, tag);
			rewindConsumerGroup(name);

			try (WebhooksInstance second = WebhooksInstance.start(name, null, LEASE)) {
				await().atMost(WAIT).untilAsserted(() -> {
					for (String resource : resources) {
						assertThat(receiver.versionsOf(resource)).as("versions %s got", resource)
							.containsAll(List.of(1L, 2L, 3L, 4L, 5L, 6L));
					}
				});
				for (String resource : resources) {
					assertThat(receiver.versionsOf(resource)).as("versions %s got, in order", resource)
						.isSorted()
						.containsOnly(1L, 2L, 3L, 4L, 5L, 6L);
				}
				// What was in flight at the crash was never recorded as delivered: sent
				// again.
				for (HoldingReceiver.Request held : receiver.received().subList(0, heldAtTheCrash)) {
					assertThat(receiver.received()).filteredOn((r) -> r.eventId().equals(held.eventId()))
						.as("deliveries of %s", held.eventId())
						.hasSizeGreaterThanOrEqualTo(2);
				}
				// Everything was read again after the rewind, and nothing was queued
				// twice.
				await().atMost(WAIT).until(() -> delivered(second, subscription) == RESOURCES * VERSIONS);
				assertThat(deliveries(second, subscription)).isEqualTo(RESOURCES * VERSIONS);
			}
		}

	}

	private void publish(List<String> resources, int from, int to, String tag) {
		for (int version = from; version <= to; version++) {
			for (String resource : resources) {
				ContentTopics.article(resource, version, (version == 1) ? "created" : "updated",
						ContentTopics.articleJson(resource, version, "Cloud", tag));
			}
		}
	}

	private static long deliveries(WebhooksInstance instance, String subscription) {
		return instance.mongo()
			.count(Query.query(Criteria.where("subscriptionId").is(subscription)), DeliveryDocument.class)
			.block(WAIT);
	}

	private static long delivered(WebhooksInstance instance, String subscription) {
		return instance.mongo()
			.count(Query.query(Criteria.where("subscriptionId")
				.is(subscription)
				.and("status")
				.is(DeliveryStatus.DELIVERED.name())), DeliveryDocument.class)
			.block(WAIT);
	}

	/** The group's committed offsets back to the start of every partition. */
	private static void rewindConsumerGroup(String group) throws Exception {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.kafka().bootstrapServers()))) {
			// The stopped instance read as the group it was configured with
			// (spring.kafka.consumer.group-id), so there is something to rewind.
			assertThat(admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get(30, TimeUnit.SECONDS)
				.values()
				.stream()
				.filter(java.util.Objects::nonNull)
				.mapToLong(OffsetAndMetadata::offset)
				.sum()).as("offsets committed by group %s", group).isPositive();
			Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
			admin.describeTopics(EventContract.TOPICS)
				.allTopicNames()
				.get(30, TimeUnit.SECONDS)
				.forEach((topic, description) -> description.partitions()
					.forEach((partition) -> start.put(new TopicPartition(topic, partition.partition()),
							new OffsetAndMetadata(0))));
			// The stopped member may take a moment to leave the group.
			await().atMost(WAIT).ignoreExceptions().until(() -> {
				admin.alterConsumerGroupOffsets(group, start).all().get(10, TimeUnit.SECONDS);
				return true;
			});
			assertThat(admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get(30, TimeUnit.SECONDS)
				.values()).isNotEmpty().allMatch((offset) -> offset.offset() == 0);
		}
	}

	/**
	 * A receiver on localhost that records each request as it arrives and answers 200
	 * only once released; after that it answers at once.
	 */
	final class HoldingReceiver implements AutoCloseable {

		record Request(String eventId, String subject, long version) {
		}

		private final List<Request> received = new CopyOnWriteArrayList<>();

		private final AtomicReference<Sinks.Empty<Void>> gate = new AtomicReference<>(Sinks.empty());

		private final DisposableServer server;

		HoldingReceiver() {
			this.server = HttpServer.create()
				.host("localhost")
				.port(0)
				.route((routes) -> routes.post("/**", (request,
						response) -> request.receive().aggregate().asString(StandardCharsets.UTF_8).flatMap((body) -> {
							JsonNode event = CrashRecoveryIntegrationTest.this.json.readTree(body);
							this.received.add(new Request(event.get("id").asString(), event.get("subject").asString(),
									Long.parseLong(event.get("entityversion").asString())));
							return this.gate.get().asMono();
						}).then(response.status(200).sendString(Mono.just("ok")).then())))
				.bindNow();
		}

		String url() {
			return "http://localhost:" + this.server.port() + "/hooks";
		}

		void release() {
			this.gate.get().tryEmitEmpty();
		}

		List<Request> received() {
			return List.copyOf(this.received);
		}

		List<Long> versionsOf(String resource) {
			return this.received.stream().filter((r) -> r.subject().equals(resource)).map(Request::version).toList();
		}

		@Override
		public void close() {
			release();
			this.server.disposeNow(Duration.ofSeconds(5));
		}

	}

}
