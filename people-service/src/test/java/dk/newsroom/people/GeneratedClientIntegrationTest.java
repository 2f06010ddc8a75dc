package dk.newsroom.people;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import dk.newsroom.people.client.ApiClient;
import dk.newsroom.people.client.ApiException;
import dk.newsroom.people.client.ApiResponse;
import dk.newsroom.people.client.api.NavnenytApi;
import dk.newsroom.people.client.model.NoticeRequest;
import dk.newsroom.people.client.model.NoticeResponse;
import dk.newsroom.people.client.model.PersonRequest;
import dk.newsroom.people.client.model.PhotoRequest;
import dk.newsroom.people.client.model.PositionRequest;
import dk.newsroom.people.client.model.PageNoticeResponse;
import dk.newsroom.people.client.model.Problem;
import dk.newsroom.people.client.model.ProblemErrorsInner;
import dk.newsroom.people.client.model.PublishRequest;
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
 * document ({@code docs/openapi/people.json}, generated at build time): every status code
 * it answers must be one the document gives the operation, every field it sends one the
 * document names (unknown fields fail the client's reading), with the types the document
 * says. A document that lies breaks this test.
 */
@NewsroomIntegrationTest
class GeneratedClientIntegrationTest {

	private static final OpenApiDocument DOCUMENT = OpenApiDocument.committed("people");

	@LocalServerPort
	private int port;

	private NavnenytApi editor;

	private NavnenytApi reader;

	@BeforeEach
	void clients() {
		this.editor = new NavnenytApi(client(TestTokens.bearer(Scopes.PEOPLE_WRITE)));
		this.reader = new NavnenytApi(client(null));
	}

	@Test
	void createsUpdatesPublishesReadsListsWithdrawsAndDeletesANotice() throws ApiException {
		String tag = "klient-" + System.nanoTime();
		ApiResponse<NoticeResponse> created = documented("createNotice",
				() -> this.editor.createNoticeWithHttpInfo(notice(tag, "rådgiver")));
		assertThat(created.getStatusCode()).isEqualTo(201);
		NoticeResponse draft = created.getData();
		assertThat(header(created, "Location")).endsWith("/api/people/" + draft.getId());
		assertThat(draft.getStatus()).hasToString("DRAFT");

		ApiResponse<NoticeResponse> updated = documented("updateNotice", () -> this.editor
			.updateNoticeWithHttpInfo(draft.getId(), header(created, "ETag"), notice(tag, "seniorrådgiver")));
		assertThat(updated.getData().getTitle()).isEqualTo("seniorrådgiver");
		assertThat(updated.getData().getVersion()).isEqualTo(draft.getVersion() + 1);

		ApiResponse<NoticeResponse> published = documented("publishNotice", () -> this.editor
			.publishNoticeWithHttpInfo(draft.getId(), header(updated, "ETag"), new PublishRequest()));
		assertThat(published.getData().getStatus()).hasToString("PUBLISHED");
		assertThat(published.getData().getPublishedAt()).isNotNull();

		ApiResponse<NoticeResponse> read = documented("getNotice",
				() -> this.reader.getNoticeWithHttpInfo(draft.getId(), null));
		assertThat(read.getData().getTitle()).isEqualTo(updated.getData().getTitle());
		// The generated client takes a 304 for a failure; the document must list it.
		ApiException notModified = catchThrowableOfType(ApiException.class,
				() -> this.reader.getNoticeWithHttpInfo(draft.getId(), header(read, "ETag")));
		assertThat(notModified.getCode()).isEqualTo(304);
		DOCUMENT.assertDocumented("getNotice", 304);
		ApiResponse<NoticeResponse> bySlug = documented("getNoticeBySlug",
				() -> this.reader.getNoticeBySlugWithHttpInfo(read.getData().getSlug(), null));
		assertThat(bySlug.getData().getId()).isEqualTo(draft.getId());

		ApiResponse<NoticeResponse> withdrawn = documented("withdrawNotice",
				() -> this.editor.withdrawNoticeWithHttpInfo(draft.getId(), header(read, "ETag")));
		assertThat(withdrawn.getData().getStatus()).hasToString("WITHDRAWN");

		ApiResponse<Void> deleted = documented("deleteNotice",
				() -> this.editor.deleteNoticeWithHttpInfo(draft.getId(), header(withdrawn, "ETag")));
		assertThat(deleted.getStatusCode()).isEqualTo(204);
		ApiException gone = problem("getNotice", () -> this.reader.getNoticeWithHttpInfo(draft.getId(), null));
		assertThat(gone.getCode()).isEqualTo(404);
	}

	@Test
	void listsPublishedNoticesPageByPage() throws ApiException {
		String tag = "liste-" + System.nanoTime();
		for (int i = 0; i < 3; i++) {
			ApiResponse<NoticeResponse> created = this.editor.createNoticeWithHttpInfo(notice(tag, "rådgiver " + i));
			this.editor.publishNoticeWithHttpInfo(created.getData().getId(), header(created, "ETag"), null);
		}

		Set<String> ids = new HashSet<>();
		String cursor = null;
		int pages = 0;
		do {
			String after = cursor;
			ApiResponse<PageNoticeResponse> page = documented("listNotices",
					() -> this.reader.listNoticesWithHttpInfo(null, null, null, tag, 2, after));
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
		NoticeRequest invalid = notice("fejl", "");
		invalid.setCompany(null);
		ApiException badRequest = problem("createNotice", () -> this.editor.createNoticeWithHttpInfo(invalid));
		assertThat(badRequest.getCode()).isEqualTo(400);
		Problem problem = read(badRequest);
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getErrors()).extracting(ProblemErrorsInner::getField).contains("title", "company");

		ApiException unauthorized = problem("createNotice",
				() -> this.reader.createNoticeWithHttpInfo(notice("fejl", "Uden token")));
		assertThat(unauthorized.getCode()).isEqualTo(401);
		NavnenytApi wrongScope = new NavnenytApi(client(TestTokens.bearer(Scopes.ARTICLES_WRITE)));
		ApiException forbidden = problem("createNotice",
				() -> wrongScope.createNoticeWithHttpInfo(notice("fejl", "Forkert scope")));
		assertThat(forbidden.getCode()).isEqualTo(403);
		assertThat(read(forbidden).getStatus()).isEqualTo(403);

		String id = createDraft();
		ApiException stale = problem("updateNotice",
				() -> this.editor.updateNoticeWithHttpInfo(id, "\"99\"", notice("fejl", "Forældet version")));
		assertThat(stale.getCode()).isEqualTo(412);
		assertThat(read(stale).getCurrentVersion()).isEqualTo(1L);
	}

	private String createDraft() {
		try {
			return this.editor.createNotice(notice("kladde", "En kladde")).getId();
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

	private static NoticeRequest notice(String tag, String title) {
		return new NoticeRequest().kind(NoticeRequest.KindEnum.NEW_JOB)
			.person(new PersonRequest().name("Mette Kjær Sørensen")
				.age(38)
				.pronoun("hun")
				.photo(new PhotoRequest().url("https://billeder.newsroom.dk/navnenyt/mette.jpg")
					.caption("Mette Kjær Sørensen")
					.credit("Foto: Nordlys Data")))
			.company("Nordlys Data")
			.title(title)
			.effectiveDate(LocalDate.parse("2027-01-01"))
			.focusAreas(List.of("cloudsikkerhed"))
			.previousPosition(new PositionRequest().title("sikkerhedsarkitekt").company("Fjordnet A/S"))
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
