package dk.newsroom.gateway.search;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dk.newsroom.gateway.reader.item.SiteContent;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /api/search} on a gateway reading real topics: live within a second of the
 * record, gone within a second of a withdrawal, the answer's shape, and the 400s.
 */
@NewsroomIntegrationTest(properties = { SiteContent.ARTICLES_PROPERTY, SiteContent.EVENTS_PROPERTY,
		SiteContent.PEOPLE_PROPERTY, SiteContent.TOPIC_REFRESH_PROPERTY })
class SearchIntegrationTest {

	static final Duration WAIT = Duration.ofSeconds(30);

	/** The bound on any one change; the median must be within a second. */
	static final Duration AT_MOST = Duration.ofSeconds(10);

	private static final Logger log = LoggerFactory.getLogger(SearchIntegrationTest.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private WebTestClient client;

	@LocalManagementPort
	private int managementPort;

	@BeforeAll
	static void topics() {
		SiteContent.createTopics();
	}

	@BeforeEach
	void searchIsReady() {
		await().atMost(WAIT)
			.until(() -> this.client.get()
				.uri("/api/search?q=klar")
				.exchange()
				.returnResult(byte[].class)
				.getStatus()
				.value() == 200);
	}

	@Test
	void aPublishedItemIsFoundWithinASecondAndAWithdrawnOneIsGoneWithinASecond() {
		List<Long> found = new ArrayList<>();
		List<Long> gone = new ArrayList<>();
		for (int round = 0; round < 5; round++) {
			String word = word();
			String id = "live-" + UUID.randomUUID();
			Map<String, Object> article = SiteContent.article(id, Instant.now().minus(Duration.ofMinutes(5)), 1);
			article.put("headline", "Nyt om " + word + " i kommunerne");
			long sent = System.nanoTime();
			SiteContent.send(SiteContent.ARTICLES, article);
			await().atMost(AT_MOST).pollInterval(Duration.ofMillis(10)).until(() -> ids(word).contains(id));
			found.add(Duration.ofNanos(System.nanoTime() - sent).toMillis());

			Map<String, Object> withdrawn = SiteContent.article(id, Instant.now().minus(Duration.ofMinutes(5)), 2);
			withdrawn.put("status", "WITHDRAWN");
			sent = System.nanoTime();
			SiteContent.send(SiteContent.ARTICLES, withdrawn);
			await().atMost(AT_MOST).pollInterval(Duration.ofMillis(10)).until(() -> !ids(word).contains(id));
			gone.add(Duration.ofNanos(System.nanoTime() - sent).toMillis());
		}
		log.info("Record to found: {} ms; withdrawal to gone: {} ms", found, gone);
		assertThat(median(found)).as("record to found, ms: %s", found).isLessThanOrEqualTo(1000);
		assertThat(median(gone)).as("withdrawal to gone, ms: %s", gone).isLessThanOrEqualTo(1000);
	}

	@Test
	void aResultHasTheFeedItemASnippetAndTheFacetsAndPagesLinkOn() {
		String word = word();
		for (int i = 0; i < 3; i++) {
			Map<String, Object> article = SiteContent.article("page-" + i + "-" + word,
					Instant.now().minus(Duration.ofHours(i + 1)).truncatedTo(ChronoUnit.SECONDS), 1);
			article.put("body", "<p>Kommunerne bruger " + word + " &amp; <em>mere</em>.</p>");
			SiteContent.send(SiteContent.ARTICLES, article);
		}
		Map<String, Object> notice = SiteContent.notice("notice-" + word, Instant.now().minus(Duration.ofHours(1)), 1);
		notice.put("announcement", "Åse Nørgaard skal arbejde med " + word + ".");
		SiteContent.send(SiteContent.PEOPLE, notice);
		await().atMost(WAIT).until(() -> ids(word).size() == 4);

		EntityExchangeResult<byte[]> first = this.client.get()
			.uri("/api/search?q={q}&limit=2", word)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectHeader()
			.valueEquals("Cache-Control", "max-age=10, public")
			.expectBody()
			.returnResult();
		JsonNode page = JSON.readTree(first.getResponseBody());
		assertThat(page.get("q").asString()).isEqualTo(word);
		assertThat(page.get("total").asLong()).isEqualTo(4);
		assertThat(page.get("items")).hasSize(2);
		JsonNode hit = page.get("items").get(0);
		assertThat(hit.get("item").get("url").asString()).startsWith("/");
		assertThat(hit.get("item").get("link").asString()).startsWith("/api/");
		assertThat(hit.get("snippet").asString()).contains("<mark>" + word + "</mark>");
		assertThat(hit.get("score").asDouble()).isPositive();
		assertThat(page.get("facets").get("type").toString()).contains("\"value\":\"article\",\"count\":3")
			.contains("\"value\":\"person\",\"count\":1");
		String next = page.get("next").asString();
		assertThat(first.getResponseHeaders().getFirst("Link"))
			.isEqualTo("</api/search?q=" + word + "&limit=2&cursor=" + next + ">; rel=\"next\"");

		JsonNode second = JSON.readTree(this.client.get()
			.uri("/api/search?q={q}&limit=2&cursor={cursor}", word, next)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody());
		assertThat(second.get("items")).hasSize(2);
		assertThat(second.get("next").isNull()).isTrue();
		List<String> all = new ArrayList<>();
		page.get("items").forEach((item) -> all.add(item.get("item").get("id").asString()));
		second.get("items").forEach((item) -> all.add(item.get("item").get("id").asString()));
		assertThat(all).doesNotHaveDuplicates().hasSize(4);
	}

	@Test
	void badInputIsA400ProblemNamingTheParameter() {
		String[][] cases = { { "", "q" }, { "q={q}", "q", "\"ubalanceret" }, { "q=x&limit=500", "limit" },
				{ "q=x&side=2", "side" }, { "q={q}", "q", "a".repeat(201) }, { "q=x&cursor=nope", "cursor" },
				{ "q=x&from={from}", "from", "i går" } };
		for (String[] bad : cases) {
			Object[] variables = (bad.length > 2) ? new Object[] { bad[2] } : new Object[0];
			this.client.get()
				.uri("/api/search?" + bad[0], variables)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(bad[1]);
		}
	}

	@Test
	void theSearchsMetersAndHealthAreOnTheManagementPort() {
		String word = word();
		Map<String, Object> article = SiteContent.article("metered-" + word, Instant.now().minus(Duration.ofHours(1)),
				1);
		article.put("headline", "Måling af " + word);
		SiteContent.send(SiteContent.ARTICLES, article);
		await().atMost(WAIT).until(() -> ids(word).size() == 1);
		WebTestClient management = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
			.responseTimeout(WAIT)
			.build();
		String scrape = management.get()
			.uri("/actuator/prometheus")
			.accept(MediaType.TEXT_PLAIN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		// The dashboard's search row reads these
		// (docker/grafana/dashboards/newsroom.json).
		assertThat(scrape).containsPattern("newsroom_search_queries_seconds_count\\{[^}]*} [1-9]")
			.containsPattern("newsroom_search_queries_seconds_bucket\\{")
			.containsPattern("newsroom_search_documents\\{[^}]*} [1-9]")
			.containsPattern("newsroom_search_index_size_bytes\\{[^}]*} [1-9]")
			.containsPattern("newsroom_search_documents_indexed_total\\{[^}]*} [1-9]");
		management.get()
			.uri("/actuator/health/search")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.searchIndex.details.phase")
			.isEqualTo("CAUGHT_UP")
			.jsonPath("$.components.searchIndex.details.searchable")
			.isEqualTo(true);
	}

	private List<String> ids(String word) {
		byte[] body = this.client.get()
			.uri("/api/search?q={q}&limit=50", word)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		List<String> ids = new ArrayList<>();
		JSON.readTree(body).get("items").forEach((item) -> ids.add(item.get("item").get("id").asString()));
		return ids;
	}

	/**
	 * A made-up word no other test uses (letters only, so the analyzer keeps it whole).
	 */
	private static String word() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

}
