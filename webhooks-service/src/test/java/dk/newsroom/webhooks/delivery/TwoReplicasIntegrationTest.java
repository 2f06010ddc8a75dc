package dk.newsroom.webhooks.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas of the service at once, on one database and one consumer group (the
 * production setting), while changes are published: the group splits the partitions
 * between them, both send, and the delivery leases keep them apart. Every change arrives
 * exactly once, and per resource in version order. Without the leases both replicas would
 * send the same deliveries (duplicates), and a resource's versions could overtake each
 * other.
 */
class TwoReplicasIntegrationTest {

	static final Duration WAIT = Duration.ofSeconds(60);

	static final int RESOURCES = 6;

	static final int VERSIONS = 8;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void topics() {
		ContentTopics.create();
	}

	@Test
	void twoReplicasDeliverEveryChangeOnceAndInOrderPerResource() {
		String name = "webhooks-two-" + UUID.randomUUID().toString().substring(0, 8);
		String tag = DeliveryIntegrationTest.uniqueTag();
		List<String> resources = new ArrayList<>();
		for (int i = 0; i < RESOURCES; i++) {
			resources.add(new ObjectId().toHexString());
		}
		// Answers take a moment, so both replicas have deliveries in flight at once.
		try (TestReceiver receiver = new TestReceiver((n) -> 200, Duration.ofMillis(20));
				WebhooksInstance one = WebhooksInstance.start(name, null);
				WebhooksInstance two = WebhooksInstance.start(name, null)) {
			one.subscribe(receiver.url(), tag);
			for (int version = 1; version <= VERSIONS; version++) {
				for (String resource : resources) {
					ContentTopics.article(resource, version, (version == 1) ? "created" : "updated",
							ContentTopics.articleJson(resource, version, "Cloud", tag));
				}
			}

			await().atMost(WAIT).until(() -> receiver.succeeded().size() >= RESOURCES * VERSIONS);
			Map<String, List<Long>> versions = new HashMap<>();
			for (TestReceiver.Received request : receiver.succeeded()) {
				JsonNode event = this.json.readTree(request.body());
				versions.computeIfAbsent(event.get("subject").asString(), (id) -> new ArrayList<>())
					.add(Long.parseLong(event.get("entityversion").asString()));
			}
			assertThat(versions).containsOnlyKeys(resources);
			List<Long> all = new ArrayList<>();
			for (long version = 1; version <= VERSIONS; version++) {
				all.add(version);
			}
			for (String resource : resources) {
				assertThat(versions.get(resource)).as("versions of %s, in the order they arrived", resource)
					.isEqualTo(all);
			}
			assertThat(receiver.requests()).as("requests in all: each change once").isEqualTo(RESOURCES * VERSIONS);
		}
	}

}
