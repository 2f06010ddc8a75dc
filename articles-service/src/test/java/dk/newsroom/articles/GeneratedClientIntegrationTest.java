package dk.newsroom.articles;

import java.net.http.HttpClient;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import dk.newsroom.articles.client.ApiClient;
import dk.newsroom.articles.client.ApiException;
import dk.newsroom.articles.client.ApiResponse;
import dk.newsroom.articles.client.api.ArticlesApi;
import dk.newsroom.articles.client.model.ArticleRequest;
import dk.newsroom.articles.client.model.ArticleResponse;
import dk.newsroom.articles.client.model.ImageRequest;
import dk.newsroom.articles.client.model.PageArticleResponse;
import dk.newsroom.articles.client.model.Problem;
import dk.newsroom.articles.client.model.ProblemErrorsInner;
import dk.newsroom.articles.client.model.PublishRequest;
import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.OpenApiDocument;
import dk.newsroom.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The service driven only through the Java client generated from its committed OpenAPI
 * document ({@code docs/openapi/articles.json}, generated at build time): every status
 * code it answers must be one the document gives the operation, every field it sends one
 * the document names (unknown fields fail the client's reading), with the types the
 * document says. A document that lies breaks this test.
 */
@NewsroomIntegrationTest
class GeneratedClientIntegrationTest {

	private static final OpenApiDocument DOCUMENT = OpenApiDocument.committed("articles");

	@LocalServerPort
	private int port;

	private ArticlesApi editor;

	private ArticlesApi reader;

	@BeforeEach
	void clients() {
		this.editor = new ArticlesApi(client(TestTokens.bearer(Scopes.ARTICLES_WRITE)));
		this.reader = new ArticlesApi(client(null));
	}

	@Test
	void createsUpdatesPublishesReadsListsWithdrawsAndDeletesAnArticle() throws ApiException {
		String tag = "klient-" + System.nanoTime();
		ApiResponse<ArticleResponse> created = documented("createArticle",
				() -> this.editor.createArticleWithHttpInfo(article(tag, "Østjysk it-firma åbner nyt datacenter")));
		assertThat(created.getStatusCode()).isEqualTo(201);
		ArticleResponse draft = created.getData();
		assertThat(header(created, "Location")).endsWith("/api/articles/" + draft.getId());
		assertThat(draft.getStatus()).hasToString("DRAFT");
		assertThat(draft.getBody()).doesNotContain("<script>");

		ApiResponse<ArticleResponse> updated = documented("updateArticle",
				() -> this.editor.updateArticleWithHttpInfo(draft.getId(), header(created, "ETag"),
						article(tag, "Østjysk it-firma åbner nyt datacenter i Århus")));
		assertThat(updated.getData().getHeadline()).endsWith("i Århus");
		assertThat(updated.getData().getVersion()).isEqualTo(draft.getVersion() + 1);

		ApiResponse<ArticleResponse> published = documented("publishArticle", () -> this.editor
			.publishArticleWithHttpInfo(draft.getId(), header(updated, "ETag"), new PublishRequest()));
		assertThat(published.getData().getStatus()).hasToString("PUBLISHED");
		assertThat(published.getData().getPublishedAt()).isNotNull();

		ApiResponse<ArticleResponse> read = documented("getArticle",
				() -> this.reader.getArticleWithHttpInfo(draft.getId(), null));
		assertThat(read.getData().getHeadline()).isEqualTo(updated.getData().getHeadline());
		// The generated client takes a 304 for a failure; the document must list it.
		ApiException notModified = catchThrowableOfType(ApiException.class,
				() -> this.reader.getArticleWithHttpInfo(draft.getId(), header(read, "ETag")));
		assertThat(notModified.getCode()).isEqualTo(304);
		DOCUMENT.assertDocumented("getArticle", 304);
		ApiResponse<ArticleResponse> bySlug = documented("getArticleBySlug",
				() -> this.reader.getArticleBySlugWithHttpInfo(read.getData().getSlug(), null));
		assertThat(bySlug.getData().getId()).isEqualTo(draft.getId());

		ApiResponse<ArticleResponse> withdrawn = documented("withdrawArticle",
				() -> this.editor.withdrawArticleWithHttpInfo(draft.getId(), header(read, "ETag")));
		assertThat(withdrawn.getData().getStatus()).hasToString("WITHDRAWN");

		ApiResponse<Void> deleted = documented("deleteArticle",
				() -> this.editor.deleteArticleWithHttpInfo(draft.getId(), header(withdrawn, "ETag")));
		assertThat(deleted.getStatusCode()).isEqualTo(204);
		ApiException gone = problem("getArticle", () -> this.reader.getArticleWithHttpInfo(draft.getId(), null));
		assertThat(gone.getCode()).isEqualTo(404);
	}

	@Test
	void listsPublishedArticlesPageByPage() throws ApiException {
		String tag = "liste-" + System.nanoTime();
		for (int i = 0; i < 3; i++) {
			ApiResponse<ArticleResponse> created = this.editor
				.createArticleWithHttpInfo(article(tag, "Kommunerne deler data, del " + i));
			this.editor.publishArticleWithHttpInfo(created.getData().getId(), header(created, "ETag"), null);
		}

		Set<String> ids = new HashSet<>();
		String cursor = null;
		int pages = 0;
		do {
			String after = cursor;
			ApiResponse<PageArticleResponse> page = documented("listArticles",
					() -> this.reader.listArticlesWithHttpInfo(null, tag, null, 2, after));
			page.getData().getItems().forEach((item) -> assertThat(ids.add(item.getId())).isTrue());
			cursor = page.getData().getNext();
			pages++;
		}
		while (cursor != null && pages < 5);
		assertThat(ids).hasSize(3);
		assertThat(pages).isEqualTo(2);
	}

	@Test
	void answersProblemsWithTheirFieldErrors() {
		ArticleRequest invalid = article("fejl", "");
		invalid.setLead(null);
		ApiException badRequest = problem("createArticle", () -> this.editor.createArticleWithHttpInfo(invalid));
		assertThat(badRequest.getCode()).isEqualTo(400);
		Problem problem = read(badRequest);
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getErrors()).extracting(ProblemErrorsInner::getField).contains("headline", "lead");

		ApiException unauthorized = problem("createArticle",
				() -> this.reader.createArticleWithHttpInfo(article("fejl", "Uden token")));
		assertThat(unauthorized.getCode()).isEqualTo(401);
		ArticlesApi wrongScope = new ArticlesApi(client(TestTokens.bearer(Scopes.EVENTS_WRITE)));
		ApiException forbidden = problem("createArticle",
				() -> wrongScope.createArticleWithHttpInfo(article("fejl", "Forkert scope")));
		assertThat(forbidden.getCode()).isEqualTo(403);
		assertThat(read(forbidden).getStatus()).isEqualTo(403);

		String id = createDraft();
		ApiException stale = problem("updateArticle",
				() -> this.editor.updateArticleWithHttpInfo(id, "\"99\"", article("fejl", "Forældet version")));
		assertThat(stale.getCode()).isEqualTo(412);
		assertThat(read(stale).getCurrentVersion()).isEqualTo(1L);
	}

	private String createDraft() {
		try {
			return this.editor.createArticle(article("kladde", "En kladde")).getId();
		}
		catch (ApiException ex) {
			throw new AssertionError(ex);
		}
	}

	private ApiClient client(String authorization) {
		ApiClient client = new ApiClient(HttpClient.newBuilder(), ApiClient.createDefaultObjectMapper(),
				"http://localhost:" + this.port);
		// A field the document does not name fails the reading.
		client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		if (authorization != null) {
			client.setRequestInterceptor((request) -> request.header("Authorization", authorization));
		}
		return client;
	}

	private static ArticleRequest article(String tag, String headline) {
		return new ArticleRequest().headline(headline)
			.lead("Virksomheden vil ansætte 40 medarbejdere inden sommer.")
			.body("<p>Datacenteret står klar i <strong>marts</strong>.</p><script>alert(1)</script>")
			.topImage(new ImageRequest().url("https://billeder.newsroom.dk/2026/datacenter.jpg")
				.caption("Det nye datacenter")
				.credit("Foto: Søren Ågård"))
			.section("Infrastruktur")
			.authors(List.of("Mette Kjær"))
			.source("Ritzau")
			.tags(List.of(tag));
	}

	/** Calls the operation and checks the document gives the status it answered. */
	private static <T> ApiResponse<T> documented(String operationId, Call<T> call) throws ApiException {
		ApiResponse<T> response = call.call();
		DOCUMENT.assertDocumented(operationId, response.getStatusCode());
		return response;
	}

	/** Calls an operation that must fail, and checks the document gives its status. */
	private static ApiException problem(String operationId, Attempt call) {
		ApiException failure = catchThrowableOfType(ApiException.class, call::call);
		assertThat(failure).as("%s must fail", operationId).isNotNull();
		DOCUMENT.assertDocumented(operationId, failure.getCode());
		assertThat(failure.getResponseHeaders().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		return failure;
	}

	private static Problem read(ApiException failure) {
		try {
			return ApiClient.createDefaultObjectMapper()
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(failure.getResponseBody(), Problem.class);
		}
		catch (Exception ex) {
			throw new AssertionError("The problem is not the document's Problem: " + failure.getResponseBody(), ex);
		}
	}

	private static String header(ApiResponse<?> response, String name) {
		return response.getHeaders()
			.entrySet()
			.stream()
			.filter((header) -> header.getKey().equalsIgnoreCase(name))
			.map((header) -> header.getValue().get(0))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " header"));
	}

	@FunctionalInterface
	private interface Call<T> {

		ApiResponse<T> call() throws ApiException;

	}

	/** A call expected to fail. */
	@FunctionalInterface
	private interface Attempt {

		Object call() throws ApiException;

	}

}
