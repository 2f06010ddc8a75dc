package dk.newsroom.gateway.reader.lists;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import dk.newsroom.gateway.reader.item.SiteContent;
import dk.newsroom.gateway.reader.site.SitePaths;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The list pages of the reader site (a section, a tag, the events, Navnenyt), rendered
 * from the records on the item page tests' topics, with the same application context as
 * {@code ItemPageIntegrationTest} (the same properties, so the cached context is shared).
 * Every test uses sections, tags, tracks, cities and names of its own, so it sees only
 * its own items where it counts them.
 */
@NewsroomIntegrationTest(properties = { SiteContent.ARTICLES_PROPERTY, SiteContent.EVENTS_PROPERTY,
		SiteContent.PEOPLE_PROPERTY, "newsroom.feed.topic-refresh-interval=200ms" })
class ListPageIntegrationTest {

	static final Duration WAIT = Duration.ofSeconds(30);

	static final String DANISH_TIME = "\\d{1,2}\\. \\p{L}+ \\d{4} kl\\. \\d{2}\\.\\d{2}";

	@Autowired
	private WebTestClient client;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void topics() {
		SiteContent.createTopics();
	}

	@Test
	void aSectionPageListsItsArticlesNewestFirstAndNothingElse() {
		long unique = System.nanoTime();
		String section = "Grøn IT " + unique;
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<Map<String, Object>> articles = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Map<String, Object> article = SiteContent.article(id("a"), now.minus(Duration.ofHours(3 - i)), 1);
			article.put("section", section);
			article.put("headline", "Datacentre skal genbruge varmen, del " + (i + 1));
			articles.add(article);
			SiteContent.send(SiteContent.ARTICLES, article);
		}
		Map<String, Object> elsewhere = SiteContent.article(id("a"), now.minus(Duration.ofMinutes(30)), 1);
		elsewhere.put("section", "Andet " + unique);
		SiteContent.send(SiteContent.ARTICLES, elsewhere);
		// An event's track is its section in the feed: the section page lists articles
		// only.
		Map<String, Object> event = SiteContent.event(id("e"), now.plus(Duration.ofDays(3)), "SCHEDULED", 1);
		event.put("track", section);
		SiteContent.send(SiteContent.EVENTS, event);
		awaitPage(SitePaths.events(section, null), (page) -> assertThat(entries(page)).hasSize(1));
		String path = "/sektioner/" + segment(section.toLowerCase(Locale.ROOT));

		awaitPage(path, (listed) -> assertThat(entries(listed)).hasSize(3));
		EntityExchangeResult<byte[]> result = get(path);
		assertThat(result.getResponseHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
		assertThat(result.getResponseHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
		Document page = parse(result);

		assertSitePage(page);
		assertThat(page.title()).isEqualTo(section + " – Newsroom");
		assertThat(page.selectFirst("h1").text()).isEqualTo(section);
		assertThat(page.select("#liste > li .title a").eachAttr("href")).containsExactly(
				"/artikler/" + articles.get(2).get("slug"), "/artikler/" + articles.get(1).get("slug"),
				"/artikler/" + articles.get(0).get("slug"));
		Element first = page.selectFirst("#liste > li");
		assertThat(first.attr("data-type")).isEqualTo("article");
		assertThat(first.selectFirst(".kicker").text()).isEqualTo(section);
		assertThat(first.selectFirst(".title").text()).isEqualTo("Datacentre skal genbruge varmen, del 3");
		assertThat(first.selectFirst(".summary").text()).startsWith("Et bredt flertal");
		assertThat(first.selectFirst(".meta").text()).matches(DANISH_TIME);
		assertThat(first.selectFirst("time").attr("datetime"))
			.startsWith(now.minus(Duration.ofHours(1)).atZone(ZoneId.of("Europe/Copenhagen")).toLocalDate().toString());
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(absolute(path));
		assertThat(page.select("meta[name=robots]")).isEmpty();
		assertThat(page.select("a[rel=next]")).isEmpty();

		// The feed matches sections without regard to case: any spelling is the same
		// page.
		Document upper = parse(get("/sektioner/" + segment(section.toUpperCase(Locale.ROOT))));
		assertThat(upper.selectFirst("h1").text()).isEqualTo(section);
		assertThat(upper.select("#liste > li").eachAttr("data-id"))
			.containsExactlyElementsOf(page.select("#liste > li").eachAttr("data-id"));
	}

	@Test
	void aTagPagePagesThroughEveryItemExactlyOnce() {
		long unique = System.nanoTime();
		String tag = "Kunstig Intelligens " + unique;
		Instant newest = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
		List<String> expected = new ArrayList<>();
		// 23 articles, an event and a notice, a minute apart; the event and the notice
		// among
		// them.
		for (int i = 0; i < 25; i++) {
			Instant publishedAt = newest.minus(Duration.ofMinutes(i));
			Map<String, Object> item;
			String topic;
			if (i == 4) {
				item = SiteContent.event(id("e"), Instant.now().plus(Duration.ofDays(20)), "SOLD_OUT", 1);
				topic = SiteContent.EVENTS;
			}
			else if (i == 21) {
				item = SiteContent.notice(id("p"), publishedAt, 1);
				topic = SiteContent.PEOPLE;
			}
			else {
				item = SiteContent.article(id("a"), publishedAt, 1);
				item.put("headline", "Sprogmodeller i det offentlige, nr. " + i);
				topic = SiteContent.ARTICLES;
			}
			item.put("publishedAt", publishedAt.toString());
			item.put("tags", List.of("ai", tag));
			expected.add((String) item.get("id"));
			SiteContent.send(topic, item);
		}
		String path = "/emner/" + segment(tag.toLowerCase(Locale.ROOT));
		await().atMost(WAIT).untilAsserted(() -> assertThat(walk(path)).containsExactlyInAnyOrderElementsOf(expected));

		List<Document> pages = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		String next = path;
		while (next != null) {
			Document page = parse(get(next));
			pages.add(page);
			seen.addAll(page.select("#liste > li").eachAttr("data-id"));
			Element older = page.selectFirst("a[rel=next]");
			next = (older != null) ? older.attr("href") : null;
		}
		assertThat(seen).containsExactlyElementsOf(expected);
		assertThat(pages).hasSize(2);
		assertThat(entries(pages.get(0))).hasSize(20);
		assertThat(entries(pages.get(1))).hasSize(5);

		Document first = pages.get(0);
		assertSitePage(first);
		assertThat(first.title()).isEqualTo(tag + " – Emner – Newsroom");
		assertThat(first.selectFirst("h1").text()).isEqualTo(tag);
		Element older = first.selectFirst("a[rel=next]");
		assertThat(older.text()).isEqualTo("Ældre");
		assertThat(older.attr("href")).startsWith(path + "?cursor=");
		assertThat(first.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(absolute(path));
		Element event = first.selectFirst("#liste > li[data-type=event]");
		assertThat(event.selectFirst(".title a").attr("href")).startsWith("/arrangementer/cybersikkerhedsdoegnet-");
		assertThat(event.selectFirst(".badge.sold-out").text()).isEqualTo("Udsolgt");
		assertThat(first.selectFirst("#liste > li[data-type=article] .kicker a").attr("href"))
			.isEqualTo("/sektioner/sikkerhed");

		Document second = pages.get(1);
		assertSitePage(second);
		assertThat(second.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(absolute(path));
		assertThat(second.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(second.selectFirst("#liste > li[data-type=person] .position").text())
			.isEqualTo("Teknisk direktør Systematic");
		assertThat(second.select(".first-page a").eachAttr("href")).containsExactly(path);
	}

	@Test
	void aCursorThatIsNotOneIsTheDanishBadRequestPage() {
		for (String path : List.of("/navnenyt?cursor=ikke-en-markoer", "/arrangementer?cursor=%25%25",
				"/emner/ai?cursor=MXx4", "/sektioner/sikkerhed?cursor=abc&cursor=def", "/arrangementer?tidligere=ja")) {
			EntityExchangeResult<byte[]> answer = get(path);
			assertThat(answer.getStatus().value()).as(path).isEqualTo(400);
			assertThat(answer.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
			Document page = parse(answer);
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
			assertThat(page.selectFirst("h1").text()).isEqualTo("Ugyldig adresse");
		}
		// A cursor of another list (articles) is no position among the events.
		String tag = "cursor " + System.nanoTime();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		for (int i = 0; i < 21; i++) {
			Map<String, Object> article = SiteContent.article(id("a"), now.minus(Duration.ofMinutes(i + 1)), 1);
			article.put("tags", List.of(tag));
			SiteContent.send(SiteContent.ARTICLES, article);
		}
		String path = "/emner/" + segment(tag);
		Document page = awaitPage(path, (tagged) -> assertThat(tagged.select("a[rel=next]")).hasSize(1));
		String cursor = page.selectFirst("a[rel=next]").attr("href").substring((path + "?").length());
		assertThat(get("/arrangementer?" + cursor).getStatus().value()).isEqualTo(400);
	}

	@Test
	void anUnknownSectionOrTagIsTheDanishNotFoundPage() {
		long unique = System.nanoTime();
		for (String path : List.of("/sektioner/findes-ikke-" + unique, "/emner/findes-ikke-" + unique, "/sektioner/%20",
				"/sektioner", "/emner/")) {
			EntityExchangeResult<byte[]> answer = get(path);
			assertThat(answer.getStatus().value()).as(path).isEqualTo(404);
			assertThat(answer.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
			Document page = parse(answer);
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
			assertThat(page.selectFirst("h1").text()).isEqualTo("Siden findes ikke");
		}
	}

	@Test
	void theEventsPageListsUpcomingEventsSoonestFirstAndPastOnesApart() {
		long unique = System.nanoTime();
		String track = "Spor " + unique;
		String aarhus = "Aarhus C " + unique;
		String odense = "Odense " + unique;
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		// Each lasts seven hours (SiteContent).
		Map<String, Object> later = event(track, aarhus, now.plus(Duration.ofDays(3)), "SCHEDULED");
		Map<String, Object> cancelled = event(track, odense, now.plus(Duration.ofDays(1)), "CANCELLED");
		Map<String, Object> soldOut = event(track, aarhus, now.plus(Duration.ofDays(2)), "SOLD_OUT");
		Map<String, Object> underWay = event(track, aarhus, now.minus(Duration.ofHours(2)), "SCHEDULED");
		Map<String, Object> longAgo = event(track, aarhus, now.minus(Duration.ofDays(10)), "SCHEDULED");
		Map<String, Object> lastWeek = event(track, odense, now.minus(Duration.ofDays(5)), "SCHEDULED");
		Map<String, Object> otherTrack = event("Andet spor " + unique, aarhus, now.plus(Duration.ofHours(36)),
				"SCHEDULED");
		String upcoming = SitePaths.events(track, null);
		awaitPage(upcoming, (page) -> assertThat(entries(page)).hasSize(4));
		awaitPage(upcoming + "&tidligere=1", (page) -> assertThat(entries(page)).hasSize(2));
		awaitPage(SitePaths.events(null, aarhus), (page) -> assertThat(entries(page)).hasSize(4));

		Document page = parse(get(upcoming));
		assertSitePage(page);
		assertThat(page.title()).isEqualTo("Kommende arrangementer: " + track + " – Newsroom");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Kommende arrangementer");
		assertThat(ids(page)).containsExactly(id(underWay), id(cancelled), id(soldOut), id(later));
		Element first = page.selectFirst("#liste > li");
		assertThat(first.selectFirst(".title a").attr("href")).isEqualTo("/arrangementer/" + underWay.get("slug"));
		assertThat(first.selectFirst(".when").text())
			.matches(DANISH_TIME + "(–\\d{2}\\.\\d{2}| – " + DANISH_TIME + ")");
		assertThat(first.selectFirst(".where").text()).isEqualTo("Bella Center " + aarhus);
		assertThat(first.selectFirst(".kicker").text()).isEqualTo(track);
		Element cancelledItem = page.select("#liste > li").get(1);
		assertThat(cancelledItem.hasClass("is-cancelled")).isTrue();
		assertThat(cancelledItem.selectFirst(".badge.cancelled").text()).isEqualTo("Aflyst");
		assertThat(page.select("#liste > li").get(2).selectFirst(".badge.sold-out").text()).isEqualTo("Udsolgt");
		assertThat(first.select(".badge")).isEmpty();
		assertThat(page.selectFirst(".filters").text()).contains("sporet " + track);
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(absolute(upcoming));

		// The filters are links built from the tracks and cities present, keeping the
		// other.
		Element currentTrack = page.selectFirst("nav.facets a[aria-current=page]");
		assertThat(currentTrack.text()).isEqualTo(track);
		Element aarhusLink = page.select("nav.facets a")
			.stream()
			.filter((link) -> link.text().equals(aarhus))
			.findFirst()
			.orElseThrow();
		assertThat(aarhusLink.attr("href")).isEqualTo(SitePaths.events(track, aarhus));
		Document inAarhus = parse(get(aarhusLink.attr("href")));
		assertSitePage(inAarhus);
		assertThat(ids(inAarhus)).containsExactly(id(underWay), id(soldOut), id(later));
		assertThat(ids(parse(get(SitePaths.events(null, aarhus))))).containsExactly(id(underWay), id(otherTrack),
				id(soldOut), id(later));
		// Any case finds the same track.
		assertThat(ids(parse(get(SitePaths.events(track.toUpperCase(Locale.ROOT), null)))))
			.containsExactly(id(underWay), id(cancelled), id(soldOut), id(later));
		Document all = parse(get("/arrangementer"));
		assertSitePage(all);
		assertThat(all.title()).isEqualTo("Kommende arrangementer – Newsroom");
		assertThat(all.select("nav.facets a").eachAttr("href")).contains(SitePaths.events(track, null),
				SitePaths.events(null, odense));

		// A track no event has: an empty list, not an error.
		Document unknown = parse(get(SitePaths.events("Ukendt " + unique, null)));
		assertSitePage(unknown);
		assertThat(entries(unknown)).isEmpty();
		assertThat(unknown.selectFirst(".empty").text()).isEqualTo("Ingen kommende arrangementer.");

		// The past: ended events, latest first, linked from the upcoming ones.
		assertThat(page.selectFirst(".switch a").attr("href")).isEqualTo(upcoming + "&tidligere=1");
		Document past = parse(get(upcoming + "&tidligere=1"));
		assertSitePage(past);
		assertThat(past.selectFirst("h1").text()).isEqualTo("Tidligere arrangementer");
		assertThat(ids(past)).containsExactly(id(lastWeek), id(longAgo));
		assertThat(past.selectFirst(".switch a").attr("href")).isEqualTo(upcoming);
	}

	@Test
	void theEventsPagePagesThroughUpcomingAndPastEvents() {
		String track = "Paging " + System.nanoTime();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<String> upcoming = new ArrayList<>();
		List<String> past = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			upcoming.add(id(event(track, "Kolding", now.plus(Duration.ofDays(i + 1)), "SCHEDULED")));
			past.add(id(event(track, "Kolding", now.minus(Duration.ofDays(i + 1)), "SCHEDULED")));
		}
		String path = SitePaths.events(track, null);
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(walk(path)).containsExactlyElementsOf(upcoming);
			assertThat(walk(path + "&tidligere=1")).containsExactlyElementsOf(past);
		});
		Document first = parse(get(path));
		Element later = first.selectFirst("a[rel=next]");
		assertThat(later.text()).isEqualTo("Senere");
		assertThat(later.attr("href")).startsWith(path + "&cursor=");
		Document second = parse(get(later.attr("href")));
		assertSitePage(second);
		assertThat(second.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(second.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(absolute(path));
		assertThat(parse(get(path + "&tidligere=1")).selectFirst("a[rel=next]").text()).isEqualTo("Ældre");
	}

	@Test
	void theNavnenytPageListsTheNoticesNewestFirst() {
		long unique = System.nanoTime();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> older = notice("Karen Blixen " + unique, "Firma " + unique, now.minusSeconds(20));
		Map<String, Object> newer = notice("Niels Bohr " + unique, "Firma " + unique, now.minusSeconds(10));

		Document page = awaitPage("/navnenyt", (notices) -> assertThat(ids(notices)).contains(id(older), id(newer)));

		assertSitePage(page);
		assertThat(page.title()).isEqualTo("Navnenyt – Newsroom");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Navnenyt");
		List<String> ids = ids(page);
		assertThat(ids.indexOf(id(newer))).isLessThan(ids.indexOf(id(older)));
		Element item = page.selectFirst("#liste > li[data-id=" + id(newer) + "]");
		assertThat(item.selectFirst(".label").text()).isEqualTo("Nyt job");
		assertThat(item.selectFirst(".title").text()).isEqualTo("Niels Bohr " + unique);
		assertThat(item.selectFirst(".title a").attr("href")).isEqualTo("/navnenyt/" + newer.get("slug"));
		assertThat(item.selectFirst(".new-title").text()).isEqualTo("Teknisk direktør");
		assertThat(item.selectFirst(".company").text()).isEqualTo("Firma " + unique);
		assertThat(item.selectFirst(".meta").text()).matches(DANISH_TIME);
		assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(absolute("/navnenyt"));
		assertThat(page.select("header .site-nav a").eachAttr("href")).containsExactly("/", "/arrangementer",
				"/navnenyt");
	}

	@Test
	void listPagesAnswerConditionalRequestsAndChangeWithTheirItems() {
		long unique = System.nanoTime();
		String section = "Etag " + unique;
		Map<String, Object> article = SiteContent.article(id("a"), Instant.now().minus(Duration.ofHours(1)), 1);
		article.put("section", section);
		SiteContent.send(SiteContent.ARTICLES, article);
		String path = "/sektioner/" + segment(section.toLowerCase(Locale.ROOT));
		awaitPage(path, (page) -> assertThat(entries(page)).hasSize(1));

		for (String list : List.of(path, "/arrangementer", "/navnenyt")) {
			HttpHeaders headers = get(list).getResponseHeaders();
			String etag = headers.getETag();
			assertThat(etag).as(list).startsWith("\"");
			assertThat(headers.getCacheControl()).contains("public", "s-maxage=10", "max-age=0");
			assertThat(headers.getLastModified()).as(list).isPositive();
			this.client.get()
				.uri(URI.create(absolute(list)))
				.header(HttpHeaders.IF_MODIFIED_SINCE, headers.getFirst(HttpHeaders.LAST_MODIFIED))
				.exchange()
				.expectStatus()
				.isNotModified();
			this.client.get()
				.uri(URI.create(absolute(list)))
				.header(HttpHeaders.IF_NONE_MATCH, etag)
				.exchange()
				.expectStatus()
				.isNotModified()
				.expectHeader()
				.valueEquals(HttpHeaders.ETAG, etag)
				.expectBody()
				.isEmpty();
		}

		String etag = get(path).getResponseHeaders().getETag();
		article.put("headline", "Rettet overskrift " + unique);
		article.put("version", 2);
		SiteContent.send(SiteContent.ARTICLES, article);
		await().atMost(WAIT).untilAsserted(() -> {
			EntityExchangeResult<byte[]> edited = this.client.get()
				.uri(URI.create(absolute(path)))
				.header(HttpHeaders.IF_NONE_MATCH, etag)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult();
			assertThat(edited.getResponseHeaders().getETag()).isNotEqualTo(etag);
			assertThat(parse(edited).selectFirst("#liste .title").text()).isEqualTo("Rettet overskrift " + unique);
		});
	}

	/**
	 * What every list page shares: Danish, one h1, headings in order, every link with
	 * text, the site's header and footer, nothing inline.
	 */
	private static void assertSitePage(Document page) {
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
		assertThat(page.select("h1")).hasSize(1);
		int level = 0;
		for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
			int next = Integer.parseInt(heading.tagName().substring(1));
			assertThat(next).as("heading %s after h%d", heading, level).isLessThanOrEqualTo(level + 1);
			level = next;
		}
		assertThat(page.select("a")).allSatisfy((link) -> {
			assertThat(link.text()).as("text of %s", link).isNotBlank();
			assertThat(link.attr("href")).isNotBlank();
		});
		assertThat(page.select("header.masthead nav.site-nav")).hasSize(1);
		assertThat(page.select("footer.colophon")).hasSize(1);
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("[style], style")).isEmpty();
		assertThat(page.select("link[rel=canonical]")).hasSize(1);
	}

	private Map<String, Object> event(String track, String city, Instant startsAt, String status) {
		Map<String, Object> event = SiteContent.event(id("e"), startsAt, status, 1);
		event.put("track", track);
		Map<String, Object> venue = new LinkedHashMap<>();
		venue.put("name", "Bella Center");
		venue.put("city", city);
		event.put("venue", venue);
		SiteContent.send(SiteContent.EVENTS, event);
		return event;
	}

	private Map<String, Object> notice(String name, String company, Instant publishedAt) {
		Map<String, Object> notice = SiteContent.notice(id("p"), publishedAt, 1);
		notice.put("person", Map.of("name", name, "age", 51, "pronoun", "hun"));
		notice.put("company", company);
		SiteContent.send(SiteContent.PEOPLE, notice);
		return notice;
	}

	/** The ids of every item the list shows, following its next-page links. */
	private List<String> walk(String path) {
		List<String> ids = new ArrayList<>();
		Set<String> visited = new HashSet<>();
		String next = path;
		while (next != null && visited.add(next)) {
			Document page = parse(get(next));
			ids.addAll(ids(page));
			Element link = page.selectFirst("a[rel=next]");
			next = (link != null) ? link.attr("href") : null;
		}
		return ids;
	}

	private Document awaitPage(String path, Consumer<Document> condition) {
		Document[] last = new Document[1];
		await().atMost(WAIT).untilAsserted(() -> {
			EntityExchangeResult<byte[]> answer = get(path);
			assertThat(answer.getStatus().value()).as(path).isEqualTo(200);
			last[0] = parse(answer);
			condition.accept(last[0]);
		});
		return last[0];
	}

	/** A site address as the pages write it (already encoded). */
	private EntityExchangeResult<byte[]> get(String href) {
		return this.client.get().uri(URI.create(absolute(href))).exchange().expectBody().returnResult();
	}

	private String absolute(String href) {
		return "http://localhost:" + this.port + href;
	}

	private static Document parse(EntityExchangeResult<byte[]> result) {
		byte[] body = result.getResponseBody();
		return Jsoup.parse((body != null) ? new String(body, StandardCharsets.UTF_8) : "");
	}

	private static List<Element> entries(Document page) {
		return page.select("#liste > li");
	}

	private static List<String> ids(Document page) {
		return page.select("#liste > li").eachAttr("data-id");
	}

	private static String id(Map<String, Object> item) {
		return (String) item.get("id");
	}

	private static String segment(String text) {
		return UriUtils.encodePathSegment(text, StandardCharsets.UTF_8);
	}

	private static String id(String prefix) {
		return "list-" + prefix + "-" + System.nanoTime();
	}

}
