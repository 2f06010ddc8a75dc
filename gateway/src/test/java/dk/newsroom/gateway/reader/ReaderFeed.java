package dk.newsroom.gateway.reader;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.gateway.feed.ingest.ArticleRecords;
import dk.newsroom.gateway.feed.ingest.TestTopics;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The content the reader page tests share: their own three topics on the test broker,
 * seeded once per JVM with a front page's worth of Danish articles, events and person
 * news, and a way to publish more while a test runs.
 */
final class ReaderFeed {

	static final String ARTICLES = "gateway-it.reader.articles.v1";

	static final String EVENTS = "gateway-it.reader.events.v1";

	static final String PEOPLE = "gateway-it.reader.people.v1";

	/** The Spring properties pointing the gateway at these topics. */
	static final String ARTICLES_PROPERTY = "newsroom.feed.topics.article=" + ARTICLES;

	static final String EVENTS_PROPERTY = "newsroom.feed.topics.event=" + EVENTS;

	static final String PEOPLE_PROPERTY = "newsroom.feed.topics.person=" + PEOPLE;

	static final Duration WAIT = Duration.ofSeconds(30);

	/** The oldest article, on the second page: its title must be shown as text. */
	static final String SCRIPT_ID = "reader-a13";

	static final String SCRIPT_TITLE = "Advarsel: <script>alert('xss')</script> & \"citat\" i æøå";

	static final List<String> HEADLINES = List.of("Regeringen vil styrke cyberforsvaret med 2,5 milliarder",
			"Ny sikkerhedsaftale mellem EU og Ukraine", "Danske virksomheder halter efter med de nye AI-regler",
			"Energinet åbner for ny havvindsudbygning i Nordsøen", "Rekordmange søger ind på it-uddannelserne",
			"Københavns Kommune skifter til open source-kontorpakke",
			"Ransomware ramte forsyningsselskab i Sønderjylland", "Nationalbanken holder renten i ro",
			"Ørsted udskyder beslutning om nyt havvindprojekt", "Datatilsynet skærper kravene til cookie-bannere",
			"Hver tredje dansker bruger nu MitID flere gange om dagen", "Aarhus får Danmarks første 6G-testnet");

	static final List<String> SECTIONS = List.of("Sikkerhed", "Sikkerhed", "Teknologi", "Energi", "Uddannelse",
			"Teknologi", "Sikkerhed", "Økonomi", "Energi", "Jura", "Digitalisering", "Teknologi");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static Instant seededAt;

	private static TestTopics topics;

	private ReaderFeed() {
	}

	/** When the content was seeded; events start relative to it. */
	static synchronized Instant seed() {
		if (seededAt != null) {
			return seededAt;
		}
		topics = new TestTopics();
		TestTopics.create(ARTICLES, 1);
		TestTopics.create(EVENTS, 1);
		TestTopics.create(PEOPLE, 1);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		for (int i = 0; i < HEADLINES.size(); i++) {
			article(String.format("reader-a%02d", i + 1), HEADLINES.get(i),
					"Et kort resumé på dansk om sagen, med æ, ø og å.", SECTIONS.get(i),
					now.minus(Duration.ofMinutes(7L * (i + 1))));
		}
		article(SCRIPT_ID, SCRIPT_TITLE, "Teksten <b>må ikke</b> blive til HTML.", "Sikkerhed",
				now.minus(Duration.ofDays(2)));
		event("reader-e1", "Cybersikkerhedsdøgnet 2026", "Sikkerhed", "Bella Center", "København S",
				now.plus(Duration.ofDays(2)), "SCHEDULED", now.minus(Duration.ofDays(10)));
		event("reader-e2", "AI i den offentlige sektor", "AI", "Aarhus Universitet", "Aarhus C",
				now.plus(Duration.ofDays(5)), "SOLD_OUT", now.minus(Duration.ofDays(9)));
		event("reader-e3", "Cloud-konferencen", "Cloud", "Odense Congress Center", "Odense C",
				now.plus(Duration.ofDays(9)), "CANCELLED", now.minus(Duration.ofDays(8)));
		event("reader-e4", "Ledelse af it-projekter", "Ledelse", "Aalborg Kongres & Kultur Center", "Aalborg",
				now.plus(Duration.ofDays(20)), "SCHEDULED", now.minus(Duration.ofDays(7)));
		event("reader-e0", "Sidste uges netværksmøde", "Netværk", "DGI-Byen", "København V",
				now.minus(Duration.ofDays(2)), "SCHEDULED", now.minus(Duration.ofDays(20)));
		person("reader-p1", "Mette Kjær", "CISO", "Danske Bank", "Nyt job", now.minus(Duration.ofMinutes(30)));
		person("reader-p2", "Søren Ågaard", "Administrerende direktør", "Netcompany", "Forfremmelse",
				now.minus(Duration.ofHours(3)));
		person("reader-p3", "Line Østergaard", "Bestyrelsesformand", "IT-Branchen", "Ny post",
				now.minus(Duration.ofHours(26)));
		seededAt = now;
		return now;
	}

	/** Waits until the gateway lists every item with one of these ids. */
	static void awaitListed(WebTestClient client, String... ids) {
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(client.get()
				.uri("/api/feed?limit=100")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody()).contains(ids));
	}

	/**
	 * Waits until the search page at this path (no percent-encoding: it is a URI
	 * template) lists every item with one of these ids.
	 */
	static void awaitSearchable(WebTestClient client, String path, String... ids) {
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody()).contains(Arrays.stream(ids).map((id) -> "data-id=\"" + id + "\"").toList()));
	}

	static void article(String id, String title, String lead, String section, Instant publishedAt) {
		article(id, title, lead, section, publishedAt, "PUBLISHED", 1);
	}

	/** A new version of an article, e.g. its withdrawal ({@code WITHDRAWN}). */
	static void article(String id, String title, String lead, String section, Instant publishedAt, String status,
			long version) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id);
		json.put("slug", id);
		json.put("status", status);
		json.put("headline", title);
		json.put("lead", lead);
		json.put("body", "<p>Brødtekst.</p>");
		json.put("section", section);
		json.put("authors", List.of("Mette Kjær"));
		json.put("language", "da");
		json.put("tags", List.of("it"));
		json.put("publishedAt", publishedAt.toString());
		json.put("version", version);
		send(ARTICLES, id, json, version);
	}

	static void event(String id, String title, String track, String venue, String city, Instant startsAt,
			String eventStatus, Instant publishedAt) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id);
		json.put("slug", id);
		json.put("status", "PUBLISHED");
		json.put("eventStatus", eventStatus);
		json.put("title", title);
		json.put("teaser", "En dag med oplæg og debat.");
		json.put("track", track);
		json.put("venue", Map.of("name", venue, "city", city));
		json.put("startsAt", startsAt.toString());
		json.put("endsAt", startsAt.plus(Duration.ofHours(7)).toString());
		json.put("tags", List.of("konference"));
		json.put("publishedAt", publishedAt.toString());
		json.put("version", 1);
		send(EVENTS, id, json);
	}

	static void person(String id, String name, String title, String company, String label, Instant publishedAt) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id);
		json.put("slug", id);
		json.put("status", "PUBLISHED");
		json.put("label", label);
		json.put("person", Map.of("name", name));
		json.put("company", company);
		json.put("title", title);
		json.put("announcement", name + " er ny " + title + " i " + company + ".");
		json.put("tags", List.of("navnenyt"));
		json.put("publishedAt", publishedAt.toString());
		json.put("version", 1);
		send(PEOPLE, id, json);
	}

	private static void send(String topic, String id, Map<String, Object> json) {
		send(topic, id, json, 1);
	}

	private static void send(String topic, String id, Map<String, Object> json, long version) {
		topics.send(topic, id, JSON.writeValueAsBytes(json), ArticleRecords.headers(id, "changed", version));
	}

}
