package dk.newsroom.gateway.reader.search;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dk.newsroom.gateway.reader.item.SiteContent;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The search page on the whole gateway: records published on the item page tests' topics
 * reach the search index through its own reader of the topics, and the page shows them
 * (the same application context as {@code ItemPageIntegrationTest}: the same properties,
 * so the cached context is shared). Every test tags its items with a tag of its own and
 * searches within it where it counts results, so it sees only its own items.
 */
@NewsroomIntegrationTest(properties = { SiteContent.ARTICLES_PROPERTY, SiteContent.EVENTS_PROPERTY,
		SiteContent.PEOPLE_PROPERTY, SiteContent.TOPIC_REFRESH_PROPERTY })
class SearchPageIntegrationTest {

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
	void findsAnArticleAnEventAndANoticeByADanishWordForm() {
		String tag = tag();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> article = SiteContent.article(id("a"), now.minus(Duration.ofHours(1)), 1);
		article.put("headline", "Kommune lukker to skoler");
		// Text in a record is text: the snippet must show it, not run it.
		article.put("lead", "Alle kommuner skal spare, og <script>alert('x')</script> er ingen plan.");
		article.put("section", "Lokalpolitik");
		article.put("tags", List.of(tag));
		SiteContent.send(SiteContent.ARTICLES, article);
		// At nine in the morning, Copenhagen time, so that it ends the same day (the
		// page then gives one date).
		Instant morning = ZonedDateTime.now(ZoneId.of("Europe/Copenhagen"))
			.plusDays(3)
			.truncatedTo(ChronoUnit.DAYS)
			.withHour(9)
			.toInstant();
		Map<String, Object> event = SiteContent.event(id("e"), morning, "SOLD_OUT", 1);
		event.put("title", "Digitaliseringsdagen for kommunernes it-folk");
		event.put("track", "Offentlig sektor");
		event.put("tags", List.of(tag));
		SiteContent.send(SiteContent.EVENTS, event);
		Map<String, Object> notice = SiteContent.notice(id("p"), now.minus(Duration.ofHours(2)), 1);
		notice.put("company", "Aarhus Kommune");
		notice.put("announcement", "Åse Nørgaard bliver it-chef i Aarhus Kommune.");
		notice.put("tags", List.of(tag));
		SiteContent.send(SiteContent.PEOPLE, notice);

		String path = "/soeg?q=kommunerne&tag=" + tag;
		awaitPage(path, (found) -> assertThat(found.select("#resultater > li")).hasSize(3));
		EntityExchangeResult<byte[]> result = get(path);
		HttpHeaders headers = result.getResponseHeaders();
		assertThat(headers.getContentType()).hasToString("text/html;charset=UTF-8");
		assertThat(headers.getCacheControl()).contains("public", "max-age=0", "s-maxage=10");
		assertThat(headers.getFirst("Content-Security-Policy")).contains("script-src 'self'");
		Document page = parse(result);

		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
		assertThat(page.title()).isEqualTo("Søgning: kommunerne – Newsroom");
		assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("#antal").text()).isEqualTo("3 resultater for »kommunerne«");
		assertThat(page.selectFirst("form[role=search] input[name=q]").attr("value")).isEqualTo("kommunerne");
		assertThat(page.select("script")).isEmpty();

		Element articleResult = result(page, article);
		assertThat(articleResult.selectFirst(".type-label").text()).isEqualTo("Artikel");
		assertThat(articleResult.selectFirst(".title a").text()).isEqualTo("Kommune lukker to skoler");
		assertThat(articleResult.selectFirst(".title a").attr("href")).isEqualTo("/artikler/" + article.get("slug"));
		assertThat(articleResult.selectFirst("time").text()).matches(DANISH_TIME);
		Element snippet = articleResult.selectFirst(".snippet");
		assertThat(snippet.select("mark").eachText()).contains("kommuner");
		assertThat(snippet.text()).contains("<script>alert('x')</script> er ingen plan");
		assertThat(snippet.html()).contains("&lt;script&gt;");
		assertThat(snippet.select("script")).isEmpty();

		Element eventResult = result(page, event);
		assertThat(eventResult.selectFirst(".type-label").text()).isEqualTo("Arrangement");
		assertThat(eventResult.selectFirst(".title a").attr("href")).isEqualTo("/arrangementer/" + event.get("slug"));
		assertThat(eventResult.selectFirst("time").text()).matches(DANISH_TIME + "–\\d{2}\\.\\d{2}");
		assertThat(eventResult.selectFirst(".badge.sold-out").text()).isEqualTo("Udsolgt");
		Element noticeResult = result(page, notice);
		assertThat(noticeResult.selectFirst(".type-label").text()).isEqualTo("Navnenyt");
		assertThat(noticeResult.selectFirst(".title a").attr("href")).isEqualTo("/navnenyt/" + notice.get("slug"));
		assertThat(noticeResult.selectFirst(".snippet mark").text()).isEqualTo("Kommune");

		// Each result links to its page.
		for (String href : page.select("#resultater .title a").eachAttr("href")) {
			assertThat(get(href).getStatus().value()).as(href).isEqualTo(200);
		}
		// The same page, revalidated: 304.
		this.client.get()
			.uri(URI.create(absolute(path)))
			.header(HttpHeaders.IF_NONE_MATCH, headers.getETag())
			.exchange()
			.expectStatus()
			.isNotModified();
	}

	@Test
	void facetsNarrowTheSearchAndAnActiveFilterCanBeRemoved() {
		String tag = tag();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> politics = article("Kommunerne får flere penge", "Lokalpolitik", tag,
				now.minus(Duration.ofHours(1)), tag + "-b");
		Map<String, Object> security = article("Kommunerne skal styrke it-sikkerheden", "Sikkerhed", tag,
				now.minus(Duration.ofHours(2)));
		Map<String, Object> event = SiteContent.event(id("e"), now.plus(Duration.ofDays(4)), "SCHEDULED", 1);
		event.put("title", "Kommunernes it-dag");
		event.put("track", "Offentlig sektor");
		event.put("tags", List.of(tag));
		SiteContent.send(SiteContent.EVENTS, event);

		String path = "/soeg?q=kommune&tag=" + tag;
		Document page = awaitPage(path, (found) -> assertThat(found.select("#resultater > li")).hasSize(3));
		assertThat(facet(page, "type")).containsExactlyInAnyOrder("Artikler (2)", "Arrangementer (1)");
		assertThat(facet(page, "section")).containsExactlyInAnyOrder("Lokalpolitik (1)", "Sikkerhed (1)");
		assertThat(facet(page, "track")).containsExactly("Offentlig sektor (1)");
		// The tag searched within is the current value of its facet.
		Element current = page.selectFirst("#filter-tag + ul a[aria-current]");
		assertThat(current.ownText()).isEqualTo(tag);
		assertThat(current.attr("href")).isEqualTo("/soeg?q=kommune");
		assertThat(page.select(".active-filters a.remove").eachText())
			.containsExactly("Emne: " + tag + " ✕ (fjern filteret)");

		// A type: only the event.
		Document events = follow(facetLink(page, "type", "Arrangementer"));
		assertThat(ids(events)).containsExactly(id(event));
		assertThat(events.selectFirst("#antal").text()).isEqualTo("1 resultat for »kommune«");
		assertThat(events.select(".active-filters a.remove").eachText())
			.containsExactly("Type: Arrangementer ✕ (fjern filteret)", "Emne: " + tag + " ✕ (fjern filteret)");
		// A section keeps the other filters.
		Document section = follow(facetLink(page, "section", "Sikkerhed"));
		assertThat(ids(section)).containsExactly(id(security));
		assertThat(section.select(".active-filters a.remove").eachText())
			.containsExactly("Sektion: Sikkerhed ✕ (fjern filteret)", "Emne: " + tag + " ✕ (fjern filteret)");
		// Another tag among the matches replaces the one searched within.
		Document retagged = follow(facetLink(page, "tag", tag + "-b"));
		assertThat(ids(retagged)).containsExactly(id(politics));
		assertThat(retagged.select(".active-filters a.remove").eachText())
			.containsExactly("Emne: " + tag + "-b ✕ (fjern filteret)");
		// Removing the type filter: all three again.
		Element removeType = events.select(".active-filters a.remove").first();
		assertThat(ids(follow(removeType.attr("href")))).containsExactlyInAnyOrder(id(politics), id(security),
				id(event));
		assertThat(events.selectFirst(".active-filters a.clear").attr("href")).isEqualTo("/soeg?q=kommune");
	}

	@Test
	void flereResultaterPagesThroughEveryResultOnceAndTheSortLinkOrdersByDate() {
		String tag = tag();
		Instant newest = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS);
		List<String> newestFirst = new ArrayList<>();
		for (int i = 0; i < 13; i++) {
			Map<String, Object> article = article("Fjernvarmen bliver dyrere, del " + (i + 1), "Energi", tag,
					newest.minus(Duration.ofMinutes(i)));
			newestFirst.add(id(article));
		}
		String path = "/soeg?q=fjernvarme&tag=" + tag;
		Document first = awaitPage(path,
				(found) -> assertThat(found.selectFirst("#antal").text()).isEqualTo("13 resultater for »fjernvarme«"));

		List<String> seen = new ArrayList<>();
		List<Document> pages = new ArrayList<>();
		String next = path;
		while (next != null) {
			Document page = follow(next);
			pages.add(page);
			seen.addAll(ids(page));
			Element more = page.selectFirst("a[rel=next]");
			next = (more != null) ? more.attr("href") : null;
		}
		assertThat(pages).hasSize(2);
		assertThat(seen).containsExactlyInAnyOrderElementsOf(newestFirst).doesNotHaveDuplicates();
		Element more = pages.get(0).selectFirst("a[rel=next]");
		assertThat(more.text()).isEqualTo("Flere resultater");
		assertThat(more.attr("href")).startsWith(path + "&cursor=");
		assertThat(ids(pages.get(0))).hasSize(10);
		assertThat(pages.get(1).selectFirst("#antal").text()).isEqualTo("13 resultater for »fjernvarme«");
		assertThat(pages.get(1).select(".first-page a").eachAttr("href")).containsExactly(path);

		Element sort = first.selectFirst("#sortering");
		assertThat(sort.text()).isEqualTo("Nyeste først");
		Document byDate = follow(sort.attr("href"));
		assertThat(byDate.selectFirst(".sort strong").text()).isEqualTo("Nyeste først");
		assertThat(ids(byDate)).containsExactlyElementsOf(newestFirst.subList(0, 10));
		Document rest = follow(byDate.selectFirst("a[rel=next]").attr("href"));
		assertThat(ids(rest)).containsExactlyElementsOf(newestFirst.subList(10, 13));
		Element back = byDate.selectFirst("#sortering");
		assertThat(back.text()).isEqualTo("Bedste match");
		assertThat(back.attr("href")).isEqualTo(path);
	}

	@Test
	void aWithdrawnOrDeletedItemLeavesTheResults() {
		String tag = tag();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> withdrawn = article("Havnen udvides mod nord", "Erhverv", tag,
				now.minus(Duration.ofHours(1)));
		Map<String, Object> deleted = article("Havnen får nye kraner", "Erhverv", tag, now.minus(Duration.ofHours(2)));
		Map<String, Object> kept = article("Havnen holder åbent", "Erhverv", tag, now.minus(Duration.ofHours(3)));
		String path = "/soeg?q=havnens&tag=" + tag;
		awaitPage(path,
				(found) -> assertThat(ids(found)).containsExactlyInAnyOrder(id(withdrawn), id(deleted), id(kept)));

		withdrawn.put("status", "WITHDRAWN");
		withdrawn.put("version", 2);
		SiteContent.send(SiteContent.ARTICLES, withdrawn);
		SiteContent.delete(SiteContent.ARTICLES, id(deleted), 2);

		Document page = awaitPage(path, (found) -> assertThat(ids(found)).containsExactly(id(kept)));
		assertThat(page.selectFirst("#antal").text()).isEqualTo("1 resultat for »havnens«");
		assertThat(page.text()).doesNotContain("Havnen udvides", "nye kraner");
	}

	@Test
	void parametersTheSearchRejectsAreTheDanishBadRequestPage() {
		for (String path : List.of("/soeg?q=%22kommunen", "/soeg?q=kommunen&cursor=ikke-en-markoer",
				"/soeg?q=kommunen&sort=bedst", "/soeg?q=kommunen&side=2")) {
			EntityExchangeResult<byte[]> answer = get(path);
			assertThat(answer.getStatus().value()).as(path).isEqualTo(400);
			assertThat(answer.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
			Document page = parse(answer);
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
			assertThat(page.selectFirst("h1").text()).isEqualTo("Ugyldig adresse");
			assertThat(page.select("form[role=search] input[name=q]")).hasSize(1);
		}
		assertThat(parse(get("/soeg?q=%22kommunen")).selectFirst("main p").text()).contains("anførselstegn");
		assertThat(parse(get("/soeg?q=kommunen&cursor=ikke-en-markoer")).selectFirst("main p").text())
			.contains("»Flere resultater«");
	}

	@Test
	void withoutWordsThePageShowsTheBoxAndNoResults() {
		EntityExchangeResult<byte[]> answer = get("/soeg");
		assertThat(answer.getStatus().value()).isEqualTo(200);
		Document page = parse(answer);
		assertThat(page.title()).isEqualTo("Søg – Newsroom");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Søg");
		assertThat(page.select("form[role=search] input[name=q]")).hasSize(1);
		assertThat(page.select("#resultater, #antal")).isEmpty();

		Document none = parse(get("/soeg?q=xyzzyplugh"));
		assertThat(none.selectFirst("#antal").text()).isEqualTo("Ingen resultater for »xyzzyplugh«");
		assertThat(none.selectFirst("#ingen-resultater").text()).contains("Tjek, om ordene er stavet rigtigt.");
	}

	@Test
	void theFrontPageAndAnItemPageHaveTheSearchBoxInTheirHeader() {
		Map<String, Object> article = article("Søgefeltet findes på hver side", "Teknologi", tag(),
				Instant.now().minus(Duration.ofHours(1)));
		String itemPath = "/artikler/" + article.get("slug");
		Document item = awaitPage(itemPath, (page) -> assertThat(page.select("h1")).hasSize(1));
		for (Document page : List.of(parse(get("/")), item)) {
			Element form = page.selectFirst("header.masthead form[role=search]");
			assertThat(form).as(page.location()).isNotNull();
			assertThat(form.attr("action")).isEqualTo("/soeg");
			assertThat(form.attr("method")).isEqualTo("get");
			Element input = form.selectFirst("input[name=q]");
			assertThat(input.attr("type")).isEqualTo("search");
			assertThat(form.selectFirst("label[for=" + input.id() + "]").text()).isEqualTo("Søg");
			assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("Søg");
		}
	}

	private Map<String, Object> article(String headline, String section, String tag, Instant publishedAt,
			String... moreTags) {
		Map<String, Object> article = SiteContent.article(id("a"), publishedAt, 1);
		article.put("headline", headline);
		article.put("section", section);
		List<String> tags = new ArrayList<>(List.of(tag));
		tags.addAll(List.of(moreTags));
		article.put("tags", tags);
		SiteContent.send(SiteContent.ARTICLES, article);
		return article;
	}

	private static Element result(Document page, Map<String, Object> item) {
		Element result = page.selectFirst("#resultater > li[data-id=" + id(item) + "]");
		assertThat(result).as("the result %s", id(item)).isNotNull();
		return result;
	}

	/** A facet's values as shown: "Sikkerhed (1)". */
	private static List<String> facet(Document page, String dimension) {
		return page.select("#filter-" + dimension + " + ul a").eachText();
	}

	private static String facetLink(Document page, String dimension, String value) {
		return page.select("#filter-" + dimension + " + ul a")
			.stream()
			.filter((link) -> link.ownText().equals(value))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no facet value " + value + " of " + dimension))
			.attr("href");
	}

	private static List<String> ids(Document page) {
		return page.select("#resultater > li").eachAttr("data-id");
	}

	private Document follow(String href) {
		EntityExchangeResult<byte[]> answer = get(href);
		assertThat(answer.getStatus().value()).as(href).isEqualTo(200);
		return parse(answer);
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

	private static String id(Map<String, Object> item) {
		return (String) item.get("id");
	}

	private static String id(String prefix) {
		return "search-" + prefix + "-" + System.nanoTime();
	}

	/** A tag no other test uses. */
	private static String tag() {
		return "soeg" + System.nanoTime();
	}

}
