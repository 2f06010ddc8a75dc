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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import dk.newsroom.embedded.FreePorts;
import dk.newsroom.example.consumer.ContentCopy;
import dk.newsroom.example.consumer.ContentCopyConsumer;
import dk.newsroom.platform.outbox.OutboxShards;
import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestBackends;
import dk.newsroom.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas of articles-service on one database, a real broker reached by each replica
 * through a proxy of its own, the gateway and the example consumer, each in its own JVM,
 * while editors write through both replicas. After each fault, with bounded waits, every
 * acknowledged write is in the store, on the topic and in the gateway's feed at its
 * version, every key's last committed record is the store's current version (or its
 * tombstone), no committed record of a key is older than one before it, and the example
 * consumer's copy equals the store. The figures go to
 * {@code target/fault-suite-report.md}.
 */
class FaultSuiteTest {

	private static final String A = "REPLICA_A";

	private static final String B = "REPLICA_B";

	private static final Duration START = Duration.ofMinutes(3);

	private static final Duration CONVERGE = Duration.ofMinutes(2);

	/** Short, so takeovers happen within the test's patience; production uses 15 s. */
	private static final Duration LEASE = Duration.ofSeconds(6);

	private static final Duration OUTAGE = Duration.ofSeconds(30);

	/** How far replica B's clock is ahead of A's ({@code newsroom.clock.offset}). */
	private static final Duration SKEW = Duration.ofSeconds(2);

	private static final List<String> report = new ArrayList<>();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static FaultKafka kafka;

	private static MongoClient mongo;

	private static ChildApp gateway;

	private static URI gatewayUrl;

	private static ContentCopy copy;

	private static ContentCopyConsumer consumer;

	@BeforeAll
	static void startPlatform() {
		kafka = new FaultKafka(List.of(A, B));
		mongo = MongoClients.create(TestBackends.mongo().connectionString());
		int port = FreePorts.find();
		int management = FreePorts.find();
		gatewayUrl = URI.create("http://localhost:" + port);
		List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
				"--management.server.port=" + management, "--spring.kafka.bootstrap-servers=" + kafka.directBootstrap(),
				"--newsroom.services.articles-url=http://localhost:1",
				"--newsroom.services.events-url=http://localhost:1",
				"--newsroom.services.people-url=http://localhost:1",
				// The checks read the feed every second with one token; the limit is not
				// under test.
				"--newsroom.rate-limit.token-capacity=1000000"));
		arguments.addAll(tokenArguments());
		gateway = new ChildApp("gateway", "gateway", arguments,
				URI.create("http://localhost:" + management + "/actuator/health/readiness"))
			.start(START);
		copy = new ContentCopy();
		consumer = new ContentCopyConsumer(kafka.directBootstrap(), copy, (change, outcome) -> {
		}).start();
		report.add("# Fault suite report");
		report.add("");
		report.add("Backends: "
				+ (TestBackends.useContainers() ? "Testcontainers" : "in-process broker, mongo-java-server")
				+ "; lease " + LEASE.toSeconds() + " s; sweep 1 s.");
		report.add("");
		report.add(
				"| run | fault | writes acknowledged (total) | unanswered | resources | lost | out of order | converged after |");
		report.add("| --- | --- | --- | --- | --- | --- | --- | --- |");
	}

	@AfterAll
	static void stopPlatform() throws IOException {
		if (consumer != null) {
			consumer.close();
		}
		if (gateway != null) {
			gateway.stop();
		}
		if (kafka != null) {
			kafka.close();
		}
		if (mongo != null) {
			mongo.close();
		}
		Path file = Path.of("target", "fault-suite-report.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, String.join("\n", report) + "\n", StandardCharsets.UTF_8);
		report.forEach(System.out::println);
	}

	/**
	 * One run, with replica B's clock {@link #SKEW} ahead of A's: every lease is judged
	 * by two clocks that disagree, in both directions (B takes A's shards over when its
	 * clock says A's lease ran out, 2 s before A's does; A takes them back when its clock
	 * says B's did, 2 s after B's does). In-step clocks are the easy case of the same
	 * faults (the outbox's integration tests, on one clock, take a shard over and fence
	 * the replica that lost it).
	 */
	@Test
	void stalledSendKilledReplicaBrokerOutageAndGatewayRestartWithClocksApartLoseNothingAndKeepOrder() {
		Run run = new Run("fejl", SKEW);
		try {
			run.startReplicas();
			run.anEditThatClearsOptionalFieldsClearsThemInTheGatewaysItem();

			run.load(150);
			assertThat(run.holder()).as("the first replica holds every shard").isEqualTo(A);
			kafka.route(A).stall();
			await("replica B takes the shards over while A's sends are stalled").atMost(Duration.ofSeconds(90))
				.until(() -> B.equals(run.holder()));
			run.load(100);
			long held = kafka.route(A).bytesHeld();
			kafka.route(A).pass();
			run.converge("a send stalled past its lease (" + held + " bytes held, then delivered late)");
			assertThat(held).as("replica A had records on the way when its lease ran out").isPositive();

			run.load(150);
			// B, its clock ahead, took the shards: killed, A (behind) takes them back.
			await("replica B holds every shard").atMost(Duration.ofSeconds(60)).until(() -> B.equals(run.holder()));
			String holder = B;
			run.replica(holder).kill();
			run.load(100);
			run.replica(holder).start(START);
			run.converge("SIGKILL of the replica holding the shards (" + holder + "), restarted");

			run.load(150);
			kafka.stopBroker();
			long before = run.editors.writes();
			// The broker stays down for the whole outage, and writes go on being
			// acknowledged.
			await("writes acknowledged while the broker is down").pollDelay(OUTAGE)
				.atMost(OUTAGE.plus(CONVERGE))
				.until(() -> run.editors.writes() > before + 20);
			kafka.startBroker();
			run.converge("broker stopped for " + OUTAGE.toSeconds() + " s during writes");

			run.load(150);
			gateway.kill();
			run.load(100);
			gateway.start(START);
			run.converge("SIGKILL of the gateway, restarted");
		}
		finally {
			run.stop();
		}
	}

	/** The settings that make an app trust {@link TestTokens}, as arguments. */
	static List<String> tokenArguments() {
		List<String> arguments = new ArrayList<>();
		TestTokens.applicationProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
		return arguments;
	}

	/** One run: its own database and tag, two replicas, editors. */
	private static final class Run {

		private final String name;

		private final Duration skewOfB;

		private final Map<String, ChildApp> replicas = new java.util.LinkedHashMap<>();

		private final Map<String, URI> urls = new java.util.LinkedHashMap<>();

		private final MongoCollection<Document> articles;

		private final MongoCollection<Document> leases;

		final Editors editors;

		private final Convergence convergence;

		Run(String name, Duration skewOfB) {
			this.name = name;
			this.skewOfB = skewOfB;
			this.articles = mongo.getDatabase(name).getCollection("articles");
			this.leases = mongo.getDatabase(name).getCollection("articles.outboxShards");
			for (String replica : List.of(A, B)) {
				int port = FreePorts.find();
				this.urls.put(replica, URI.create("http://localhost:" + port));
				List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
						"--spring.mongodb.uri=" + database(TestBackends.mongo().connectionString(), name),
						"--spring.kafka.bootstrap-servers=" + kafka.bootstrap(replica),
						"--newsroom.outbox.lease=" + LEASE.toSeconds() + "s", "--newsroom.outbox.sweep-interval=1s",
						"--newsroom.clock.offset=" + (replica.equals(B) ? this.skewOfB : Duration.ZERO).toMillis()
								+ "ms"));
				arguments.addAll(tokenArguments());
				this.replicas.put(replica, new ChildApp(name + "-" + replica.toLowerCase(), "articles-service",
						arguments, URI.create("http://localhost:" + port + "/actuator/health/readiness")));
			}
			this.editors = new Editors(name, List.copyOf(this.urls.values()));
			this.convergence = new Convergence(this.articles, kafka.directBootstrap(), gatewayUrl, copy, name);
		}

		void startReplicas() {
			// A first, so it takes every shard; B stands by.
			replica(A).start(START);
			await("replica A holds every shard").atMost(Duration.ofSeconds(60)).until(() -> A.equals(holder()));
			replica(B).start(START);
			this.editors.start(4);
		}

		ChildApp replica(String replica) {
			return this.replicas.get(replica);
		}

		URI url(String replica) {
			return this.urls.get(replica);
		}

		/**
		 * An edit that leaves out optional fields clears them everywhere: the answer and
		 * the gateway's item of that version (the store and the record are the
		 * convergence checks').
		 */
		void anEditThatClearsOptionalFieldsClearsThemInTheGatewaysItem() {
			URI replica = url(A);
			Map<String, Object> full = new java.util.LinkedHashMap<>(Map.of("headline",
					"Nyt datacenter i Aabenraa åbner til sommer", "lead", "Kommunen får 60 nye arbejdspladser.", "body",
					"<p>Byggeriet går efter planen.</p>", "section", "Infrastruktur", "source", "Ritzau", "tags",
					List.of(this.name), "topImage", Map.of("url", "https://billeder.newsroom.dk/aabenraa.jpg",
							"caption", "Byggepladsen i Aabenraa", "credit", "Foto: Søren Ågård")));
			String id = write(replica, "POST", "/api/articles", full, null).get("id").asString();
			write(replica, "POST", "/api/articles/" + id + "/publish", null, 1L);
			await("the gateway shows the image").atMost(CONVERGE)
				.until(() -> feedItem(id) != null && feedItem(id).hasNonNull("image"));

			Map<String, Object> cleared = new java.util.LinkedHashMap<>(full);
			cleared.remove("topImage");
			cleared.remove("source");
			JsonNode answer = write(replica, "PUT", "/api/articles/" + id, cleared, 2L);
			assertThat(answer.get("topImage").isNull()).isTrue();
			assertThat(answer.get("source").isNull()).isTrue();
			await("the gateway's item of version 3 has no image").atMost(CONVERGE).untilAsserted(() -> {
				JsonNode item = feedItem(id);
				assertThat(item.get("version").asLong()).isEqualTo(3);
				assertThat(item.has("image") && !item.get("image").isNull()).isFalse();
			});
		}

		/** One write as an editor; fails unless it is acknowledged. */
		JsonNode write(URI replica, String method, String path, Map<String, Object> body, Long ifMatch) {
			HttpRequest.Builder request = HttpRequest.newBuilder(replica.resolve(path))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", TestTokens.bearer(Scopes.ARTICLES_WRITE))
				.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
						: HttpRequest.BodyPublishers.noBody());
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
			if (ifMatch != null) {
				request.header("If-Match", "\"" + ifMatch + "\"");
			}
			HttpResponse<String> response = send(request.build());
			assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
			return JSON.readTree(response.body());
		}

		/** The gateway's feed item of the id, or null. */
		JsonNode feedItem(String id) {
			HttpResponse<String> response = send(
					HttpRequest.newBuilder(gatewayUrl.resolve("/api/feed?type=article&limit=100&tag=" + this.name))
						.header("Authorization", TestTokens.bearer(Scopes.DRAFTS_READ))
						.timeout(Duration.ofSeconds(10))
						.GET()
						.build());
			for (JsonNode item : JSON.readTree(response.body()).get("items")) {
				if (id.equals(item.get("id").asString())) {
					return item;
				}
			}
			return null;
		}

		private static HttpResponse<String> send(HttpRequest request) {
			try {
				return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/** Lets the editors acknowledge this many more writes. */
		void load(int writes) {
			long target = this.editors.writes() + writes;
			await("editors acknowledge " + writes + " more writes").atMost(Duration.ofMinutes(3))
				.until(() -> this.editors.writes() >= target);
		}

		/**
		 * Which replica holds every shard's live lease, or null while they are split or
		 * changing hands.
		 */
		String holder() {
			Set<String> owners = new HashSet<>();
			int shards = 0;
			for (Document lease : this.leases.find()) {
				owners.add(lease.getString("owner"));
				shards++;
			}
			if (owners.size() != 1 || shards < OutboxShards.COUNT) {
				return null;
			}
			String owner = owners.iterator().next();
			for (String replica : List.of(A, B)) {
				if (owner.startsWith(ownerPrefix(replica))) {
					return replica;
				}
			}
			return null;
		}

		private String ownerPrefix(String replica) {
			return replica(replica).pid() + "@";
		}

		/** Stops the writes, waits until every side agrees, and reports the figures. */
		void converge(String fault) {
			this.editors.pause();
			long started = System.nanoTime();
			Supplier<Convergence.Result> check = () -> this.convergence.check(this.editors.acknowledged());
			Convergence.Result[] last = new Convergence.Result[1];
			try {
				await(fault + ": every side converges").atMost(CONVERGE)
					.pollInterval(Duration.ofSeconds(1))
					.until(() -> (last[0] = check.get()).converged());
			}
			finally {
				Duration took = Duration.ofNanos(System.nanoTime() - started);
				Convergence.Result result = (last[0] != null) ? last[0] : check.get();
				report.add("| " + this.name + " | " + fault + " | " + this.editors.writes() + " | "
						+ this.editors.unanswered() + " | " + result.resources() + " | " + result.lost() + " | "
						+ result.outOfOrder() + " | " + (result.converged() ? took.toMillis() + " ms" : "not within "
								+ CONVERGE.toSeconds() + " s: " + result.problems().stream().limit(5).toList())
						+ " |");
				assertThat(result.lost()).as("acknowledged writes lost").isZero();
				assertThat(result.outOfOrder()).as("records out of order").isZero();
			}
			this.editors.start(4);
		}

		void stop() {
			this.editors.pause();
			this.replicas.values().forEach(ChildApp::stop);
		}

		private static String database(String connectionString, String database) {
			int hosts = connectionString.indexOf("://") + 3;
			int slash = connectionString.indexOf('/', hosts);
			int query = connectionString.indexOf('?', hosts);
			String base = connectionString.substring(0,
					(slash >= 0) ? slash : ((query >= 0) ? query : connectionString.length()));
			String options = (query >= 0) ? connectionString.substring(query) : "";
			return base + "/" + database + options;
		}

	}

}
