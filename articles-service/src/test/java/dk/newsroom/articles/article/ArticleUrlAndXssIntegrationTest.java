package dk.newsroom.articles.article;

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
 * URLs in content are absolute http(s) only, and the rich-text body keeps nothing active:
 * checked through the API, in what is returned and what is stored.
 */
@NewsroomIntegrationTest
class ArticleUrlAndXssIntegrationTest {

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
	void topImageUrlMustBeAnAbsoluteHttpUrl(String url) {
		String tag = WriteTag.next();
		Map<String, Object> body = ArticleFixtures.validArticle(tag);
		@SuppressWarnings("unchecked")
		Map<String, Object> image = (Map<String, Object>) body.get("topImage");
		image.put("url", url);
		editor().post()
			.uri("/api/articles")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(fields.toString()).contains("topImage.url"));
		assertThat(StoredDocuments.count(this.mongo, ArticleDocument.COLLECTION, new Document("tags", tag))).isZero();
	}

	@Test
	void theBodyKeepsNewsMarkupAndLosesEveryPayload() {
		String allowed = "<p>Se <strong>her</strong> og <a href=\"https://newsroom.dk/a\">kilden</a>.</p>";
		String body = allowed + String.join("", PAYLOADS);
		Map<String, Object> request = ArticleFixtures.validArticle(WriteTag.next());
		request.put("body", body);
		ArticleResponse created = editor().post()
			.uri("/api/articles")
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(ArticleResponse.class)
			.returnResult()
			.getResponseBody();
		String stored = StoredDocuments.find(this.mongo, ArticleDocument.COLLECTION, created.id()).getString("body");
		for (String html : List.of(created.body(), stored)) {
			assertThat(html).contains("<strong>her</strong>", "href=\"https://newsroom.dk/a\"", "rel=\"nofollow\"");
			String lower = html.toLowerCase(Locale.ROOT);
			assertThat(DANGEROUS).allSatisfy((danger) -> assertThat(lower).doesNotContain(danger));
		}
	}

	@Test
	void aBodyOfPayloadsAloneHasNothingLeftAndIsRefused() {
		Map<String, Object> request = ArticleFixtures.validArticle(WriteTag.next());
		request.put("body", "<script>alert(1)</script><iframe src=\"https://evil.example\"></iframe><style>x</style>");
		editor().post()
			.uri("/api/articles")
			.bodyValue(request)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("body");
	}

	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.ARTICLES_WRITE);
	}

	/** Unique tags, so counts are not disturbed by other tests. */
	static final class WriteTag {

		static String next() {
			return "url-xss-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		}

	}

}
