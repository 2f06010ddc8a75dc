package dk.newsroom.events.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.hostile.HostileUrls;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * URLs in content are absolute http(s) only, and the rich-text description keeps nothing
 * active: checked through the API, in what is returned and what is stored.
 */
@NewsroomIntegrationTest
class EventUrlAndXssIntegrationTest {

	/** A few payloads of the platform's XSS corpus, each next to allowed markup. */
	static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"JaVaScRiPt:alert(1)\">klik</a>", "<a href=\"java&#x09;script:alert(1)\">klik</a>",
			"<svg><script>alert(1)</script></svg>", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
			"<p style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</p>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
			"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
			"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
			"<form action=\"javascript:alert(1)\"><button>x</button></form>", "<base href=\"javascript:alert(1)//\">");

	static final List<String> DANGEROUS = List.of("<script", "onerror", "onclick", "javascript", "<iframe", "<svg",
			"<math", "<style", "style=", "<form", "<base", "data:", "srcdoc");

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	static Stream<String> urls() {
		return HostileUrls.all().stream();
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("urls")
	void registrationAndImageUrlsMustBeAbsoluteHttpUrls(String url) {
		for (String field : List.of("registrationUrl", "image.url")) {
			String tag = WriteTag.next();
			Map<String, Object> body = new LinkedHashMap<>(EventFixtures.validEvent(tag));
			if (field.equals("registrationUrl")) {
				body.put("registrationUrl", url);
			}
			else {
				@SuppressWarnings("unchecked")
				Map<String, Object> image = new LinkedHashMap<>((Map<String, Object>) body.get("image"));
				image.put("url", url);
				body.put("image", image);
			}
			editor().post()
				.uri("/api/events")
				.bodyValue(body)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.errors[*].field")
				.value((fields) -> assertThat(fields.toString()).contains(field));
			assertThat(StoredDocuments.count(this.mongo, EventDocument.COLLECTION, new Document("tags", tag))).isZero();
		}
	}

	@Test
	void theDescriptionKeepsNewsMarkupAndLosesEveryPayload() {
		String allowed = "<p>Se <strong>her</strong> og <a href=\"https://newsroom.dk/a\">kilden</a>.</p>";
		String description = allowed + String.join("", PAYLOADS);
		Map<String, Object> request = new LinkedHashMap<>(EventFixtures.validEvent(WriteTag.next()));
		request.put("description", description);
		EventResponse created = editor().post()
			.uri("/api/events")
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(EventResponse.class)
			.returnResult()
			.getResponseBody();
		String stored = StoredDocuments.find(this.mongo, EventDocument.COLLECTION, created.id())
			.getString("description");
		for (String html : List.of(created.description(), stored)) {
			assertThat(html).contains("<strong>her</strong>", "href=\"https://newsroom.dk/a\"", "rel=\"nofollow\"");
			String lower = html.toLowerCase(Locale.ROOT);
			assertThat(DANGEROUS).allSatisfy((danger) -> assertThat(lower).doesNotContain(danger));
		}
	}

	@Test
	void aDescriptionOfPayloadsAloneHasNothingLeftAndIsRefused() {
		Map<String, Object> request = new LinkedHashMap<>(EventFixtures.validEvent(WriteTag.next()));
		request.put("description",
				"<script>alert(1)</script><iframe src=\"https://evil.example\"></iframe><style>x</style>");
		editor().post()
			.uri("/api/events")
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("description");
	}

	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.EVENTS_WRITE);
	}

	/** Unique tags, so counts are not disturbed by other tests. */
	static final class WriteTag {

		static String next() {
			return "url-xss-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		}

	}

}
