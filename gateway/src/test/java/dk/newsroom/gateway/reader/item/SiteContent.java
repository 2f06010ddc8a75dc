package dk.newsroom.gateway.reader.item;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.gateway.feed.ingest.ArticleRecords;
import dk.newsroom.gateway.feed.ingest.TestTopics;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole resources as the services put them on their topics (the contracts' shapes, every
 * field), on the item page tests' own three topics: a Danish article, event and Navnenyt
 * notice, and their edits, withdrawals and deletions. The list pages' test shares them
 * (and so the cached application context).
 */
public final class SiteContent {

	public static final String ARTICLES = "gateway-it.site.articles.v1";

	public static final String EVENTS = "gateway-it.site.events.v1";

	public static final String PEOPLE = "gateway-it.site.people.v1";

	public static final String ARTICLES_PROPERTY = "newsroom.feed.topics.article=" + ARTICLES;

	public static final String EVENTS_PROPERTY = "newsroom.feed.topics.event=" + EVENTS;

	public static final String PEOPLE_PROPERTY = "newsroom.feed.topics.person=" + PEOPLE;

	static final String BODY = "<p>Regeringen vil bruge <strong>2,5 milliarder kroner</strong> på cyberforsvaret.</p>"
			+ "<h2>Ny enhed</h2><p>Læs mere hos <a href=\"https://fmn.dk\">Forsvarsministeriet</a>.</p>";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static TestTopics topics;

	private SiteContent() {
	}

	public static synchronized void createTopics() {
		if (topics == null) {
			topics = new TestTopics();
			TestTopics.create(ARTICLES, 1);
			TestTopics.create(EVENTS, 1);
			TestTopics.create(PEOPLE, 1);
		}
	}

	/** A whole article; change any field before sending. */
	public static Map<String, Object> article(String id, Instant publishedAt, long version) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id);
		json.put("slug", "regeringen-styrker-cyberforsvaret-" + id);
		json.put("status", "PUBLISHED");
		json.put("headline", "Regeringen styrker cyberforsvaret med 2,5 milliarder");
		json.put("lead", "Et bredt flertal står bag aftalen, der skal beskytte kritisk infrastruktur.");
		json.put("body", BODY);
		json.put("topImage", Map.of("url", "https://billeder.newsroom.dk/cyber.jpg", "caption",
				"Center for Cybersikkerhed i Kastellet", "credit", "Foto: Søren Ågård"));
		json.put("section", "Sikkerhed");
		json.put("authors", List.of("Mette Kjær", "Jens Østergaard"));
		json.put("source", "Ritzau");
		json.put("language", "da");
		json.put("tags", List.of("cybersikkerhed", "forsvar"));
		json.put("publishedAt", publishedAt.toString());
		json.put("createdAt", publishedAt.minus(Duration.ofHours(1)).toString());
		json.put("updatedAt", publishedAt.toString());
		json.put("version", version);
		return json;
	}

	public static Map<String, Object> event(String id, Instant startsAt, String eventStatus, long version) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id);
		json.put("slug", "cybersikkerhedsdoegnet-" + id);
		json.put("status", "PUBLISHED");
		json.put("eventStatus", eventStatus);
		json.put("title", "Cybersikkerhedsdøgnet 2027");
		json.put("teaser", "En dag om trusler, forsvar og samarbejde i den danske it-branche.");
		json.put("description", "<p>Oplæg fra <strong>CFCS</strong> og paneldebat om NIS2.</p>");
		json.put("track", "Sikkerhed");
		Map<String, Object> venue = new LinkedHashMap<>();
		venue.put("name", "Bella Center");
		venue.put("address", "Center Boulevard 5, 2300 København S");
		venue.put("city", "København S");
		json.put("venue", venue);
		json.put("startsAt", startsAt.toString());
		json.put("endsAt", startsAt.plus(Duration.ofHours(7)).toString());
		json.put("registrationUrl", "https://tilmelding.newsroom.dk/cyberdoegnet");
		json.put("organiser", "Newsroom Events");
		json.put("image", null);
		json.put("tags", List.of("konference", "cybersikkerhed"));
		Instant published = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		json.put("publishedAt", published.toString());
		json.put("createdAt", published.minus(Duration.ofDays(1)).toString());
		json.put("updatedAt", published.toString());
		json.put("version", version);
		return json;
	}

	public static Map<String, Object> notice(String id, Instant publishedAt, long version) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", id);
		json.put("slug", "aase-noergaard-systematic-" + id);
		json.put("status", "PUBLISHED");
		json.put("kind", "NEW_JOB");
		json.put("label", "Nyt job");
		json.put("person", Map.of("name", "Åse Nørgaard", "age", 47, "pronoun", "hun", "photo", Map.of("url",
				"https://billeder.newsroom.dk/aase.jpg", "caption", "Åse Nørgaard", "credit", "Foto: Systematic")));
		json.put("company", "Systematic");
		json.put("title", "Teknisk direktør");
		json.put("effectiveDate", "2027-01-01");
		json.put("focusAreas", List.of("cloud"));
		json.put("previousPosition", Map.of("title", "Udviklingschef", "company", "Netcompany"));
		json.put("education", "cand.scient. i datalogi");
		json.put("earlierExperience", null);
		json.put("tags", List.of("navnenyt"));
		json.put("announcement", "Åse Nørgaard er ny teknisk direktør i Systematic.\n\n"
				+ "Hun kommer fra en stilling som udviklingschef i Netcompany.");
		json.put("warnings", List.of());
		json.put("publishedAt", publishedAt.toString());
		json.put("createdAt", publishedAt.toString());
		json.put("updatedAt", publishedAt.toString());
		json.put("version", version);
		return json;
	}

	public static void send(String topic, Map<String, Object> json) {
		String id = (String) json.get("id");
		long version = ((Number) json.get("version")).longValue();
		topics.send(topic, id, JSON.writeValueAsBytes(json), ArticleRecords.headers(id, "changed", version));
	}

	public static void delete(String topic, String id, long version) {
		topics.send(topic, id, null, ArticleRecords.headers(id, "deleted", version));
	}

}
