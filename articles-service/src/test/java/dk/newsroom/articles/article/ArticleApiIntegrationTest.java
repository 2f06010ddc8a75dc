package dk.newsroom.articles.article;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

@NewsroomIntegrationTest
class ArticleApiIntegrationTest {

	@Autowired
	WebTestClient http;

	@Test
	void createsDraftWithLocationETagSanitisedBodyAndDanishSlug() {
		EntityExchangeResult<ArticleResponse> created = create(ArticleFixtures.validArticle(uniqueTag()));

		ArticleResponse article = created.getResponseBody();
		assertThat(created.getStatus()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getResponseHeaders().getLocation()).hasToString("/api/articles/" + article.id());
		assertThat(created.getResponseHeaders().getETag()).isEqualTo("\"1\"");
		assertThat(article.status()).hasToString("DRAFT");
		assertThat(article.version()).isEqualTo(1);
		assertThat(article.slug()).startsWith("oestjysk-it-firma-aabner-nyt-datacenter-i-aarhus");
		assertThat(article.body()).isEqualTo("<p>Datacenteret står klar i <strong>marts</strong>.</p>");
		assertThat(article.language()).isEqualTo("da");
		assertThat(article.topImage().credit()).isEqualTo("Foto: Søren Ågård");
	}

	@Test
	void givesTheSameHeadlineAUniqueSlug() {
		String tag = uniqueTag();
		ArticleResponse first = create(ArticleFixtures.validArticle(tag)).getResponseBody();
		ArticleResponse second = create(ArticleFixtures.validArticle(tag)).getResponseBody();

		assertThat(second.slug()).isNotEqualTo(first.slug()).startsWith("oestjysk-it-firma");
	}

	@Test
	void keepsDraftsAndScheduledArticlesFromAnonymousReaders() {
		ArticleResponse draft = create(ArticleFixtures.validArticle(uniqueTag())).getResponseBody();
		this.http.get().uri("/api/articles/{id}", draft.id()).exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/articles/slug/{slug}", draft.slug()).exchange().expectStatus().isNotFound();

		publish(draft.id(), Map.of("publishAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
		this.http.get().uri("/api/articles/{id}", draft.id()).exchange().expectStatus().isNotFound();

		ArticleResponse published = publish(draft.id(), Map.of());
		assertThat(published.status()).hasToString("PUBLISHED");
		assertThat(published.version()).isEqualTo(3);
		this.http.get()
			.uri("/api/articles/slug/{slug}", draft.slug())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"3\"")
			.expectBody()
			.jsonPath("$.headline")
			.isEqualTo("Østjysk it-firma åbner nyt datacenter i Århus");
	}

	@Test
	void refusesAStaleIfMatchWith412AndAMissingOneWith428() {
		ArticleResponse article = create(ArticleFixtures.validArticle(uniqueTag())).getResponseBody();
		Map<String, Object> changed = ArticleFixtures.validArticle(uniqueTag());
		changed.put("headline", "Ny overskrift");

		editor().put()
			.uri("/api/articles/{id}", article.id())
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"2\"");
		editor().put()
			.uri("/api/articles/{id}", article.id())
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.currentVersion")
			.isEqualTo(2);
		editor().put()
			.uri("/api/articles/{id}", article.id())
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
		editor().post()
			.uri("/api/articles/{id}/publish", article.id())
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED);
	}

	@Test
	void listsPublishedArticlesNewestFirstInStableKeysetPages() {
		String tag = uniqueTag();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String id = create(ArticleFixtures.validArticle(tag)).getResponseBody().id();
			publish(id, Map.of());
			ids.add(0, id);
		}
		create(ArticleFixtures.validArticle(tag));

		ListPage first = list("/api/articles?tag=" + tag + "&limit=2");
		assertThat(first.items()).extracting(ArticleResponse::id).containsExactly(ids.get(0), ids.get(1));
		String newer = create(ArticleFixtures.validArticle(tag)).getResponseBody().id();
		publish(newer, Map.of());

		ListPage second = list("/api/articles?tag=" + tag + "&limit=2&cursor=" + first.next());
		ListPage third = list("/api/articles?tag=" + tag + "&limit=2&cursor=" + second.next());
		assertThat(second.items()).extracting(ArticleResponse::id).containsExactly(ids.get(2), ids.get(3));
		assertThat(third.items()).extracting(ArticleResponse::id).containsExactly(ids.get(4));
		assertThat(third.next()).isNull();
	}

	@Test
	void linksToTheNextPageKeepingTheFilters() {
		String tag = uniqueTag();
		for (int i = 0; i < 3; i++) {
			publish(create(ArticleFixtures.validArticle(tag)).getResponseBody().id(), Map.of());
		}
		this.http.get()
			.uri("/api/articles?tag={tag}&section=Infrastruktur&limit=2", tag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.LINK,
					(link) -> assertThat(link).startsWith("</api/articles?tag=" + tag)
						.contains("section=Infrastruktur")
						.contains("cursor=")
						.endsWith(">; rel=\"next\""));
		assertThat(list("/api/articles?tag=" + tag + "&section=Sikkerhed").items()).isEmpty();
	}

	/**
	 * What the gateway forwards for {@code curl -X POST …/publish}: an empty body,
	 * streamed, without a Content-Type.
	 */
	@Test
	void publishesWithAnEmptyStreamedBodyWithoutContentTypeButRefusesANonJsonBody() {
		ArticleResponse draft = create(ArticleFixtures.validArticle(uniqueTag())).getResponseBody();
		editor().post()
			.uri("/api/articles/{id}/publish", draft.id())
			.body(BodyInserters.fromPublisher(Flux.<DataBuffer>empty(), DataBuffer.class))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("PUBLISHED");
		ArticleResponse other = create(ArticleFixtures.validArticle(uniqueTag())).getResponseBody();
		editor().post()
			.uri("/api/articles/{id}/publish", other.id())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue("{\"publishAt\":\"2030-01-01T08:00:00Z\"}".getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		this.http.get().uri("/api/articles/{id}", other.id()).exchange().expectStatus().isNotFound();
	}

	@Test
	void refusesToListDraftsAnonymouslyAndNamesBadParameters() {
		this.http.get()
			.uri("/api/articles?status=DRAFT")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("status");
		this.http.get()
			.uri("/api/articles?limit=101")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("limit");
		this.http.get()
			.uri("/api/articles?cursor=%%%")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("cursor");
	}

	@Test
	void withdrawsAndDeletes() {
		ArticleResponse article = create(ArticleFixtures.validArticle(uniqueTag())).getResponseBody();
		editor().post()
			.uri("/api/articles/{id}/withdraw", article.id())
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);
		publish(article.id(), Map.of());
		editor().post()
			.uri("/api/articles/{id}/withdraw", article.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("WITHDRAWN");
		this.http.get().uri("/api/articles/{id}", article.id()).exchange().expectStatus().isNotFound();

		editor().delete().uri("/api/articles/{id}", article.id()).exchange().expectStatus().isNoContent();
		editor().delete().uri("/api/articles/{id}", article.id()).exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/articles/not-an-id").exchange().expectStatus().isNotFound();
	}

	private EntityExchangeResult<ArticleResponse> create(Map<String, Object> body) {
		return editor().post()
			.uri("/api/articles")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(ArticleResponse.class)
			.returnResult();
	}

	private ArticleResponse publish(String id, Map<String, Object> body) {
		return editor().post()
			.uri("/api/articles/{id}/publish", id)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ArticleResponse.class)
			.returnResult()
			.getResponseBody();
	}

	private ListPage list(String uri) {
		return this.http.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ListPage.class)
			.returnResult()
			.getResponseBody();
	}

	static String uniqueTag() {
		return "test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	record ListPage(List<ArticleResponse> items, String next) {
	}

	/** The client as an editor: a bearer token with the write scope. */
	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.ARTICLES_WRITE);
	}

}
