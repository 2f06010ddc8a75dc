package dk.newsroom.bench.perf;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;

/**
 * How fast a gateway builds its feed from the topics: the records of {@code items}
 * published items (80 % articles, 16 % events, 4 % people, as the services write them) on
 * three fresh topics, then a gateway process (the built jar, the stack's JVM options,
 * held to the stack's CPUs) started on them, timed until its readiness says it caught up.
 * The same start on three empty topics is the baseline: what is left is the time the
 * records took, so items/s = items ÷ (ready with them − ready without). The search
 * measure starts its gateways the same way, on records with varied Danish text, and waits
 * for {@code /api/search} instead of the readiness.
 */
final class Bootstrap {

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);

	private static final Instant NEWEST = Instant.parse("2026-11-26T12:00:00Z");

	private final String bootstrapServers;

	private final List<String> command;

	private final Path logs;

	private final int port;

	private final int managementPort;

	private final @Nullable String servingCpus;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/**
	 * @param bootstrapServers the stack's broker
	 * @param command how to start a gateway: the CPU pinning, {@code java}, the JVM
	 * options, {@code -jar} and the jar, and the token arguments
	 * @param logs where each gateway's output goes
	 * @param port the gateway's port (free)
	 * @param managementPort its management port (free)
	 * @param servingCpus the CPUs a caught-up gateway is moved to before its feed is read
	 * (the measured stack's), or {@code null} to leave it where it started
	 */
	Bootstrap(String bootstrapServers, List<String> command, Path logs, int port, int managementPort,
			@Nullable String servingCpus) {
		this.servingCpus = servingCpus;
		this.bootstrapServers = bootstrapServers;
		this.command = command;
		this.logs = logs;
		this.port = port;
		this.managementPort = managementPort;
	}

	/**
	 * @param items published items on the topics
	 * @param readySeconds from the process start until ready
	 * @param emptyReadySeconds the same on empty topics (the baseline)
	 * @param produceSeconds how long writing the records took (not part of the measure)
	 * @param heldItems the items the caught-up gateway holds (its horizon lets the oldest
	 * go)
	 * @param feed the feed's first page read from that gateway once it was ready
	 */
	record Result(int items, double readySeconds, double emptyReadySeconds, double produceSeconds, long heldItems,
			@Nullable LoadResult feed) {

		/** Items a second the records took beyond the empty start. */
		public double itemsPerSecond() {
			double records = this.readySeconds - this.emptyReadySeconds;
			return (records > 0) ? this.items / records : Double.POSITIVE_INFINITY;
		}

	}

	/** What a gateway just started is waited for. */
	enum Readiness {

		/** Its readiness: the feed caught up with the topics. */
		FEED,

		/**
		 * {@code /api/search} answers 200, not 503: the search index caught up with the
		 * topics.
		 */
		SEARCH;

		URI uri(int port, int managementPort) {
			return switch (this) {
				case FEED -> URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness");
				case SEARCH -> URI.create("http://127.0.0.1:" + port + "/api/search?q=nyhed&limit=1");
			};
		}

	}

	/**
	 * A gateway process that is ready.
	 *
	 * @param base its API
	 * @param management its management port
	 * @param pid its process
	 */
	record Gateway(URI base, URI management, long pid) {

	}

	/**
	 * One gateway's start.
	 *
	 * @param readySeconds from the process start until ready
	 * @param feedReadySeconds from the process start until its readiness (the feed caught
	 * up) first answered 200: at most {@code readySeconds}
	 * @param heldItems the items its feed held then
	 * @param produceSeconds how long writing the records took before (not part of the
	 * measure)
	 * @param whileUp what was done with it once ready, or {@code null}
	 */
	record Up<T>(double readySeconds, double feedReadySeconds, long heldItems, double produceSeconds,
			@Nullable T whileUp) {

	}

	/**
	 * Starts a gateway on three empty topics of its own.
	 * @param name names the topics and the log (unique in a run)
	 * @param readiness what it is waited for
	 * @param whileUp what is done with it once ready (on the serving CPUs), before it is
	 * stopped, or {@code null}
	 */
	<T> Up<T> empty(String run, String name, Readiness readiness, @Nullable Function<Gateway, T> whileUp)
			throws IOException, InterruptedException {
		String prefix = "bench-" + run + "-" + name + ".";
		createTopics(prefix);
		try {
			return start(prefix, name, readiness, whileUp);
		}
		finally {
			deleteTopics(prefix);
		}
	}

	/**
	 * @param whileUp a load run against the caught-up gateway (its base URI) before it is
	 * stopped, or null
	 */
	Result run(String run, int items, double emptyReadySeconds, @Nullable Function<URI, LoadResult> whileUp)
			throws IOException, InterruptedException {
		Up<LoadResult> up = run(run, Integer.toString(items), items, FeedRecords::fixed, Readiness.FEED,
				(whileUp != null) ? (gateway) -> whileUp.apply(gateway.base()) : null);
		return new Result(items, up.readySeconds(), emptyReadySeconds, up.produceSeconds(), up.heldItems(),
				up.whileUp());
	}

	/**
	 * Writes the records of {@code items} published items to three fresh topics, then
	 * starts a gateway on them.
	 * @param name names the topics and the log (unique in a run)
	 * @param texts the text of each item
	 * @param readiness what the gateway is waited for
	 * @param whileUp what is done with it once ready (on the serving CPUs), before it is
	 * stopped, or {@code null}
	 */
	<T> Up<T> run(String run, String name, int items, FeedRecords.Texts texts, Readiness readiness,
			@Nullable Function<Gateway, T> whileUp) throws IOException, InterruptedException {
		String prefix = "bench-" + run + "-" + name + ".";
		createTopics(prefix);
		try {
			long start = System.nanoTime();
			produce(prefix, items, texts);
			double produced = (System.nanoTime() - start) / 1e9;
			Up<T> up = start(prefix, name, readiness, whileUp);
			return new Up<>(up.readySeconds(), up.feedReadySeconds(), up.heldItems(), produced, up.whileUp());
		}
		finally {
			deleteTopics(prefix);
		}
	}

	private <T> Up<T> start(String prefix, String name, Readiness readiness, @Nullable Function<Gateway, T> whileUp)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(this.command);
		command.addAll(List.of("--server.port=" + this.port, "--management.server.port=" + this.managementPort,
				"--spring.kafka.bootstrap-servers=" + this.bootstrapServers,
				"--newsroom.feed.topics.article=" + prefix + "articles",
				"--newsroom.feed.topics.event=" + prefix + "events",
				"--newsroom.feed.topics.person=" + prefix + "people",
				// No reader of the feed load is refused by the rate limit (never in
				// production).
				"--spring.profiles.active=bench"));
		Path log = this.logs.resolve("bootstrap-" + name + ".log");
		for (int port : new int[] { this.port, this.managementPort }) {
			// Another process there would answer the readiness check for ours.
			try (Socket taken = new Socket("127.0.0.1", port)) {
				throw new IllegalStateException("port " + port + " is taken: is another benchmark running?");
			}
			catch (ConnectException free) {
				// Free, as it must be.
			}
		}
		long start = System.nanoTime();
		Process gateway = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			HttpRequest ready = HttpRequest.newBuilder(readiness.uri(this.port, this.managementPort))
				.timeout(Duration.ofSeconds(5))
				.build();
			HttpRequest feedReady = HttpRequest.newBuilder(Readiness.FEED.uri(this.port, this.managementPort))
				.timeout(Duration.ofSeconds(5))
				.build();
			double feedReadySeconds = Double.NaN;
			long deadline = start + READY_TIMEOUT.toNanos();
			while (System.nanoTime() < deadline) {
				if (!gateway.isAlive()) {
					throw new IllegalStateException("the gateway stopped while starting; see " + log);
				}
				try {
					if (readiness != Readiness.FEED && Double.isNaN(feedReadySeconds)
							&& this.http.send(feedReady, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						feedReadySeconds = (System.nanoTime() - start) / 1e9;
					}
					HttpResponse<String> answer = this.http.send(ready, HttpResponse.BodyHandlers.ofString());
					if (answer.statusCode() == 200) {
						double readySeconds = (System.nanoTime() - start) / 1e9;
						if (Double.isNaN(feedReadySeconds)) {
							// Ready before its feed was seen ready (or the feed is what
							// was
							// waited for).
							feedReadySeconds = readySeconds;
						}
						URI management = URI.create("http://127.0.0.1:" + this.managementPort);
						long held = heldItems(management);
						if (whileUp != null && this.servingCpus != null) {
							StackCpu.hold(gateway.pid(), this.servingCpus);
						}
						T done = (whileUp != null) ? whileUp
							.apply(new Gateway(URI.create("http://127.0.0.1:" + this.port), management, gateway.pid()))
								: null;
						return new Up<>(readySeconds, feedReadySeconds, held, 0, done);
					}
				}
				catch (IOException ex) {
					// Not listening yet.
				}
				Thread.sleep(100);
			}
			throw new IllegalStateException(
					"the gateway was not ready (" + readiness + ") within " + READY_TIMEOUT + "; see " + log);
		}
		finally {
			gateway.destroy();
			if (!gateway.waitFor(60, TimeUnit.SECONDS)) {
				gateway.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	/**
	 * The items a gateway holds: its {@code newsroom_feed_items} gauges, added up.
	 * @param management its management base URI
	 */
	static long heldItems(URI management) {
		return (long) metric(management, "newsroom_feed_items");
	}

	/**
	 * A metric of a gateway's {@code /actuator/prometheus}, its samples (any labels)
	 * added up; 0 when it has none.
	 * @param management its management base URI
	 * @param name the metric's name as Prometheus writes it
	 */
	static double metric(URI management, String name) {
		HttpResponse<String> metrics;
		try {
			metrics = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(management.resolve("/actuator/prometheus"))
					.timeout(Duration.ofSeconds(10))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + management + "/actuator/prometheus", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		double sum = 0;
		for (String line : metrics.body().split("\n")) {
			if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
				sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return sum;
	}

	/** The records of published items, oldest first, each type in its own topic. */
	private void produce(String prefix, int items, FeedRecords.Texts texts) {
		int events = items * 16 / 100;
		int people = items * 4 / 100;
		int articles = items - events - people;
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		props.put(ProducerConfig.ACKS_CONFIG, "all");
		props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
		// Not idempotent: on a topic just created, a first batch that timed out while its
		// partition had no leader yet was sent again and refused as out of order, forever
		// (OutOfOrderSequenceException). A record sent twice is the same item at the same
		// version, which the projection takes once.
		props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
		// The broker shares one CPU with the stack. A batch the producer gave up on
		// (once, in
		// a full run, 236 records of one partition after 10 min) is sent again below.
		props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(180_000));
		props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(60_000));
		props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
		props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
		props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
			for (FeedRecords.Type type : FeedRecords.Type.values()) {
				awaitLeaders(producer, prefix + type.topic());
			}
			for (FeedRecords.Type type : FeedRecords.Type.values()) {
				int count = switch (type) {
					case ARTICLE -> articles;
					case EVENT -> events;
					case PERSON -> people;
				};
				List<Integer> unsent = send(producer, prefix, type, count, IntStream.range(0, count).boxed().toList(),
						texts);
				for (int round = 1; !unsent.isEmpty(); round++) {
					if (round > 3) {
						throw new IllegalStateException("the broker did not acknowledge " + unsent.size() + " of "
								+ count + " records of " + prefix + type.topic() + " in 4 rounds");
					}
					Benchmark.progress("bootstrap: " + unsent.size() + " records of " + prefix + type.topic()
							+ " were not acknowledged; sending them again");
					unsent = send(producer, prefix, type, count, unsent, texts);
				}
			}
		}
	}

	/**
	 * Sends the records of one type with these indexes and waits for the broker.
	 * @return the indexes of the records it did not acknowledge
	 */
	private static List<Integer> send(KafkaProducer<String, byte[]> producer, String prefix, FeedRecords.Type type,
			int count, List<Integer> indexes, FeedRecords.Texts texts) {
		Queue<Integer> failed = new ConcurrentLinkedQueue<>();
		int sent = 0;
		for (int i : indexes) {
			String id = FeedRecords.id(type, i);
			// One minute apart per type, the last the newest.
			Instant publishedAt = NEWEST.minus(Duration.ofMinutes(count - 1L - i));
			producer.send(
					new ProducerRecord<>(prefix + type.topic(), null, id,
							FeedRecords.value(id, publishedAt, texts.text(type, i, id)), FeedRecords.headers(type, id)),
					(metadata, exception) -> {
						if (exception != null) {
							failed.add(i);
						}
					});
			if (++sent % 50_000 == 0) {
				producer.flush();
			}
		}
		producer.flush();
		return List.copyOf(failed);
	}

	/** Waits until every partition of a topic just created has a leader. */
	private static void awaitLeaders(KafkaProducer<String, byte[]> producer, String topic) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			var partitions = producer.partitionsFor(topic);
			if (!partitions.isEmpty() && partitions.stream().allMatch((partition) -> partition.leader() != null)) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the partitions of " + topic + " have no leader after 60 s");
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
		}
	}

	private void createTopics(String prefix) {
		try (Admin admin = admin()) {
			List<NewTopic> topics = new ArrayList<>();
			for (FeedRecords.Type type : FeedRecords.Type.values()) {
				topics.add(
						new NewTopic(prefix + type.topic(), 3, (short) 1).configs(Map.of("cleanup.policy", "compact")));
			}
			admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
		}
		catch (ExecutionException | java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException("cannot create the topics " + prefix + "*", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/** Frees the broker's disk: a million records are about a gigabyte. */
	private void deleteTopics(String prefix) {
		try (Admin admin = admin()) {
			List<String> names = new ArrayList<>();
			for (FeedRecords.Type type : FeedRecords.Type.values()) {
				names.add(prefix + type.topic());
			}
			admin.deleteTopics(names).all().get(60, TimeUnit.SECONDS);
		}
		catch (ExecutionException | java.util.concurrent.TimeoutException ex) {
			System.err.println("bench: could not delete the topics " + prefix + "*: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Admin admin() {
		Properties props = new Properties();
		props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		return Admin.create(props);
	}

	/**
	 * The records the services write for a published item (the event envelope's binary
	 * mode): the shapes and headers are fixed, the text of each item varies.
	 */
	static final class FeedRecords {

		enum Type {

			ARTICLE("articles", "article"), EVENT("events", "event"), PERSON("people", "person");

			private final String topic;

			private final String name;

			Type(String topic, String name) {
				this.topic = topic;
				this.name = name;
			}

			String topic() {
				return this.topic;
			}

			String wireName() {
				return this.name;
			}

		}

		/** The text of one item, by type: what differs between items of one shape. */
		sealed interface ItemText permits ArticleText, EventText, NoticeText {

			/** The start of the item's slug; the id follows it. */
			String slug();

		}

		/**
		 * @param body sanitised HTML
		 */
		record ArticleText(String slug, String headline, String lead, String body, String caption, String section,
				List<String> authors, List<String> tags) implements ItemText {

		}

		/**
		 * @param description sanitised HTML
		 */
		record EventText(String slug, String title, String teaser, String description, String track, String venue,
				String address, String city, String organiser, Instant startsAt,
				List<String> tags) implements ItemText {

		}

		/**
		 * A new job ({@code NEW_JOB}) in Navnenyt.
		 */
		record NoticeText(String slug, String name, int age, String pronoun, String company, String title,
				String focusArea, String previousTitle, String previousCompany, List<String> tags,
				String announcement) implements ItemText {

		}

		/** The text of each item of a run, by type and number. */
		@FunctionalInterface
		interface Texts {

			ItemText text(Type type, int i, String id);

		}

		private FeedRecords() {
		}

		static String id(Type type, int i) {
			return String.format(Locale.ROOT, "%s%023x", type.name.charAt(0), i);
		}

		/**
		 * The same text for every item but its id: what the bootstrap measure reads (the
		 * feed does not look at the words).
		 */
		static ItemText fixed(Type type, int i, String id) {
			return switch (type) {
				case ARTICLE -> new ArticleText("artikel",
						"Kommunerne samler driften af deres it-systemer, artikel " + id,
						"Otte kommuner i Region Midtjylland flytter driften til et fælles datacenter i Silkeborg.",
						"<p>Aftalen træder i kraft til sommer og omfatter både borgerservice og økonomisystemer.</p>",
						"Datacentret i Silkeborg", "Offentlig it", List.of("Mette Kjær"), List.of("kommuner", "drift"));
				case EVENT -> new EventText("sikkerhedsdagen", "Sikkerhedsdagen " + id,
						"En dag om trusler mod den offentlige sektor.", "<p>Program følger.</p>", "Sikkerhed",
						"Tapetfabrikken", "Sønder Boulevard 3", "København Ø", "Newsroom Events",
						Instant.parse("2027-03-12T08:00:00Z"), List.of("sikkerhed"));
				case PERSON -> new NoticeText("mette-kjaer-soerensen", "Mette Kjær Sørensen", 38, "hun", "Nordlys Data",
						"seniorrådgiver", "cloudsikkerhed", "sikkerhedsarkitekt", "Fjordnet A/S", List.of("cloud"),
						"Nordlys Data har pr. 1. december 2026 ansat Mette Kjær Sørensen, 38 år, som seniorrådgiver.");
			};
		}

		static RecordHeaders headers(Type type, String id) {
			RecordHeaders headers = new RecordHeaders();
			add(headers, "ce_specversion", "1.0");
			add(headers, "ce_id", UUID.randomUUID().toString());
			add(headers, "ce_source", "/" + type.topic + "-service");
			add(headers, "ce_type", "dk.newsroom." + type.name + ".published");
			add(headers, "ce_time", Instant.now().toString());
			add(headers, "ce_subject", id);
			add(headers, "content-type", "application/json");
			add(headers, "ce_entityversion", "1");
			return headers;
		}

		private static void add(RecordHeaders headers, String name, String value) {
			headers.add(name, value.getBytes(StandardCharsets.UTF_8));
		}

		static byte[] value(String id, Instant publishedAt, ItemText text) {
			String json;
			if (text instanceof ArticleText article) {
				json = """
						{"id":"%s","slug":%s,"status":"PUBLISHED","headline":%s,
						"lead":%s,
						"body":%s,
						"topImage":{"url":"https://billeder.newsroom.dk/%s.jpg","caption":%s,"credit":"Foto: Jens Bøgh"},
						"section":%s,"authors":%s,"source":null,"language":"da","tags":%s,
						"publishedAt":"%s","createdAt":"2026-11-26T08:40:00Z","updatedAt":"2026-11-26T09:00:00Z","version":1}
						"""
					.formatted(id, quote(article.slug() + "-" + id), quote(article.headline()), quote(article.lead()),
							quote(article.body()), id, quote(article.caption()), quote(article.section()),
							quote(article.authors()), quote(article.tags()), publishedAt);
			}
			else if (text instanceof EventText event) {
				json = """
						{"id":"%s","slug":%s,"status":"PUBLISHED","eventStatus":"SCHEDULED",
						"title":%s,"teaser":%s,
						"description":%s,"track":%s,
						"venue":{"name":%s,"address":%s,"city":%s},
						"startsAt":"%s","endsAt":"%s",
						"registrationUrl":"https://events.newsroom.dk/tilmeld/%s","organiser":%s,
						"image":{"url":"https://billeder.newsroom.dk/%s.jpg","caption":"Sidste års konference","credit":"Foto: Jens Bøgh"},
						"tags":%s,"publishedAt":"%s","createdAt":"2026-11-20T08:00:00Z",
						"updatedAt":"2026-11-20T09:00:00Z","version":1}
						"""
					.formatted(id, quote(event.slug() + "-" + id), quote(event.title()), quote(event.teaser()),
							quote(event.description()), quote(event.track()), quote(event.venue()),
							quote(event.address()), quote(event.city()), event.startsAt(),
							event.startsAt().plus(Duration.ofMinutes(450)), event.slug(), quote(event.organiser()), id,
							quote(event.tags()), publishedAt);
			}
			else {
				NoticeText notice = (NoticeText) text;
				json = """
						{"id":"%s","slug":%s,"status":"PUBLISHED","kind":"NEW_JOB","label":"Nyt job",
						"person":{"name":%s,"age":%d,"pronoun":%s,
						  "photo":{"url":"https://billeder.newsroom.dk/%s.jpg","caption":%s,"credit":%s}},
						"company":%s,"title":%s,"effectiveDate":"2026-12-01",
						"focusAreas":%s,"previousPosition":{"title":%s,"company":%s},
						"education":null,"earlierExperience":null,"tags":%s,
						"announcement":%s,
						"warnings":[],"publishedAt":"%s","createdAt":"2026-11-26T06:00:00Z",
						"updatedAt":"2026-11-26T07:00:00Z","version":1}
						""".formatted(id, quote(notice.slug() + "-" + id), quote(notice.name()), notice.age(),
						quote(notice.pronoun()), id, quote(notice.name()), quote("Foto: " + notice.company()),
						quote(notice.company()), quote(notice.title()), quote(List.of(notice.focusArea())),
						quote(notice.previousTitle()), quote(notice.previousCompany()), quote(notice.tags()),
						quote(notice.announcement()), publishedAt);
			}
			return json.getBytes(StandardCharsets.UTF_8);
		}

		/** A JSON string. */
		static String quote(String text) {
			StringBuilder json = new StringBuilder(text.length() + 2).append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '"', '\\' -> json.append('\\').append(c);
					case '\n' -> json.append("\\n");
					default -> {
						if (c < 0x20) {
							json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
						}
						else {
							json.append(c);
						}
					}
				}
			}
			return json.append('"').toString();
		}

		/** A JSON array of strings. */
		static String quote(List<String> texts) {
			StringBuilder json = new StringBuilder("[");
			for (String text : texts) {
				if (json.length() > 1) {
					json.append(',');
				}
				json.append(quote(text));
			}
			return json.append(']').toString();
		}

	}

}
