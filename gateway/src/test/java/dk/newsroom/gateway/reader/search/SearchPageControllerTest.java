package dk.newsroom.gateway.reader.search;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedEventDetails;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedPersonDetails;
import dk.newsroom.gateway.reader.site.SiteAnswers;
import dk.newsroom.gateway.reader.site.SiteLinks;
import dk.newsroom.gateway.reader.site.SiteTemplates;
import dk.newsroom.gateway.search.SearchService;
import dk.newsroom.gateway.search.analysis.DanishAnalysis;
import dk.newsroom.gateway.search.index.SearchIndex;
import dk.newsroom.gateway.search.query.Searcher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page against an index in memory fed with feed items directly (no topics):
 * the page's parts, its links, its answers to bad parameters and to an index not ready
 * yet. {@code SearchPageIntegrationTest} runs it on the whole gateway.
 */
class SearchPageControllerTest {

	private static final DanishAnalysis ANALYSIS = DanishAnalysis.load();

	private static final SiteTemplates TEMPLATES = new SiteTemplates();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	/**
	 * When the events start: 09:00 in Copenhagen two days ahead, so a 3-hour event ends
	 * the same day whatever time the test runs (a start relative to now could cross
	 * midnight).
	 */
	private static final Instant EVENT_START = LocalDate.now(ZoneId.of("Europe/Copenhagen"))
		.plusDays(2)
		.atTime(9, 0)
		.atZone(ZoneId.of("Europe/Copenhagen"))
		.toInstant();

	private final Clock clock = Clock.systemUTC();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private SearchIndex index;

	private WebTestClient client;

	@BeforeEach
	void start() {
		this.index = SearchIndex.inMemory(ANALYSIS, JSON, this.registry, this.clock);
		SearchService search = new SearchService(this.index, new Searcher(this.index, this.clock),
				Schedulers.boundedElastic(), this.registry);
		SearchPageController controller = new SearchPageController(search, new SearchPageRenderer(TEMPLATES, JSON),
				new SiteAnswers(TEMPLATES, this.clock), new SiteLinks("https://newsroom.dk"), this.registry);
		this.client = WebTestClient.bindToController(controller).build();
	}

	@AfterEach
	void stop() throws IOException {
		this.index.close();
	}

	@Test
	void whileTheIndexIsBeingBuiltASearchIsTheDanishUnavailablePage() {
		EntityExchangeResult<byte[]> answer = get("/soeg?q=kommune");

		assertThat(answer.getStatus().value()).isEqualTo(503);
		assertThat(answer.getResponseHeaders().getFirst("Retry-After")).isEqualTo("10");
		assertThat(answer.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
		Document page = parse(answer);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Siden kan ikke vises lige nu");
		assertThat(page.select("form[role=search] input[name=q]")).hasSize(1);
		assertThat(outcome("unavailable")).isEqualTo(1);
		// The page without words needs no index.
		assertThat(get("/soeg").getStatus().value()).isEqualTo(200);
	}

	@Test
	void withoutWordsThePageHasTheBoxAndNoResults() {
		ready();
		for (String path : List.of("/soeg", "/soeg?q=", "/soeg?q=%20%20", "/soeg?q=&type=article")) {
			EntityExchangeResult<byte[]> answer = get(path);
			assertThat(answer.getStatus().value()).as(path).isEqualTo(200);
			Document page = parse(answer);
			assertThat(page.title()).isEqualTo("Søg – Newsroom");
			assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
			assertThat(page.selectFirst("h1").text()).isEqualTo("Søg");
			assertThat(page.selectFirst("#soeg-q").attr("value")).isEmpty();
			assertThat(page.select("#resultater, #antal, #ingen-resultater")).isEmpty();
		}
		assertThat(outcome("empty")).isEqualTo(4);
	}

	@Test
	void aPageOfResultsShowsEachWithItsTypeDateAndMarkedSnippet() {
		index(article("a1", "Kommunen styrker it-beredskabet",
				"Alle kommuner skal have en plan mod <script>alert('x')</script> & andre angreb.", "Digitalisering",
				NOW.minus(Duration.ofHours(1)), List.of("beredskab")));
		index(event("e1", "Kommunernes cyberdag", "En dag for kommunerne om sikkerhed.", "Sikkerhed", "Aarhus C",
				EVENT_START, "SOLD_OUT"));
		index(notice("p1", "Åse Nørgaard", "Aarhus Kommune", "Direktør", "Nyt job"));
		index(article("a2", "Vejret bliver koldt", "Sne i hele landet.", "Vejr", NOW.minus(Duration.ofHours(2)),
				List.of()));
		ready();

		EntityExchangeResult<byte[]> answer = get("/soeg?q=kommunerne");
		try {
			java.nio.file.Files.write(java.nio.file.Path.of("/tmp/soeg-page.html"), answer.getResponseBody());
		}
		catch (IOException ex) {
		}

		assertThat(answer.getStatus().value()).isEqualTo(200);
		assertThat(answer.getResponseHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
		assertThat(answer.getResponseHeaders().getCacheControl()).contains("public", "max-age=0", "s-maxage=10");
		assertThat(answer.getResponseHeaders().getETag()).isNotBlank();
		Document page = parse(answer);
		assertThat(page.title()).isEqualTo("Søgning: kommunerne – Newsroom");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("link[rel=canonical]")).isEmpty();
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("#antal").text()).isEqualTo("3 resultater for »kommunerne«");
		assertThat(page.selectFirst("#soeg-q").attr("value")).isEqualTo("kommunerne");
		assertThat(page.select("#resultater > li").eachAttr("data-id")).containsExactlyInAnyOrder("a1", "e1", "p1");

		Element article = page.selectFirst("#resultater > li[data-id=a1]");
		assertThat(article.selectFirst(".type-label").text()).isEqualTo("Artikel");
		assertThat(article.selectFirst(".context").text()).isEqualTo("Digitalisering");
		assertThat(article.selectFirst(".title a").attr("href")).isEqualTo("/artikler/slug-a1");
		assertThat(article.selectFirst(".title a").text()).isEqualTo("Kommunen styrker it-beredskabet");
		assertThat(article.selectFirst("time").text()).matches("\\d{1,2}\\. \\p{L}+ \\d{4} kl\\. \\d{2}\\.\\d{2}");
		Element snippet = article.selectFirst(".snippet");
		assertThat(snippet.select("mark").eachText()).containsExactly("kommuner");
		// The content's markup is text: escaped once by the search, not again by the
		// page.
		assertThat(snippet.text()).contains("<script>alert('x')</script> & andre angreb");
		assertThat(snippet.html()).contains("&lt;script&gt;").doesNotContain("&amp;lt;");
		assertThat(page.select("script")).isEmpty();

		Element event = page.selectFirst("#resultater > li[data-id=e1]");
		assertThat(event.selectFirst(".type-label").text()).isEqualTo("Arrangement");
		assertThat(event.selectFirst(".title a").attr("href")).isEqualTo("/arrangementer/slug-e1");
		assertThat(event.selectFirst(".place").text()).isEqualTo("Bella Center, Aarhus C");
		assertThat(event.selectFirst(".badge.sold-out").text()).isEqualTo("Udsolgt");
		assertThat(event.selectFirst("time").text()).matches(".+ kl\\. \\d{2}\\.\\d{2}–\\d{2}\\.\\d{2}");
		Element notice = page.selectFirst("#resultater > li[data-id=p1]");
		assertThat(notice.selectFirst(".type-label").text()).isEqualTo("Navnenyt");
		assertThat(notice.selectFirst(".context").text()).isEqualTo("Nyt job");
		assertThat(notice.selectFirst(".title a").attr("href")).isEqualTo("/navnenyt/slug-p1");

		assertThat(page.selectFirst("#sortering").text()).isEqualTo("Nyeste først");
		assertThat(page.selectFirst("#sortering").attr("href")).isEqualTo("/soeg?q=kommunerne&sort=newest");
		assertThat(facet(page, "type")).containsExactlyInAnyOrder("Artikler (1) → /soeg?q=kommunerne&type=article",
				"Arrangementer (1) → /soeg?q=kommunerne&type=event", "Navnenyt (1) → /soeg?q=kommunerne&type=person");
		assertThat(facet(page, "section"))
			.containsExactly("Digitalisering (1) → /soeg?q=kommunerne&section=Digitalisering");
		assertThat(facet(page, "track")).containsExactly("Sikkerhed (1) → /soeg?q=kommunerne&track=Sikkerhed");
		assertThat(page.select("a[rel=next], .first-page")).isEmpty();
		assertThat(outcome("results")).isEqualTo(1);

		// The same page again, conditionally: 304 without a body.
		this.client.get()
			.uri(URI.create("/soeg?q=kommunerne"))
			.header("If-None-Match", answer.getResponseHeaders().getETag())
			.exchange()
			.expectStatus()
			.isNotModified();
	}

	@Test
	void facetsFilterAndAnActiveFilterCanBeRemoved() {
		index(article("a1", "Kommunen styrker it-beredskabet", "Planer for alle.", "Digitalisering",
				NOW.minus(Duration.ofHours(1)), List.of("beredskab", "Øresund")));
		index(article("a2", "Kommunen køber ind", "Indkøb.", "Økonomi", NOW.minus(Duration.ofHours(2)),
				List.of("Øresund")));
		index(event("e1", "Kommunernes cyberdag", "En dag for kommunerne.", "Sikkerhed", "Aarhus C", EVENT_START,
				"SCHEDULED"));
		ready();

		Document page = parse(get("/soeg?q=kommune&tag=%C3%B8resund&sort=newest"));
		assertThat(page.selectFirst("#antal").text()).isEqualTo("2 resultater for »kommune«");
		// The filter as the content spells it, and a way to remove it.
		assertThat(page.select(".active-filters a.remove").eachText())
			.containsExactly("Emne: Øresund ✕ (fjern filteret)");
		assertThat(page.selectFirst(".active-filters a.remove").attr("href")).isEqualTo("/soeg?q=kommune&sort=newest");
		assertThat(page.selectFirst("#sortering").text()).isEqualTo("Bedste match");
		assertThat(page.selectFirst("#sortering").attr("href")).isEqualTo("/soeg?q=kommune&tag=%C3%B8resund");
		// A facet value adds its filter, or replaces the one of its dimension.
		assertThat(facet(page, "section")).containsExactlyInAnyOrder(
				"Digitalisering (1) → /soeg?q=kommune&section=Digitalisering&tag=%C3%B8resund&sort=newest",
				"Økonomi (1) → /soeg?q=kommune&section=%C3%98konomi&tag=%C3%B8resund&sort=newest");
		Element current = page.selectFirst("#filter-tag + ul a[aria-current]");
		assertThat(current.ownText()).isEqualTo("Øresund");
		assertThat(current.attr("href")).isEqualTo("/soeg?q=kommune&sort=newest");

		Document section = parse(get("/soeg?q=kommune&section=%C3%98konomi&tag=%C3%B8resund&sort=newest"));
		assertThat(section.select("#resultater > li").eachAttr("data-id")).containsExactly("a2");
		assertThat(section.select(".active-filters a").eachAttr("href")).containsExactly(
				"/soeg?q=kommune&tag=%C3%B8resund&sort=newest", "/soeg?q=kommune&section=%C3%98konomi&sort=newest",
				"/soeg?q=kommune");
		assertThat(section.selectFirst(".active-filters a.clear").text()).isEqualTo("Fjern alle filtre");

		Document none = parse(get("/soeg?q=kommune&type=person&city=Odense"));
		assertThat(none.selectFirst("#antal").text()).isEqualTo("Ingen resultater for »kommune«");
		assertThat(none.selectFirst("#ingen-resultater").text()).contains("og de valgte filtre");
		assertThat(none.selectFirst("#ingen-resultater a").attr("href")).isEqualTo("/soeg?q=kommune");
		assertThat(none.select("#resultater, #sortering, .search-facets")).isEmpty();
		assertThat(none.select(".active-filters a.remove").eachText())
			.containsExactly("Type: Navnenyt ✕ (fjern filteret)", "By: Odense ✕ (fjern filteret)");
		assertThat(outcome("no-results")).isEqualTo(1);
	}

	@Test
	void flereResultaterPagesThroughEveryResultOnce() {
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 23; i++) {
			String id = "a" + i;
			index(article(id, "Kommunen nummer " + i, "Tekst.", "Digitalisering", NOW.minus(Duration.ofMinutes(i + 1)),
					List.of()));
			expected.add(id);
		}
		ready();

		List<String> seen = new ArrayList<>();
		String next = "/soeg?q=kommune&sort=newest";
		int pages = 0;
		while (next != null) {
			Document page = parse(get(next));
			pages++;
			seen.addAll(page.select("#resultater > li").eachAttr("data-id"));
			assertThat(page.selectFirst("#antal").text()).isEqualTo("23 resultater for »kommune«");
			if (pages > 1) {
				assertThat(page.selectFirst(".first-page a").attr("href")).isEqualTo("/soeg?q=kommune&sort=newest");
			}
			Element more = page.selectFirst("a[rel=next]");
			if (more != null) {
				assertThat(more.text()).isEqualTo("Flere resultater");
				assertThat(more.attr("href")).startsWith("/soeg?q=kommune&sort=newest&cursor=");
			}
			next = (more != null) ? more.attr("href") : null;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(seen).containsExactlyElementsOf(expected);
	}

	@Test
	void parametersTheSearchRejectsAreTheDanishBadRequestPage() {
		ready();
		String cursor = cursorOf("/soeg?q=kommune");
		assertBadRequest("/soeg?q=%22kommune", "anførselstegn");
		assertBadRequest("/soeg?q=" + "a".repeat(201), "højst 200 tegn");
		assertBadRequest("/soeg?q=kommune&cursor=ikke-en-markoer", "»Flere resultater«");
		assertBadRequest("/soeg?q=kommune&sort=newest&cursor=" + cursor, "»Flere resultater«");
		assertBadRequest("/soeg?q=kommune&sort=bedst", "Sorteringen");
		assertBadRequest("/soeg?q=kommune&type=artikel", "Typen");
		assertBadRequest("/soeg?q=kommune&side=2", "»side« hører ikke til søgningen");
		assertBadRequest("/soeg?q=kommune&section=a&section=b", "»section« må kun angives én gang");
		assertBadRequest("/soeg?q=kommune&from=i-går", "2027-02-04");
		assertThat(outcome("bad-request")).isEqualTo(9);
		// The cursor is one of its own search.
		assertThat(get("/soeg?q=kommune&cursor=" + cursor).getStatus().value()).isEqualTo(200);
	}

	private String cursorOf(String path) {
		for (int i = 0; i < 11; i++) {
			index(article("c" + i, "Kommunen " + i, "Tekst.", "Digitalisering", NOW.minus(Duration.ofMinutes(i + 1)),
					List.of()));
		}
		refresh();
		String next = parse(get(path)).selectFirst("a[rel=next]").attr("href");
		return next.substring(next.indexOf("cursor=") + "cursor=".length());
	}

	private void assertBadRequest(String path, String message) {
		EntityExchangeResult<byte[]> answer = get(path);
		assertThat(answer.getStatus().value()).as(path).isEqualTo(400);
		assertThat(answer.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
		Document page = parse(answer);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Ugyldig adresse");
		assertThat(page.selectFirst("main p").text()).as(path).contains(message);
	}

	/** A facet's values: "name (count) → link". */
	private static List<String> facet(Document page, String dimension) {
		return page.select("#filter-" + dimension + " + ul a")
			.stream()
			.map((link) -> link.text() + " → " + link.attr("href"))
			.toList();
	}

	private double outcome(String outcome) {
		return this.registry.get(SearchPageController.PAGES).tag("outcome", outcome).counter().count();
	}

	private void index(FeedItem item) {
		this.index.accept(FeedChange.listed(item));
	}

	private void ready() {
		this.index.caughtUp();
		refresh();
	}

	private void refresh() {
		try {
			this.index.awaitApplied();
			this.index.refresh();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private EntityExchangeResult<byte[]> get(String path) {
		return this.client.get().uri(URI.create(path)).exchange().expectBody().returnResult();
	}

	private static Document parse(EntityExchangeResult<byte[]> result) {
		byte[] body = result.getResponseBody();
		return Jsoup.parse((body != null) ? new String(body, StandardCharsets.UTF_8) : "");
	}

	private static FeedItem article(String id, String title, String lead, String section, Instant publishedAt,
			List<String> tags) {
		return new FeedItem(ContentType.ARTICLE, id, "slug-" + id, title, lead, null, tags, section, publishedAt,
				publishedAt, 1, "/api/articles/" + id);
	}

	private static FeedItem event(String id, String title, String teaser, String track, String city, Instant startsAt,
			String status) {
		Instant published = NOW.minus(Duration.ofDays(1));
		return new FeedItem(ContentType.EVENT, id, "slug-" + id, title, teaser, null, List.of("konference"), track,
				published, published, 1, "/api/events/" + id, "/arrangementer/slug-" + id,
				new FeedEventDetails(startsAt, startsAt.plus(Duration.ofHours(3)), "Bella Center", city, track, status),
				null);
	}

	private static FeedItem notice(String id, String name, String company, String title, String label) {
		Instant published = NOW.minus(Duration.ofHours(3));
		return new FeedItem(ContentType.PERSON, id, "slug-" + id, name + ", " + company,
				name + " er ny " + title.toLowerCase() + " i " + company + ".", null, List.of("navnenyt"), label,
				published, published, 1, "/api/people/" + id, "/navnenyt/slug-" + id, null,
				new FeedPersonDetails(name, company, title, label));
	}

}
