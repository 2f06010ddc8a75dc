package dk.newsroom.gateway.feed.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dk.newsroom.gateway.GatewayApplication;
import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.ResourceRef;
import dk.newsroom.testsupport.TestBackends;
import dk.newsroom.testsupport.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 200 000 items on the topics, a gateway started on them in a JVM with a 512 MiB heap
 * (its own surefire execution, see the module's pom): it catches up, keeps the newest
 * items per type that its horizon allows, serves the newest first, and stays well inside
 * the heap. Without the horizon the items alone (about 2 KB each) would take most of it.
 * Writes the measured figures to {@code target/horizon-memory.txt}.
 */
class FeedBootstrapMemoryIntegrationTest {

	private static final String PREFIX = "gateway-it.bootstrap.";

	private static final int ARTICLES = 160_000;

	private static final int EVENTS = 32_000;

	private static final int PEOPLE = 8_000;

	/** The default horizon: {@code newsroom.feed.horizon.items-per-type}. */
	private static final int HORIZON = 10_000;

	private static final Instant NEWEST = Instant.parse("2026-11-26T12:00:00Z");

	private static final long MIB = 1024 * 1024;

	@Test
	void aGatewayWithA512MibHeapBootstraps200000ItemsAndKeepsItsHorizon() throws IOException {
		assertThat(Runtime.getRuntime().maxMemory()).as("this JVM's heap").isLessThanOrEqualTo(512 * MIB);
		long produceStart = System.nanoTime();
		produce();
		long produced = System.nanoTime() - produceStart;
		long baseline = usedAfterGc();
		long empty;
		// What a gateway costs without items, to tell the items' share apart.
		try (ConfigurableApplicationContext gateway = startGateway(PREFIX + "empty.")) {
			FeedCatchUp catchUp = gateway.getBean(FeedCatchUp.class);
			await("the empty gateway is ready").atMost(Duration.ofMinutes(1)).until(catchUp::isCaughtUp);
			empty = usedAfterGc();
		}

		long start = System.nanoTime();
		try (ConfigurableApplicationContext gateway = startGateway(PREFIX)) {
			FeedCatchUp catchUp = gateway.getBean(FeedCatchUp.class);
			await("the gateway caught up with 200 000 records").atMost(Duration.ofMinutes(5))
				.pollInterval(Duration.ofMillis(250))
				.until(catchUp::isCaughtUp);
			long caughtUp = System.nanoTime() - start;
			FeedProjection projection = gateway.getBean(FeedProjection.class);

			assertThat(projection.count(ContentType.ARTICLE)).isEqualTo(HORIZON);
			assertThat(projection.count(ContentType.EVENT)).isEqualTo(HORIZON);
			assertThat(projection.count(ContentType.PERSON)).as("fewer than the horizon: all kept").isEqualTo(PEOPLE);
			int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
			WebTestClient client = WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + port)
				.responseTimeout(Duration.ofSeconds(30))
				.build();
			client.get()
				.uri("/api/feed?type=article&limit=2")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.items[0].id")
				.isEqualTo(id(ContentType.ARTICLE, ARTICLES - 1))
				.jsonPath("$.items[1].id")
				.isEqualTo(id(ContentType.ARTICLE, ARTICLES - 2));

			// Every held item keeps its record for its reader page, and the page is
			// served.
			long sources = 0;
			for (ContentType type : new ContentType[] { ContentType.ARTICLE, ContentType.EVENT, ContentType.PERSON }) {
				int count = (type == ContentType.ARTICLE) ? ARTICLES : (type == ContentType.EVENT) ? EVENTS : PEOPLE;
				for (int i = 0; i < count; i++) {
					FeedEntry entry = projection.entry(new ResourceRef(type, id(type, i)));
					if (entry != null) {
						assertThat(entry.source()).as("the record of a held item").isNotNull();
						sources += entry.source().length;
					}
				}
			}
			client.get()
				.uri("/artikler/artikel-" + id(ContentType.ARTICLE, ARTICLES - 1))
				.exchange()
				.expectStatus()
				.isOk();

			long running = usedAfterGc();
			int held = projection.size();
			assertThat(running).as("heap used after GC with the gateway caught up").isLessThan(384 * MIB);
			write(String.format(Locale.ROOT,
					"""
							records: %d (articles %d, events %d, people %d), produced in %.1f s
							caught up in %.1f s; items held: %d (horizon %d per type)
							heap used after GC: %d MiB before a gateway, %d MiB with an empty one, %d MiB with this one caught up (max heap %d MiB)
							the items' share: %d MiB, %d B per held item, of which their records (kept for the reader site's pages): %d B per held item
							""",
					ARTICLES + EVENTS + PEOPLE, ARTICLES, EVENTS, PEOPLE, produced / 1e9, caughtUp / 1e9, held, HORIZON,
					baseline / MIB, empty / MIB, running / MIB, Runtime.getRuntime().maxMemory() / MIB,
					(running - empty) / MIB, (running - empty) / held, sources / held));
		}
	}

	private static ConfigurableApplicationContext startGateway(String topics) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
				"--spring.kafka.bootstrap-servers=" + TestBackends.kafka().bootstrapServers(),
				"--newsroom.feed.topics.article=" + topics + "articles",
				"--newsroom.feed.topics.event=" + topics + "events",
				"--newsroom.feed.topics.person=" + topics + "people"));
		TestTokens.applicationProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
		return new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(String[]::new));
	}

	/** Writes the records as the services would, oldest first, all acknowledged. */
	private static void produce() {
		TestTopics.create(PREFIX + "articles", 3);
		TestTopics.create(PREFIX + "events", 3);
		TestTopics.create(PREFIX + "people", 3);
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBackends.kafka().bootstrapServers());
		props.put(ProducerConfig.ACKS_CONFIG, "all");
		props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
		props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
		props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
		props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
		AtomicLong acknowledged = new AtomicLong();
		AtomicReference<Exception> failure = new AtomicReference<>();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props)) {
			send(producer, ContentType.ARTICLE, ARTICLES, acknowledged, failure);
			send(producer, ContentType.EVENT, EVENTS, acknowledged, failure);
			send(producer, ContentType.PERSON, PEOPLE, acknowledged, failure);
			producer.flush();
		}
		assertThat(failure.get()).isNull();
		assertThat(acknowledged.get()).isEqualTo(ARTICLES + EVENTS + PEOPLE);
	}

	private static void send(KafkaProducer<String, byte[]> producer, ContentType type, int count,
			AtomicLong acknowledged, AtomicReference<Exception> failure) {
		String topic = PREFIX + switch (type) {
			case ARTICLE -> "articles";
			case EVENT -> "events";
			case PERSON -> "people";
			case PODCAST -> throw new IllegalArgumentException("no podcasts topic in this test");
		};
		for (int i = 0; i < count; i++) {
			String id = id(type, i);
			// One minute apart per type, the last the newest.
			Instant publishedAt = NEWEST.minus(Duration.ofMinutes(count - 1 - i));
			producer.send(new ProducerRecord<>(topic, null, id, value(type, id, publishedAt),
					ArticleRecords.headers(id, "published", 1L)), (metadata, exception) -> {
						if (exception != null) {
							failure.compareAndSet(null, exception);
						}
						else {
							acknowledged.incrementAndGet();
						}
					});
		}
	}

	private static String id(ContentType type, int i) {
		return String.format(Locale.ROOT, "%s%023x", type.wireName().charAt(0), i);
	}

	private static byte[] value(ContentType type, String id, Instant publishedAt) {
		String json = switch (type) {
			case ARTICLE -> ArticleRecords.json(id, "PUBLISHED", publishedAt, 1);
			case EVENT ->
				"""
						{"id":"%s","slug":"sikkerhedsdagen-%s","status":"PUBLISHED","eventStatus":"SCHEDULED",
						"title":"Sikkerhedsdagen %s","teaser":"En dag om trusler mod den offentlige sektor.",
						"description":"<p>Program følger.</p>","track":"Sikkerhed",
						"venue":{"name":"Tapetfabrikken","address":"Sønder Boulevard 3","city":"København Ø"},
						"startsAt":"2027-03-12T08:00:00Z","endsAt":"2027-03-12T15:30:00Z",
						"registrationUrl":"https://events.newsroom.dk/tilmeld/sikkerhedsdagen","organiser":"Newsroom Events",
						"image":{"url":"https://billeder.newsroom.dk/sikkerhed.jpg","caption":"Sidste års konference","credit":"Foto: Jens Bøgh"},
						"tags":["sikkerhed"],"publishedAt":"%s","createdAt":"2026-11-20T08:00:00Z",
						"updatedAt":"2026-11-20T09:00:00Z","version":1}
						"""
					.formatted(id, id, id, publishedAt);
			case PERSON ->
				"""
						{"id":"%s","slug":"mette-kjaer-soerensen-%s","status":"PUBLISHED","kind":"NEW_JOB","label":"Nyt job",
						"person":{"name":"Mette Kjær Sørensen","age":38,"pronoun":"hun",
						  "photo":{"url":"https://billeder.newsroom.dk/mette.jpg","caption":"Mette Kjær Sørensen","credit":"Foto: Nordlys Data"}},
						"company":"Nordlys Data","title":"seniorrådgiver","effectiveDate":"2026-12-01",
						"focusAreas":["cloudsikkerhed"],"previousPosition":{"title":"sikkerhedsarkitekt","company":"Fjordnet A/S"},
						"education":null,"earlierExperience":null,"tags":["cloud"],
						"announcement":"Nordlys Data har pr. 1. december 2026 ansat Mette Kjær Sørensen, 38 år, som seniorrådgiver.",
						"warnings":[],"publishedAt":"%s","createdAt":"2026-11-26T06:00:00Z",
						"updatedAt":"2026-11-26T07:00:00Z","version":1}
						"""
					.formatted(id, id, publishedAt);
			case PODCAST -> throw new IllegalArgumentException("no podcasts topic in this test");
		};
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static void write(String figures) throws IOException {
		System.out.print(figures);
		Path report = Path.of("target", "horizon-memory.txt");
		Files.createDirectories(report.getParent());
		Files.writeString(report, figures);
	}

}
