package dk.newsroom.gateway.feed.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.gateway.feed.ingest.ArticleRecords;
import dk.newsroom.gateway.feed.ingest.TestTopics;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /api/changes} on a running gateway reading its article topic: a client that
 * polls, goes away while the feed changes more often than the stream's history holds, and
 * catches up with one call; paging; a token from elsewhere; bad parameters.
 */
@NewsroomIntegrationTest(properties = { "newsroom.feed.topics.article=" + ChangesIntegrationTest.TOPIC,
		"newsroom.feed.topic-refresh-interval=200ms", "newsroom.feed.stream.history=2" })
class ChangesIntegrationTest {

	static final String TOPIC = "gateway-it.changes.articles.v1";

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Instant PAST = Instant.parse("2026-11-20T08:00:00Z");

	private static TestTopics topics;

	@Autowired
	private WebTestClient client;

	@BeforeAll
	static void createTopic() {
		TestTopics.create(TOPIC, 1);
		topics = new TestTopics();
	}

	@AfterAll
	static void closeProducer() {
		topics.close();
	}

	@Test
	void aClientCatchesUpExactlyAfterAGapLongerThanTheStreamHistory() {
		String prefix = "chg" + System.nanoTime();
		String a = prefix + "a";
		String b = prefix + "b";
		String draft = prefix + "c";
		publish(a, "PUBLISHED", 1);
		publish(b, "PUBLISHED", 1);
		publish(draft, "DRAFT", 1);
		Page bootstrap = await().atMost(WAIT).until(() -> all(null), (page) -> page.changes().containsKey(b));
		assertThat(bootstrap.reset()).isFalse();
		assertThat(bootstrap.changes()).containsEntry(a, "upsert 1")
			.containsEntry(b, "upsert 1")
			.doesNotContainKey(draft);

		// The client goes away; meanwhile more changes than the stream's history (2)
		// holds.
		String d = prefix + "d";
		String e = prefix + "e";
		publish(a, "PUBLISHED", 2);
		publish(b, "WITHDRAWN", 2);
		publish(d, "PUBLISHED", 1);
		publish(e, "PUBLISHED", 1);
		topics.send(TOPIC, e, null, ArticleRecords.headers(e, "deleted", 2L));
		publish(a, "PUBLISHED", 3);
		publish(draft, "DRAFT", 2);
		String barrier = prefix + "z";
		publish(barrier, "PUBLISHED", 1);
		await().atMost(WAIT).until(() -> all(bootstrap.next()).changes().containsKey(barrier));

		Page caughtUp = all(bootstrap.next());
		assertThat(caughtUp.reset()).isFalse();
		assertThat(caughtUp.changes()).containsExactly(Map.entry(b, "remove"), Map.entry(d, "upsert 1"),
				Map.entry(e, "remove"), Map.entry(a, "upsert 3"), Map.entry(barrier, "upsert 1"));
		assertThat(all(caughtUp.next()).changes()).as("nothing after the newest token").isEmpty();
	}

	@Test
	void pagesFollowTheNextTokenAndATokenOfTheOldFormatResets() {
		String prefix = "pag" + System.nanoTime();
		for (int i = 0; i < 3; i++) {
			publish(prefix + i, "PUBLISHED", 1);
		}
		await().atMost(WAIT).until(() -> all(null).changes().containsKey(prefix + 2));

		this.client.get()
			.uri("/api/changes?limit=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectHeader()
			.value(HttpHeaders.LINK,
					(link) -> assertThat(link)
						.matches("</api/changes\\?since=1p\\.[0-9A-Za-z._-]+&limit=1>; rel=\"next\""))
			.expectBody()
			.jsonPath("$.more")
			.isEqualTo(true)
			.jsonPath("$.changes.length()")
			.isEqualTo(1);

		Map<String, Object> reset = get("/api/changes?since=zzzzzz-5");
		assertThat(reset.get("reset")).isEqualTo(true);
		assertThat(ids(reset)).contains(prefix + 0, prefix + 1, prefix + 2);
	}

	@Test
	void badParametersAre400NamingThem() {
		for (String query : List.of("limit=0", "limit=501", "limit=many", "since=not a token", "sinse=abc-1")) {
			String field = query.substring(0, query.indexOf('='));
			this.client.get()
				.uri("/api/changes?" + query)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo(field);
		}
	}

	private static void publish(String id, String status, long version) {
		topics.send(TOPIC, id, ArticleRecords.value(id, status, PAST, version),
				ArticleRecords.headers(id, (version == 1) ? "created" : "updated", version));
	}

	/** Follows the pages from {@code since} to the end; the changes by id, in order. */
	private Page all(String since) {
		Map<String, String> changes = new LinkedHashMap<>();
		boolean reset = false;
		String next = since;
		boolean more = true;
		while (more) {
			Map<String, Object> page = get("/api/changes?limit=2" + ((next != null) ? "&since=" + next : ""));
			reset |= Boolean.TRUE.equals(page.get("reset"));
			for (Object each : (List<?>) page.get("changes")) {
				Map<?, ?> change = (Map<?, ?>) each;
				String id = (String) change.get("id");
				changes.remove(id);
				changes.put(id, "upsert".equals(change.get("change"))
						? "upsert " + ((Map<?, ?>) change.get("item")).get("version") : (String) change.get("change"));
			}
			next = (String) page.get("next");
			more = Boolean.TRUE.equals(page.get("more"));
		}
		return new Page(reset, changes, next);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> get(String uri) {
		return this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<String> ids(Map<String, Object> page) {
		List<String> ids = new ArrayList<>();
		for (Object change : (List<?>) page.get("changes")) {
			ids.add((String) ((Map<?, ?>) change).get("id"));
		}
		return ids;
	}

	private record Page(boolean reset, Map<String, String> changes, String next) {

	}

}
