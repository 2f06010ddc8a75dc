package dk.newsroom.gateway.reader.item;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The page of an article, an event and a Navnenyt notice, rendered from the records on
 * the topics (no service runs here: the pages come from the gateway's own copy), as a
 * reader, a cache and a search engine see them.
 */
@NewsroomIntegrationTest(properties = { SiteContent.ARTICLES_PROPERTY, SiteContent.EVENTS_PROPERTY,
		SiteContent.PEOPLE_PROPERTY, SiteContent.TOPIC_REFRESH_PROPERTY })
class ItemPageIntegrationTest {

	static final Duration WAIT = Duration.ofSeconds(30);

	/** How long an edit or a withdrawal may take to reach the page. */
	static final Duration EDIT_SHOWN = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(ItemPageIntegrationTest.class);

	static final String DANISH_TIME = "\\d{1,2}\\. \\p{L}+ \\d{4} kl\\. \\d{2}\\.\\d{2}";

	static final String ISO_WITH_OFFSET = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?[+-]\\d{2}:\\d{2}";

	@Autowired
	private WebTestClient client;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void topics() {
		SiteContent.createTopics();
	}

	@Test
	void anArticlePageShowsTheWholeArticle() {
		String id = id("a");
		Instant published = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> article = SiteContent.article(id, published, 2);
		article.put("updatedAt", published.plus(Duration.ofHours(2)).toString());
		SiteContent.send(SiteContent.ARTICLES, article);
		String path = "/artikler/" + article.get("slug");

		EntityExchangeResult<byte[]> result = awaitStatus(path, 200);
		assertThat(result.getResponseHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
		assertThat(result.getResponseHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
		Document page = parse(result);

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Regeringen styrker cyberforsvaret med 2,5 milliarder");
		assertThat(page.selectFirst(".kicker a").attr("href")).isEqualTo("/sektioner/sikkerhed");
		assertThat(page.selectFirst(".lead").text()).startsWith("Et bredt flertal står bag aftalen");
		Element byline = page.selectFirst(".byline");
		assertThat(byline.text()).contains("Af Mette Kjær og Jens Østergaard")
			.containsPattern(DANISH_TIME)
			.contains("Opdateret");
		assertThat(byline.selectFirst("time").attr("datetime")).matches(ISO_WITH_OFFSET);
		assertThat(byline.text()).contains(danish(published));
		Element image = page.selectFirst("figure.top-image img");
		assertThat(image.attr("src")).isEqualTo("https://billeder.newsroom.dk/cyber.jpg");
		assertThat(image.attr("alt")).isEqualTo("Center for Cybersikkerhed i Kastellet");
		assertThat(page.selectFirst("figure.top-image figcaption").text()).contains("Foto: Søren Ågård");
		// The body is the service's sanitised HTML, shown as markup.
		assertThat(page.selectFirst(".body strong").text()).isEqualTo("2,5 milliarder kroner");
		assertThat(page.selectFirst(".body h2").text()).isEqualTo("Ny enhed");
		assertThat(page.select(".tags a").eachAttr("href")).containsExactly("/emner/cybersikkerhed", "/emner/forsvar");
		assertThat(page.selectFirst(".source").text()).isEqualTo("Kilde: Ritzau");
		// No inline script or style: only the JSON-LD data block.
		assertThat(page.select("script:not([type=application/ld+json])"))
			.allSatisfy((script) -> assertThat(script.attr("src")).startsWith("/reader/"));
		assertThat(page.select("[style], style")).isEmpty();
	}

	@Test
	void anArticlePageTellsSharingAndSearchEnginesWhatItIs() {
		String id = id("a");
		Instant published = Instant.now().minus(Duration.ofHours(5)).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> article = SiteContent.article(id, published, 1);
		SiteContent.send(SiteContent.ARTICLES, article);
		String path = "/artikler/" + article.get("slug");

		Document page = parse(awaitStatus(path, 200));

		String canonical = "http://localhost:" + this.port + path;
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
		assertThat(meta(page, "og:url")).isEqualTo(canonical);
		assertThat(meta(page, "og:type")).isEqualTo("article");
		assertThat(meta(page, "og:title")).startsWith("Regeringen styrker cyberforsvaret");
		assertThat(meta(page, "og:description")).startsWith("Et bredt flertal");
		assertThat(meta(page, "og:image")).isEqualTo("https://billeder.newsroom.dk/cyber.jpg");
		assertThat(meta(page, "og:locale")).isEqualTo("da_DK");
		assertThat(meta(page, "article:published_time")).matches(ISO_WITH_OFFSET);
		assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");

		Map<String, Object> node = JsonLdNodes.expand(jsonLd(page));
		assertThat(JsonLdNodes.types(node)).containsExactly(JsonLdNodes.SCHEMA + "NewsArticle");
		assertThat(JsonLdNodes.value(node, "headline")).isEqualTo(article.get("headline"));
		assertThat(Instant
			.from(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse((String) JsonLdNodes.value(node, "datePublished"))))
			.isEqualTo(published);
		assertThat((String) JsonLdNodes.value(node, "dateModified")).matches(ISO_WITH_OFFSET);
		assertThat(JsonLdNodes.values(node, "author"))
			.extracting((author) -> JsonLdNodes.value(castNode(author), "name"))
			.containsExactly("Mette Kjær", "Jens Østergaard");
		assertThat(JsonLdNodes.value(node, "image")).isEqualTo("https://billeder.newsroom.dk/cyber.jpg");
		assertThat(JsonLdNodes.value(JsonLdNodes.node(node, "publisher"), "name")).isEqualTo("Newsroom");
		assertThat(JsonLdNodes.value(node, "mainEntityOfPage")).isEqualTo(canonical);
	}

	@Test
	void everyPageAnswersConditionalRequestsAndMayBeCachedBriefly() {
		String id = id("a");
		Instant published = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> article = SiteContent.article(id, published, 1);
		SiteContent.send(SiteContent.ARTICLES, article);
		String path = "/artikler/" + article.get("slug");

		HttpHeaders headers = awaitStatus(path, 200).getResponseHeaders();
		String etag = headers.getETag();
		assertThat(etag).startsWith("\"");
		assertThat(headers.getLastModified()).isEqualTo(published.toEpochMilli());
		assertThat(headers.getCacheControl()).contains("public", "s-maxage=10", "max-age=0");

		this.client.get()
			.uri(path)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, etag)
			.expectBody()
			.isEmpty();
		this.client.get()
			.uri(path)
			.header(HttpHeaders.IF_MODIFIED_SINCE, headers.getFirst(HttpHeaders.LAST_MODIFIED))
			.exchange()
			.expectStatus()
			.isNotModified();
		this.client.get().uri(path).header(HttpHeaders.IF_NONE_MATCH, "\"other\"").exchange().expectStatus().isOk();
	}

	@Test
	void anEditChangesThePageAndItsValidatorAndAWithdrawalTakesItDown() {
		String id = id("a");
		Instant published = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> article = SiteContent.article(id, published, 1);
		SiteContent.send(SiteContent.ARTICLES, article);
		String path = "/artikler/" + article.get("slug");
		String etag = awaitStatus(path, 200).getResponseHeaders().getETag();

		article.put("headline", "Rettet: Regeringen styrker cyberforsvaret med 3 milliarder");
		article.put("updatedAt", Instant.now().toString());
		article.put("version", 2);
		long editSent = System.nanoTime();
		SiteContent.send(SiteContent.ARTICLES, article);

		// Within a second as a rule (logged); the bound leaves room for a loaded machine
		// but not for a page kept for its shared-cache lifetime or longer.
		await().atMost(EDIT_SHOWN).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).untilAsserted(() -> {
			EntityExchangeResult<byte[]> edited = this.client.get()
				.uri(path)
				.header(HttpHeaders.IF_NONE_MATCH, etag)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult();
			assertThat(edited.getResponseHeaders().getETag()).isNotEqualTo(etag);
			assertThat(parse(edited).selectFirst("h1").text()).startsWith("Rettet:");
		});
		log.info("An edit reached its page {} ms after it was sent", (System.nanoTime() - editSent) / 1_000_000);

		article.put("status", "WITHDRAWN");
		article.put("version", 3);
		long withdrawalSent = System.nanoTime();
		SiteContent.send(SiteContent.ARTICLES, article);

		EntityExchangeResult<byte[]> gone = awaitStatus(path, 404, EDIT_SHOWN);
		log.info("A withdrawal took its page down {} ms after it was sent",
				(System.nanoTime() - withdrawalSent) / 1_000_000);
		assertThat(gone.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
		assertThat(gone.getResponseHeaders().getETag()).isNull();
		Document page = parse(gone);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Siden findes ikke");
		assertThat(page.text()).doesNotContain("cyberforsvaret");
		assertThat(meta(page, "og:title")).startsWith("Siden findes ikke");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
	}

	@Test
	void aDeletedItemIsGoneAndUnpublishedOnesAreNotFound() {
		String deleted = id("a");
		Map<String, Object> article = SiteContent.article(deleted, Instant.now().minus(Duration.ofHours(1)), 1);
		SiteContent.send(SiteContent.ARTICLES, article);
		String path = "/artikler/" + article.get("slug");
		awaitStatus(path, 200);
		SiteContent.delete(SiteContent.ARTICLES, deleted, 2);
		Document page = parse(awaitStatus(path, 410));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Siden er fjernet");

		Map<String, Object> scheduled = SiteContent.article(id("a"), Instant.now().plus(Duration.ofHours(1)), 1);
		Map<String, Object> draft = SiteContent.article(id("a"), Instant.now().minus(Duration.ofHours(1)), 1);
		draft.put("status", "DRAFT");
		SiteContent.send(SiteContent.ARTICLES, scheduled);
		SiteContent.send(SiteContent.ARTICLES, draft);
		// A later item on the same topic: once it is shown, the two before it were read.
		Map<String, Object> marker = SiteContent.article(id("a"), Instant.now().minus(Duration.ofHours(1)), 1);
		SiteContent.send(SiteContent.ARTICLES, marker);
		awaitStatus("/artikler/" + marker.get("slug"), 200);

		for (Map<String, Object> hidden : new Map[] { scheduled, draft }) {
			EntityExchangeResult<byte[]> answer = get("/artikler/" + hidden.get("slug"));
			assertThat(answer.getStatus().value()).isEqualTo(404);
			assertThat(parse(answer).text()).doesNotContain("cyberforsvaret");
		}
		assertThat(get("/artikler/findes-ikke").getStatus().value()).isEqualTo(404);
		assertThat(get("/navnenyt/findes-ikke").getStatus().value()).isEqualTo(404);
	}

	@Test
	void anEventPageShowsWhenWhereAndHowToGo() {
		String id = id("e");
		Instant startsAt = ZonedDateTime.parse("2027-03-10T09:00:00+01:00").toInstant();
		Map<String, Object> event = SiteContent.event(id, startsAt, "SOLD_OUT", 1);
		SiteContent.send(SiteContent.EVENTS, event);
		String slug = (String) event.get("slug");

		Document page = parse(awaitStatus("/arrangementer/" + slug, 200));

		assertThat(page.selectFirst("h1").text()).isEqualTo("Cybersikkerhedsdøgnet 2027");
		assertThat(page.selectFirst(".badges").text()).isEqualTo("Udsolgt");
		assertThat(page.selectFirst(".facts").text()).contains("10. marts 2027 kl. 09.00–16.00", "Bella Center",
				"Center Boulevard 5, 2300 København S", "København S", "Sikkerhed", "Newsroom Events");
		assertThat(page.selectFirst(".facts time").attr("datetime")).isEqualTo("2027-03-10T09:00:00+01:00");
		assertThat(page.selectFirst(".lead").text()).startsWith("En dag om trusler");
		assertThat(page.selectFirst(".body strong").text()).isEqualTo("CFCS");
		assertThat(page.select(".actions a").eachAttr("href")).containsExactly(
				"https://tilmelding.newsroom.dk/cyberdoegnet", "/arrangementer/" + slug + ".ics",
				"/api/events/calendar.ics?track=Sikkerhed");
		assertThat(page.selectFirst("#tilfoej-til-kalender").text()).isEqualTo("Tilføj til kalender");

		Map<String, Object> node = JsonLdNodes.expand(jsonLd(page));
		assertThat(JsonLdNodes.types(node)).containsExactly(JsonLdNodes.SCHEMA + "Event");
		assertThat(JsonLdNodes.value(node, "name")).isEqualTo("Cybersikkerhedsdøgnet 2027");
		assertThat(JsonLdNodes.value(node, "startDate")).isEqualTo("2027-03-10T09:00:00+01:00");
		assertThat(JsonLdNodes.value(node, "endDate")).isEqualTo("2027-03-10T16:00:00+01:00");
		assertThat(JsonLdNodes.value(node, "eventStatus")).isEqualTo("https://schema.org/EventScheduled");
		Map<String, Object> location = JsonLdNodes.node(node, "location");
		assertThat(JsonLdNodes.types(location)).containsExactly(JsonLdNodes.SCHEMA + "Place");
		assertThat(JsonLdNodes.value(location, "name")).isEqualTo("Bella Center");
		Map<String, Object> address = JsonLdNodes.node(location, "address");
		assertThat(JsonLdNodes.value(address, "streetAddress")).isEqualTo("Center Boulevard 5, 2300 København S");
		assertThat(JsonLdNodes.value(address, "addressLocality")).isEqualTo("København S");
		Map<String, Object> offer = JsonLdNodes.node(node, "offers");
		assertThat(JsonLdNodes.value(offer, "url")).isEqualTo("https://tilmelding.newsroom.dk/cyberdoegnet");
		assertThat(JsonLdNodes.value(offer, "availability")).isEqualTo("https://schema.org/SoldOut");
	}

	@Test
	void addToCalendarIsTheEventAsICalendarWithTheEventsServicesUid() throws Exception {
		String id = id("e");
		Instant startsAt = ZonedDateTime.parse("2027-04-20T13:00:00+02:00").toInstant();
		Map<String, Object> event = SiteContent.event(id, startsAt, "SCHEDULED", 4);
		SiteContent.send(SiteContent.EVENTS, event);
		String path = "/arrangementer/" + event.get("slug") + ".ics";

		EntityExchangeResult<byte[]> result = awaitStatus(path, 200);

		HttpHeaders headers = result.getResponseHeaders();
		assertThat(headers.getContentType()).hasToString("text/calendar;charset=UTF-8");
		assertThat(headers.getContentDisposition().getType()).isEqualTo("attachment");
		assertThat(headers.getContentDisposition().getFilename()).isEqualTo(event.get("slug") + ".ics");
		Calendar calendar = new CalendarBuilder()
			.build(new java.io.StringReader(new String(result.getResponseBody(), StandardCharsets.UTF_8)));
		VEvent vevent = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
		assertThat(vevent.getUid().orElseThrow().getValue()).isEqualTo(id + "@events.newsroom.dk");
		assertThat(vevent.getSequence().getValue()).isEqualTo("4");
		assertThat(vevent.getSummary().getValue()).isEqualTo("Cybersikkerhedsdøgnet 2027");
		assertThat(vevent.getDateTimeStart().getValue()).isEqualTo("20270420T110000Z");
		assertThat(vevent.getLocation().getValue()).contains("Bella Center", "København S");
		assertThat(vevent.getStatus().getValue()).isEqualTo("CONFIRMED");
		this.client.get()
			.uri(path)
			.header(HttpHeaders.IF_NONE_MATCH, headers.getETag())
			.exchange()
			.expectStatus()
			.isNotModified();
		assertThat(get("/arrangementer/findes-ikke.ics").getStatus().value()).isEqualTo(404);
	}

	@Test
	void aCancelledEventSaysSoAndOffersNoRegistration() {
		String id = id("e");
		Map<String, Object> event = SiteContent.event(id, Instant.now().plus(Duration.ofDays(12)), "CANCELLED", 1);
		SiteContent.send(SiteContent.EVENTS, event);

		Document page = parse(awaitStatus("/arrangementer/" + event.get("slug"), 200));

		assertThat(page.selectFirst(".badges").text()).isEqualTo("Aflyst");
		assertThat(page.select(".actions a").eachAttr("href"))
			.doesNotContain("https://tilmelding.newsroom.dk/cyberdoegnet");
		assertThat(JsonLdNodes.value(JsonLdNodes.expand(jsonLd(page)), "eventStatus"))
			.isEqualTo("https://schema.org/EventCancelled");
	}

	@Test
	void aNoticePageShowsThePersonAndTheAnnouncement() {
		String id = id("p");
		Map<String, Object> notice = SiteContent.notice(id, Instant.now().minus(Duration.ofHours(4)), 1);
		SiteContent.send(SiteContent.PEOPLE, notice);

		Document page = parse(awaitStatus("/navnenyt/" + notice.get("slug"), 200));

		assertThat(page.selectFirst(".kicker").text()).contains("Navnenyt", "Nyt job");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Åse Nørgaard");
		assertThat(page.selectFirst(".position").text()).isEqualTo("Teknisk direktør Systematic");
		assertThat(page.selectFirst("figure.portrait img").attr("alt")).isEqualTo("Åse Nørgaard");
		assertThat(page.select(".announcement p").eachText()).containsExactly(
				"Åse Nørgaard er ny teknisk direktør i Systematic.",
				"Hun kommer fra en stilling som udviklingschef i Netcompany.");
		assertThat(page.selectFirst(".effective").text()).isEqualTo("Gælder fra 1. januar 2027");

		Map<String, Object> node = JsonLdNodes.expand(jsonLd(page));
		assertThat(JsonLdNodes.types(node)).containsExactly(JsonLdNodes.SCHEMA + "NewsArticle");
		Map<String, Object> person = JsonLdNodes.node(node, "about");
		assertThat(JsonLdNodes.types(person)).containsExactly(JsonLdNodes.SCHEMA + "Person");
		assertThat(JsonLdNodes.value(person, "name")).isEqualTo("Åse Nørgaard");
		assertThat(JsonLdNodes.value(person, "jobTitle")).isEqualTo("Teknisk direktør");
		assertThat(JsonLdNodes.value(JsonLdNodes.node(person, "worksFor"), "name")).isEqualTo("Systematic");
	}

	@Test
	void theFeedAndItsFormatsLinkToThePages() {
		String id = id("a");
		Map<String, Object> article = SiteContent.article(id, Instant.now().minus(Duration.ofMinutes(1)), 1);
		SiteContent.send(SiteContent.ARTICLES, article);
		String page = "/artikler/" + article.get("slug");
		awaitStatus(page, 200);

		this.client.get()
			.uri("/api/feed?type=article&limit=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].id")
			.isEqualTo(id)
			.jsonPath("$.items[0].url")
			.isEqualTo(page)
			.jsonPath("$.items[0].link")
			.isEqualTo("/api/articles/" + id);
		assertThat(new String(get("/feed.rss?type=article&limit=1").getResponseBody(), StandardCharsets.UTF_8))
			.contains("<link>http://localhost:" + this.port + page + "</link>");
		assertThat(new String(get("/feed.json?type=article&limit=1").getResponseBody(), StandardCharsets.UTF_8))
			.contains("\"url\":\"http://localhost:" + this.port + page + "\"");
		assertThat(parse(get("/")).select("#articles a").eachAttr("href")).contains(page);
	}

	private EntityExchangeResult<byte[]> awaitStatus(String path, int status) {
		return awaitStatus(path, status, WAIT);
	}

	private EntityExchangeResult<byte[]> awaitStatus(String path, int status, Duration atMost) {
		EntityExchangeResult<byte[]>[] last = new EntityExchangeResult[1];
		await().atMost(atMost).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).untilAsserted(() -> {
			last[0] = get(path);
			assertThat(last[0].getStatus().value()).isEqualTo(status);
		});
		return last[0];
	}

	private EntityExchangeResult<byte[]> get(String path) {
		return this.client.get().uri(path).exchange().expectBody().returnResult();
	}

	static Document parse(EntityExchangeResult<byte[]> result) {
		return Jsoup.parse(new String(result.getResponseBody(), StandardCharsets.UTF_8));
	}

	static String meta(Document page, String property) {
		Element meta = page.selectFirst("meta[property=" + property + "]");
		assertThat(meta).as("meta property %s", property).isNotNull();
		return meta.attr("content");
	}

	static String jsonLd(Document page) {
		Element script = page.selectFirst("script[type=application/ld+json]");
		assertThat(script).as("JSON-LD").isNotNull();
		return script.data();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castNode(Object node) {
		return (Map<String, Object>) node;
	}

	private static String danish(Instant instant) {
		return DateTimeFormatter.ofPattern("d. MMMM uuuu 'kl.' HH.mm", java.util.Locale.forLanguageTag("da-DK"))
			.withZone(java.time.ZoneId.of("Europe/Copenhagen"))
			.format(instant);
	}

	private static String id(String prefix) {
		return "site-" + prefix + "-" + System.nanoTime();
	}

}
