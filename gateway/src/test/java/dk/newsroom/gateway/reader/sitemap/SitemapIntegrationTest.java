package dk.newsroom.gateway.reader.sitemap;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import dk.newsroom.gateway.reader.item.SiteContent;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
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
 * robots.txt, the sitemap index, the sitemaps of articles, events and Navnenyt and the
 * news sitemap, built from the records on the item pages' topics, as a crawler reads them
 * (anonymous, XML validated against the protocols' schemas). The same properties as
 * {@code ItemPageIntegrationTest}, so both run in one Spring context.
 */
@NewsroomIntegrationTest(properties = { SiteContent.ARTICLES_PROPERTY, SiteContent.EVENTS_PROPERTY,
		SiteContent.PEOPLE_PROPERTY, SiteContent.TOPIC_REFRESH_PROPERTY })
class SitemapIntegrationTest {

	static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	private WebTestClient client;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void topics() {
		SiteContent.createTopics();
	}

	@Test
	void robotsTxtAllowsTheSiteButTheApiAndNamesTheSitemapIndex() {
		EntityExchangeResult<byte[]> robots = get("/robots.txt");

		assertThat(robots.getStatus().value()).isEqualTo(200);
		assertThat(robots.getResponseHeaders().getContentType()).hasToString("text/plain;charset=UTF-8");
		assertThat(text(robots).lines()).containsExactly("User-agent: *", "Disallow: /api/", "Disallow: /actuator", "",
				"Sitemap: " + base() + "/sitemap.xml");
		assertThat(robots.getResponseHeaders().getCacheControl()).contains("public", "s-maxage=10", "max-age=0");
		notModified("/robots.txt", robots.getResponseHeaders().getETag());
	}

	@Test
	void aTypeSitemapListsEveryVisibleItemWithItsLastChangeAndNothingElse() {
		Instant published = hoursAgo(5);
		Map<String, Object> article = SiteContent.article(id("a"), published, 2);
		Instant updated = hoursAgo(2);
		article.put("updatedAt", updated.toString());
		Map<String, Object> withdrawn = SiteContent.article(id("a"), hoursAgo(6), 1);
		Map<String, Object> deleted = SiteContent.article(id("a"), hoursAgo(7), 1);
		Map<String, Object> scheduled = SiteContent.article(id("a"), Instant.now().plus(Duration.ofHours(1)), 1);
		Map<String, Object> draft = SiteContent.article(id("a"), hoursAgo(1), 1);
		draft.put("status", "DRAFT");
		for (Map<String, Object> each : new Map[] { article, withdrawn, deleted, scheduled, draft }) {
			SiteContent.send(SiteContent.ARTICLES, each);
		}
		Map<String, Object> event = SiteContent.event(id("e"), Instant.now().plus(Duration.ofDays(20)), "SCHEDULED", 1);
		SiteContent.send(SiteContent.EVENTS, event);
		Map<String, Object> notice = SiteContent.notice(id("p"), hoursAgo(3), 1);
		SiteContent.send(SiteContent.PEOPLE, notice);
		String articles = "/sitemaps/artikler.xml";

		awaitListed(articles, page("artikler", withdrawn), page("artikler", deleted));
		withdrawn.put("status", "WITHDRAWN");
		withdrawn.put("version", 2);
		SiteContent.send(SiteContent.ARTICLES, withdrawn);
		SiteContent.delete(SiteContent.ARTICLES, (String) deleted.get("id"), 2);
		// Once a later record is listed, the ones before it on the topic were read.
		Map<String, Object> marker = SiteContent.article(id("a"), hoursAgo(1), 1);
		SiteContent.send(SiteContent.ARTICLES, marker);
		Map<String, SitemapXml.Url> urls = awaitListed(articles, page("artikler", marker));

		assertThat(urls.get(page("artikler", article)).lastmod()).isEqualTo(updated);
		assertThat(urls.get(page("artikler", marker)).lastmod())
			.isEqualTo(Instant.parse((String) marker.get("updatedAt")));
		assertThat(urls).doesNotContainKeys(page("artikler", withdrawn), page("artikler", deleted),
				page("artikler", scheduled), page("artikler", draft));
		assertThat(urls.keySet()).allSatisfy((loc) -> assertThat(loc).startsWith(base() + "/artikler/"));
		// Every listed page is there to be crawled.
		this.client.get().uri(URI.create(page("artikler", article)).getPath()).exchange().expectStatus().isOk();

		assertThat(awaitListed("/sitemaps/arrangementer.xml", page("arrangementer", event))
			.get(page("arrangementer", event))
			.lastmod()).isEqualTo(Instant.parse((String) event.get("updatedAt")));
		assertThat(
				awaitListed("/sitemaps/navnenyt.xml", page("navnenyt", notice)).get(page("navnenyt", notice)).lastmod())
			.isEqualTo(Instant.parse((String) notice.get("updatedAt")));
	}

	@Test
	void theNewsSitemapHasTheArticlesAndNoticesOfTheLastTwoDaysWithTheirTitlesEscaped() {
		Map<String, Object> recent = SiteContent.article(id("a"), hoursAgo(1), 1);
		recent.put("headline", "Forsvar & sikkerhed: <b>2,5</b> mia. til \"cyber\"");
		Map<String, Object> notice = SiteContent.notice(id("p"), hoursAgo(1), 1);
		Map<String, Object> old = SiteContent.article(id("a"), Instant.now().minus(Duration.ofDays(3)), 1);
		Map<String, Object> event = SiteContent.event(id("e"), Instant.now().plus(Duration.ofDays(5)), "SCHEDULED", 1);
		SiteContent.send(SiteContent.ARTICLES, recent);
		SiteContent.send(SiteContent.ARTICLES, old);
		SiteContent.send(SiteContent.PEOPLE, notice);
		SiteContent.send(SiteContent.EVENTS, event);
		awaitListed("/sitemaps/artikler.xml", page("artikler", old));
		awaitListed("/sitemaps/arrangementer.xml", page("arrangementer", event));

		Map<String, SitemapXml.Url> news = awaitListed("/sitemaps/nyheder.xml", page("artikler", recent),
				page("navnenyt", notice));

		SitemapXml.News article = news.get(page("artikler", recent)).news();
		assertThat(article.name()).isEqualTo("Newsroom");
		assertThat(article.language()).isEqualTo("da");
		assertThat(article.publicationDate()).isEqualTo(Instant.parse((String) recent.get("publishedAt")));
		assertThat(article.title()).isEqualTo("Forsvar & sikkerhed: <b>2,5</b> mia. til \"cyber\"");
		assertThat(news.get(page("navnenyt", notice)).news().title()).isEqualTo("Åse Nørgaard, Systematic");
		assertThat(news).doesNotContainKeys(page("artikler", old), page("arrangementer", event));
		assertThat(news.values()).allSatisfy(
				(url) -> assertThat(url.news().publicationDate()).isAfter(Instant.now().minus(Duration.ofHours(48))));
		assertThat(text(get("/sitemaps/nyheder.xml"))).contains("Forsvar &amp; sikkerhed: &lt;b&gt;2,5&lt;/b&gt;");
	}

	@Test
	void theIndexListsEverySitemapWithItsNewestChange() {
		Map<String, Object> article = SiteContent.article(id("a"), hoursAgo(1), 1);
		Map<String, Object> event = SiteContent.event(id("e"), Instant.now().plus(Duration.ofDays(9)), "SCHEDULED", 1);
		Map<String, Object> notice = SiteContent.notice(id("p"), hoursAgo(2), 1);
		SiteContent.send(SiteContent.ARTICLES, article);
		SiteContent.send(SiteContent.EVENTS, event);
		SiteContent.send(SiteContent.PEOPLE, notice);
		awaitListed("/sitemaps/artikler.xml", page("artikler", article));
		awaitListed("/sitemaps/arrangementer.xml", page("arrangementer", event));
		awaitListed("/sitemaps/navnenyt.xml", page("navnenyt", notice));

		EntityExchangeResult<byte[]> answer = get("/sitemap.xml");
		assertThat(answer.getStatus().value()).isEqualTo(200);
		assertThat(answer.getResponseHeaders().getContentType()).hasToString("application/xml;charset=UTF-8");
		Map<String, Instant> index = SitemapXml.index(SitemapXml.parse(answer.getResponseBody()));

		assertThat(index).containsKeys(base() + "/sitemaps/artikler.xml", base() + "/sitemaps/arrangementer.xml",
				base() + "/sitemaps/navnenyt.xml", base() + "/sitemaps/nyheder.xml");
		assertThat(answer.getResponseHeaders().getLastModified())
			.isEqualTo(index.values().stream().max(Instant::compareTo).orElseThrow().toEpochMilli() / 1000 * 1000);
		index.forEach((loc, lastmod) -> {
			EntityExchangeResult<byte[]> file = get(URI.create(loc).getPath());
			assertThat(file.getStatus().value()).as(loc).isEqualTo(200);
			assertThat(file.getResponseHeaders().getContentType()).hasToString("application/xml;charset=UTF-8");
			Map<String, SitemapXml.Url> urls = SitemapXml.urls(SitemapXml.parse(file.getResponseBody()));
			assertThat(urls).as(loc).isNotEmpty().hasSizeLessThanOrEqualTo(Sitemaps.MAX_URLS);
			// Its newest change is no earlier than any page's lastmod in it.
			assertThat(urls.values())
				.allSatisfy((url) -> assertThat(url.lastmod() == null || !url.lastmod().isAfter(lastmod)).as(url.loc())
					.isTrue());
			assertThat(file.getResponseHeaders().getLastModified()).as(loc)
				.isEqualTo(lastmod.toEpochMilli() / 1000 * 1000);
		});
	}

	@Test
	void sitemapsAnswerConditionalRequestsAndMayBeCachedBrieflyLikeThePages() {
		Map<String, Object> article = SiteContent.article(id("a"), hoursAgo(4), 1);
		SiteContent.send(SiteContent.ARTICLES, article);
		awaitListed("/sitemaps/artikler.xml", page("artikler", article));

		for (String path : new String[] { "/sitemaps/artikler.xml", "/sitemap.xml", "/sitemaps/nyheder.xml" }) {
			HttpHeaders headers = get(path).getResponseHeaders();
			assertThat(headers.getCacheControl()).as(path).contains("public", "s-maxage=10", "max-age=0");
			assertThat(headers.getLastModified()).as(path).isPositive();
			notModified(path, headers.getETag());
			this.client.get()
				.uri(path)
				.header(HttpHeaders.IF_MODIFIED_SINCE, headers.getFirst(HttpHeaders.LAST_MODIFIED))
				.exchange()
				.expectStatus()
				.isNotModified();
			this.client.get().uri(path).header(HttpHeaders.IF_NONE_MATCH, "\"other\"").exchange().expectStatus().isOk();
		}

		for (String none : new String[] { "/sitemaps/artikler-1.xml", "/sitemaps/artikler-99.xml",
				"/sitemaps/podcast.xml", "/sitemaps/ukendt.xml" }) {
			EntityExchangeResult<byte[]> answer = get(none);
			assertThat(answer.getStatus().value()).as(none).isEqualTo(404);
			assertThat(answer.getResponseHeaders().getCacheControl()).as(none).isEqualTo("no-store");
		}
	}

	/** Waits until the sitemap lists every page, and returns what it lists. */
	private Map<String, SitemapXml.Url> awaitListed(String path, String... pages) {
		Map<String, SitemapXml.Url>[] last = new Map[1];
		await().atMost(WAIT).untilAsserted(() -> {
			EntityExchangeResult<byte[]> answer = get(path);
			assertThat(answer.getStatus().value()).isEqualTo(200);
			last[0] = SitemapXml.urls(SitemapXml.parse(answer.getResponseBody()));
			assertThat(last[0]).containsKeys(pages);
		});
		return last[0];
	}

	private void notModified(String path, String etag) {
		assertThat(etag).as(path).startsWith("\"");
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
	}

	private EntityExchangeResult<byte[]> get(String path) {
		return this.client.get().uri(path).exchange().expectBody().returnResult();
	}

	/** The absolute URL of a resource's page. */
	private String page(String directory, Map<String, Object> resource) {
		return base() + "/" + directory + "/" + resource.get("slug");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static String text(EntityExchangeResult<byte[]> result) {
		return new String(result.getResponseBody(), StandardCharsets.UTF_8);
	}

	private static Instant hoursAgo(int hours) {
		return Instant.now().minus(Duration.ofHours(hours)).truncatedTo(ChronoUnit.SECONDS);
	}

	private static String id(String prefix) {
		return "sitemap-" + prefix + "-" + System.nanoTime();
	}

}
