package dk.newsroom.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dk.newsroom.contracts.ContractType;
import dk.newsroom.contracts.EventContract;
import dk.newsroom.embedded.FreePorts;
import dk.newsroom.faults.ContentChanges.Change;
import dk.newsroom.faults.ContentChanges.Sent;
import dk.newsroom.faults.WebhookReceiver.Arrival;
import dk.newsroom.testsupport.TestBackends;
import dk.newsroom.testsupport.TestTokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18's "at least once, never lost" under a real crash: webhooks-service in a JVM of
 * its own, killed with SIGKILL in the middle of deliveries while changes it has not
 * consumed are on the topics, and started again on the same MongoDB database and Kafka
 * consumer group.
 * <p>
 * <b>Set-up.</b> The broker and MongoDB of the backend switch ({@link TestBackends}); the
 * three content topics and their records as the content services make them
 * ({@link ContentChanges}); a receiver in this JVM that records every request and answers
 * 200 after 50 to 150 ms ({@link WebhookReceiver}); one subscription, created through the
 * API, for articles and events tagged with this run's tag. Twelve resources (five
 * articles, five events, two people) get up to 20 versions each, in rounds of one version
 * per resource, each round one transaction in a random order: an article is deleted in
 * round 12, a person in round 16 and an event in round 20 (tombstones); one article drops
 * the tag in every fifth version, and people never match, so the subscription matches a
 * real subset of the changes.
 * <ol>
 * <li>Rounds 1 to 8, paced, while the service delivers, until the receiver has some
 * deliveries (but not all).</li>
 * <li>The receiver stops answering (its gate closes) and the test waits until it holds at
 * least one request unanswered; rounds 9 and 10 are written, and the service is killed
 * (SIGKILL) at once.</li>
 * <li>Rounds 11 to 16 while it is down. The receiver keeps the killed service's requests
 * unanswered until the restart, so which deliveries were in flight at the kill is known
 * exactly: those it held.</li>
 * <li>The service is started again with the same arguments (database and group), and
 * rounds 17 to 20 are written, paced, while it catches up.</li>
 * </ol>
 * Asserted, not hoped for: at the kill at least one delivery was in flight (held), the
 * receiver had some but not all of the matching changes, and records written before the
 * kill were still unconsumed (at or beyond the committed offset of their partition, which
 * a killed consumer can no longer move) while others were consumed. The consumer group is
 * the one found on the broker with the content topics assigned, not the one configured,
 * so these checks hold whatever the service names its group.
 * <p>
 * <b>What is checked.</b>
 * <ul>
 * <li><b>The position moves only after the state is durable</b>: right after the kill,
 * every matching change below its partition's committed offset has its delivery document
 * ({@code <subscription>:<ce_id>}) in MongoDB.</li>
 * <li><b>Never lost, at least once</b>: after the restart (bounded wait), every matching
 * change (resource, version) arrives, nothing that does not match arrives, and every
 * request carries its change's {@code ce_id} as {@code webhook-id} and {@code id}; the
 * deliveries stored number exactly the matching changes (a batch read again after the
 * kill queues nothing twice) and all are {@code DELIVERED}.</li>
 * <li><b>In version order, per subscription and resource</b>, given at-least-once
 * redelivery: in the order the receiver got the requests, the versions of a resource
 * never go down, i.e. each request carries a version at least as high as every earlier
 * request of that resource. So a redelivery repeats the resource's latest version and
 * nothing older, the first arrivals of a resource's versions are in strictly increasing
 * order, and no version arrives after a higher one arrived; since the service sends a
 * resource's next version only once the previous one is recorded as delivered, that
 * includes: never after a higher one was acknowledged.</li>
 * <li><b>Duplicates only for what was in flight at the kill</b>: a change may arrive more
 * than once only if it was its resource's latest request from the killed service (at most
 * one per resource: a resource's deliveries go one at a time, and one whose successor was
 * sent had been recorded as delivered). Those the receiver held unanswered at the kill
 * must arrive again: the killed service never heard their answer. Their count is
 * reported.</li>
 * </ul>
 * <b>Test settings.</b> A 5 s delivery lease (production 60 s), so the restarted service
 * does not wait a minute for the killed one's claims to lapse; a 10 s consumer session
 * timeout (Kafka's default 45 s), so the group drops the killed member soon; a short
 * retry schedule; {@code http} to the loopback address allowed. Figures go to
 * {@code target/fault-suite-webhooks-report.md}; the service's logs to
 * {@code target/fault-logs/webhooks-kill-*.log}.
 */
class WebhooksKillTest {

	private static final Duration START = Duration.ofMinutes(3);

	private static final Duration CONVERGE = Duration.ofMinutes(2);

	/** Between rounds while the service runs: a stream, not one burst. */
	private static final Duration PACE = Duration.ofMillis(120);

	private static final int ROUNDS_BEFORE_KILL = 8;

	private static final int ROUNDS_AT_KILL = 10;

	private static final int ROUNDS_WHILE_DOWN = 16;

	private static final int ROUNDS = 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void aServiceKilledMidDeliveryLosesNoChangeAndKeepsEachResourcesVersionsInOrder() throws IOException {
		long started = System.nanoTime();
		String name = "webhooks-kill-" + UUID.randomUUID().toString().substring(0, 8);
		Plan plan = new Plan(name);
		String bootstrap = TestBackends.kafka().bootstrapServers();
		int port = FreePorts.find();
		URI service = URI.create("http://localhost:" + port);
		Figures figures = new Figures();
		try (ContentChanges topics = new ContentChanges(bootstrap);
				WebhookReceiver receiver = new WebhookReceiver();
				MongoClient mongo = MongoClients.create(TestBackends.mongo().connectionString());
				Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
			MongoCollection<Document> deliveries = mongo.getDatabase(name).getCollection("deliveries");
			ChildApp webhooks = new ChildApp(name, "webhooks-service", arguments(name, port, bootstrap),
					service.resolve("/actuator/health/readiness"));
			try {
				long launching = System.nanoTime();
				webhooks.start(START);
				figures.firstStart = Duration.ofNanos(System.nanoTime() - launching);
				String subscription = subscribe(service, receiver.url(), plan.tag());
				List<Sent> sent = new ArrayList<>();

				// 1. A stream of changes while the service delivers.
				for (int round = 1; round <= ROUNDS_BEFORE_KILL; round++) {
					sent.addAll(topics.send(plan.round(round)));
					LockSupport.parkNanos(PACE.toNanos());
				}
				await("the receiver has got some deliveries").atMost(CONVERGE)
					.until(() -> receiver.arrivalCount() >= 15);

				String group = await("the consumer group the service reads with").atMost(CONVERGE)
					.until(() -> readingGroups(admin), (groups) -> groups.size() == 1)
					.get(0);
				assertThat(group).as("the group it reads with is the configured spring.kafka.consumer.group-id")
					.isEqualTo(name);
				figures.group = group;

				// 2. SIGKILL with a delivery in flight and records not yet consumed.
				receiver.closeGate();
				await("a delivery in flight, held unanswered").atMost(CONVERGE).until(() -> receiver.heldCount() > 0);
				for (int round = ROUNDS_BEFORE_KILL + 1; round <= ROUNDS_AT_KILL; round++) {
					sent.addAll(topics.send(plan.round(round)));
				}
				webhooks.kill();
				long killed = System.nanoTime();
				List<Sent> beforeKill = List.copyOf(sent);
				Map<TopicPartition, Long> committed = committedOffsets(admin, group);
				List<Sent> unconsumed = beforeKill.stream()
					.filter((change) -> change.offset() >= committed
						.getOrDefault(new TopicPartition(change.topic(), change.partition()), 0L))
					.toList();
				List<Sent> consumedMatching = beforeKill.stream()
					.filter((change) -> plan.matches(change.change()) && !unconsumed.contains(change))
					.toList();
				Set<String> storedAtKill = storedIds(deliveries, subscription);
				figures.unconsumedAtKill = unconsumed.size();
				figures.storedAtKill = storedAtKill.size();

				// 3. More changes while it is down.
				for (int round = ROUNDS_AT_KILL + 1; round <= ROUNDS_WHILE_DOWN; round++) {
					sent.addAll(topics.send(plan.round(round)));
				}

				// 4. Started again on the same database and consumer group.
				List<Arrival> fromKilled = receiver.arrivals();
				List<Arrival> heldAtKill = receiver.openGate();
				figures.heldAtKill = heldAtKill.size();
				long restarting = System.nanoTime();
				webhooks.start(START);
				long ready = System.nanoTime();
				figures.restart = Duration.ofNanos(ready - restarting);
				for (int round = ROUNDS_WHILE_DOWN + 1; round <= ROUNDS; round++) {
					sent.addAll(topics.send(plan.round(round)));
					LockSupport.parkNanos(PACE.toNanos());
				}
				Map<String, Sent> expected = new LinkedHashMap<>();
				sent.stream()
					.filter((change) -> plan.matches(change.change()))
					.forEach((change) -> expected.put(change.change().key() + "@" + change.change().version(), change));
				figures.produced = sent.size();
				figures.matching = expected.size();
				figures.arrivedAtKill = fromKilled.size();

				// The preconditions of the scenario held.
				long matchingBeforeKill = beforeKill.stream().filter((change) -> plan.matches(change.change())).count();
				assertThat(heldAtKill).as("deliveries in flight (held unanswered) at the kill").isNotEmpty();
				assertThat(consumedMatching).as("matching changes below the committed offsets at the kill")
					.isNotEmpty();
				assertThat(unconsumed).as("records written before the kill and not consumed by then").isNotEmpty();
				assertThat(distinctChanges(fromKilled)).as("changes the receiver had got by the kill")
					.isPositive()
					.isLessThan(matchingBeforeKill);

				// The position moved only past changes whose deliveries were stored.
				assertThat(consumedMatching.stream()
					.map((change) -> subscription + ":" + change.eventId())
					.filter((id) -> !storedAtKill.contains(id))
					.toList()).as("matching changes below the committed offset without a stored delivery at the kill")
					.isEmpty();

				// Every matching change arrives.
				try {
					await("every matching change arrives").atMost(CONVERGE)
						.pollInterval(Duration.ofMillis(200))
						.until(() -> missing(expected, receiver.arrivals()).isEmpty());
				}
				finally {
					figures.converged = Duration.ofNanos(System.nanoTime() - ready);
					figures.sinceKill = Duration.ofNanos(System.nanoTime() - killed);
					figures.lost = missing(expected, receiver.arrivals()).size();
				}
				await("every delivery is recorded as delivered").atMost(CONVERGE)
					.pollInterval(Duration.ofMillis(200))
					.until(() -> deliveries.countDocuments(Filters.and(Filters.eq("subscriptionId", subscription),
							Filters.eq("status", "DELIVERED"))) >= expected.size());
				assertThat(deliveries.countDocuments(Filters.eq("subscriptionId", subscription)))
					.as("deliveries stored: one per matching change, none queued twice")
					.isEqualTo(expected.size());

				List<Arrival> arrivals = receiver.arrivals();
				figures.arrivals = arrivals.size();
				assertThat(arrivals).as("requests that carry their change's ce_id as webhook-id and id")
					.allSatisfy((arrival) -> {
						assertThat(arrival.webhookId()).isEqualTo(arrival.eventId());
						Sent change = expected.get(arrival.key() + "@" + arrival.version());
						assertThat(change).as("a matching change for %s", arrival).isNotNull();
						assertThat(arrival.eventId()).isEqualTo(change.eventId());
					});

				List<String> outOfOrder = outOfOrder(arrivals);
				figures.outOfOrder = outOfOrder.size();
				assertThat(outOfOrder).as("requests of a resource with a version below an earlier request's").isEmpty();

				Map<String, Long> headsAtKill = new HashMap<>();
				fromKilled.forEach((arrival) -> headsAtKill.merge(arrival.key(), arrival.version(), Math::max));
				Map<String, Long> repeats = arrivals.stream()
					.collect(Collectors.groupingBy((arrival) -> arrival.key() + "@" + arrival.version(),
							Collectors.counting()));
				repeats.values().removeIf((count) -> count < 2);
				figures.duplicates = repeats.values().stream().mapToLong((count) -> count - 1).sum();
				assertThat(repeats.keySet()).as("changes that arrived more than once")
					.allSatisfy((change) -> assertThat(change)
						.as("a resource's latest request from the killed service (in flight at the kill)")
						.isIn(headsAtKill.entrySet()
							.stream()
							.map((head) -> head.getKey() + "@" + head.getValue())
							.toList()));
				assertThat(heldAtKill).as("requests held unanswered at the kill, sent again after the restart")
					.allSatisfy((held) -> assertThat(arrivals.subList(fromKilled.size(), arrivals.size()))
						.anySatisfy((again) -> assertThat(again.eventId()).isEqualTo(held.eventId())));
			}
			finally {
				webhooks.stop();
			}
		}
		finally {
			figures.wallTime = Duration.ofNanos(System.nanoTime() - started);
			figures.write();
		}
	}

	private static List<String> arguments(String name, int port, String bootstrap) {
		List<String> arguments = new ArrayList<>(
				List.of("--server.port=" + port, "--spring.mongodb.uri=" + TestBackends.mongo().connectionString(),
						"--spring.mongodb.database=" + name, "--spring.data.mongodb.database=" + name,
						"--spring.kafka.bootstrap-servers=" + bootstrap, "--spring.kafka.consumer.group-id=" + name,
						// The killed member leaves the group after 10 s, not 45 s.
						"--spring.kafka.consumer.properties.session.timeout.ms=10000",
						"--spring.kafka.consumer.properties.heartbeat.interval.ms=3000",
						"--newsroom.webhooks.targets.allow-http=true",
						"--newsroom.webhooks.targets.allowed-hosts=localhost,127.0.0.1",
						"--newsroom.webhooks.delivery.retry-schedule=1s,1s,2s,2s,5s",
						// The killed service's claims lapse after 5 s, not 60 s.
						"--newsroom.webhooks.delivery.lease=5s",
						// Not under test, and it costs CPU at each start.
						"--springdoc.api-docs.enabled=false"));
		arguments.addAll(FaultSuiteTest.tokenArguments());
		return arguments;
	}

	/** Creates the subscription through the API; its id. */
	private static String subscribe(URI service, String url, String tag) {
		Map<String, Object> body = Map.of("url", url, "description", "Fault suite: killed mid-delivery", "filter",
				Map.of("types", List.of("article", "event"), "tags", List.of(tag)));
		HttpRequest request = HttpRequest.newBuilder(service.resolve("/api/webhooks/subscriptions"))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", TestTokens.bearer("webhooks:admin"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("create the subscription: %s", response.body()).isEqualTo(201);
			return JSON.readTree(response.body()).get("id").asString();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The consumer groups with a member assigned partitions of the content topics: on
	 * this broker, the service's. Looked up rather than taken from the configuration, so
	 * the checks hold whatever the service names its group.
	 */
	private static List<String> readingGroups(Admin admin) {
		try {
			List<String> groups = admin.listGroups(ListGroupsOptions.forConsumerGroups())
				.all()
				.get(30, TimeUnit.SECONDS)
				.stream()
				.map(GroupListing::groupId)
				.toList();
			return admin.describeConsumerGroups(groups)
				.all()
				.get(30, TimeUnit.SECONDS)
				.values()
				.stream()
				.filter((group) -> group.members()
					.stream()
					.flatMap((member) -> member.assignment().topicPartitions().stream())
					.anyMatch((partition) -> EventContract.TOPICS.contains(partition.topic())))
				.map(ConsumerGroupDescription::groupId)
				.toList();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not list the consumer groups", ex);
		}
	}

	/** The group's committed offsets; a partition it never committed is absent. */
	private static Map<TopicPartition, Long> committedOffsets(Admin admin, String group) {
		try {
			Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get(30, TimeUnit.SECONDS);
			Map<TopicPartition, Long> committed = new HashMap<>();
			offsets.forEach((partition, offset) -> {
				if (offset != null) {
					committed.put(partition, offset.offset());
				}
			});
			return committed;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Could not read the committed offsets of " + group, ex);
		}
	}

	private static Set<String> storedIds(MongoCollection<Document> deliveries, String subscription) {
		Set<String> ids = new HashSet<>();
		for (Document delivery : deliveries.find(Filters.eq("subscriptionId", subscription))
			.projection(new Document("_id", 1))) {
			ids.add(delivery.getString("_id"));
		}
		return ids;
	}

	private static long distinctChanges(List<Arrival> arrivals) {
		return arrivals.stream().map((arrival) -> arrival.key() + "@" + arrival.version()).distinct().count();
	}

	/** The expected changes that have not arrived. */
	private static List<String> missing(Map<String, Sent> expected, List<Arrival> arrivals) {
		Set<String> arrived = arrivals.stream()
			.map((arrival) -> arrival.key() + "@" + arrival.version())
			.collect(Collectors.toSet());
		return expected.keySet().stream().filter((change) -> !arrived.contains(change)).toList();
	}

	/**
	 * Requests whose version is below that of an earlier request of the same resource.
	 */
	private static List<String> outOfOrder(List<Arrival> arrivals) {
		Map<String, Long> highest = new HashMap<>();
		List<String> problems = new ArrayList<>();
		for (Arrival arrival : arrivals) {
			long before = highest.getOrDefault(arrival.key(), 0L);
			if (arrival.version() < before) {
				problems.add(arrival.key() + ": v" + arrival.version() + " (request " + arrival.sequence() + ") after v"
						+ before);
			}
			highest.put(arrival.key(), Math.max(before, arrival.version()));
		}
		return problems;
	}

	/**
	 * The changes: per resource a version a round, from 1 (created) to its last (deleted
	 * for some), each round's resources in a random order.
	 */
	private static final class Plan {

		private static final String OTHER_TAG = "andet";

		private final String tag;

		private final List<Resource> resources = new ArrayList<>();

		Plan(String tag) {
			this.tag = tag;
			for (int i = 0; i < 5; i++) {
				this.resources.add(new Resource(ContractType.ARTICLE, i, (i == 0) ? 12 : ROUNDS, i == 0));
				this.resources.add(new Resource(ContractType.EVENT, i, ROUNDS, i == 0));
			}
			for (int i = 0; i < 2; i++) {
				this.resources.add(new Resource(ContractType.PERSON, i, (i == 0) ? ROUNDS_WHILE_DOWN : ROUNDS, i == 0));
			}
		}

		String tag() {
			return this.tag;
		}

		List<Change> round(int round) {
			List<Change> changes = new ArrayList<>();
			for (Resource resource : this.resources) {
				if (round <= resource.last()) {
					changes.add(change(resource, round));
				}
			}
			Collections.shuffle(changes, new Random(round));
			return changes;
		}

		private Change change(Resource resource, long version) {
			if (resource.deleted() && version == resource.last()) {
				return new Change(resource.type(), resource.id(), version, "deleted", null);
			}
			String action = (version == 1) ? "created" : "updated";
			String tag = (resource.type() == ContractType.ARTICLE && resource.index() == 1 && version % 5 == 0)
					? OTHER_TAG : this.tag;
			String json = switch (resource.type()) {
				case ARTICLE -> """
						{"id":"%s","slug":"fejltest-%s","status":"PUBLISHED","headline":"Fejltest v%d",\
						"section":"Drift","tags":["%s"],"version":%d}""".formatted(resource.id(), resource.id(),
						version, tag, version);
				case EVENT -> """
						{"id":"%s","slug":"fejltest-%s","status":"PUBLISHED","title":"Fejltest v%d",\
						"track":"Sikkerhed","tags":["%s"],"version":%d}""".formatted(resource.id(), resource.id(),
						version, tag, version);
				case PERSON -> """
						{"id":"%s","status":"PUBLISHED","kind":"NEW_JOB","tags":["%s"],"version":%d}"""
					.formatted(resource.id(), tag, version);
			};
			return new Change(resource.type(), resource.id(), version, action, json);
		}

		/** Whether the subscription (articles and events with the tag) matches it. */
		boolean matches(Change change) {
			if (change.type() == ContractType.PERSON) {
				return false;
			}
			return change.json() == null || change.json().contains("\"tags\":[\"" + this.tag + "\"]");
		}

		private record Resource(ContractType type, int index, String id, int last, boolean deleted) {

			Resource(ContractType type, int index, int last, boolean deleted) {
				this(type, index, new ObjectId().toHexString(), last, deleted);
			}

		}

	}

	/** What the report shows of the run. */
	private static final class Figures {

		int produced;

		int matching;

		int unconsumedAtKill;

		int storedAtKill;

		int heldAtKill;

		int arrivedAtKill;

		int arrivals;

		long duplicates;

		int outOfOrder = -1;

		int lost = -1;

		String group;

		Duration firstStart;

		Duration restart;

		Duration converged;

		Duration sinceKill;

		Duration wallTime;

		void write() throws IOException {
			List<String> lines = List.of("# Fault suite: webhooks-service killed mid-delivery", "", "Backends: "
					+ (TestBackends.useContainers() ? "Testcontainers" : "in-process broker, mongo-java-server")
					+ "; receiver answers after 50-150 ms; lease 5 s; consumer session timeout 10 s; the service's "
					+ "consumer group: " + this.group + "; first start " + millis(this.firstStart) + ".", "",
					"| changes produced | matching the subscription | unconsumed at the kill | deliveries stored at the kill "
							+ "| requests by the kill | in flight (held) at the kill | requests in all | duplicates "
							+ "| out of order | lost | restart (start to ready) | all arrived after ready "
							+ "(after the kill) | test wall time |",
					"| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
					"| " + this.produced + " | " + this.matching + " | " + this.unconsumedAtKill + " | "
							+ this.storedAtKill + " | " + this.arrivedAtKill + " | " + this.heldAtKill + " | "
							+ this.arrivals + " | " + this.duplicates + " | " + shown(this.outOfOrder) + " | "
							+ shown(this.lost) + " | " + millis(this.restart) + " | " + millis(this.converged) + " ("
							+ millis(this.sinceKill) + ") | " + millis(this.wallTime) + " |");
			Path file = Path.of("target", "fault-suite-webhooks-report.md");
			Files.createDirectories(file.getParent());
			Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
			lines.forEach(System.out::println);
		}

		private static String shown(int count) {
			return (count >= 0) ? String.valueOf(count) : "not checked";
		}

		private static String millis(Duration duration) {
			return (duration != null) ? duration.toMillis() + " ms" : "-";
		}

	}

}
