package dk.newsroom.events;

import java.net.http.HttpClient;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import dk.newsroom.events.client.ApiClient;
import dk.newsroom.events.client.ApiException;
import dk.newsroom.events.client.ApiResponse;
import dk.newsroom.events.client.api.EventsApi;
import dk.newsroom.events.client.model.EventRequest;
import dk.newsroom.events.client.model.EventResponse;
import dk.newsroom.events.client.model.ImageRequest;
import dk.newsroom.events.client.model.VenueRequest;
import dk.newsroom.events.client.model.PageEventResponse;
import dk.newsroom.events.client.model.Problem;
import dk.newsroom.events.client.model.ProblemErrorsInner;
import dk.newsroom.events.client.model.PublishRequest;
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
 * document ({@code docs/openapi/events.json}, generated at build time): every status code
 * it answers must be one the document gives the operation, every field it sends one the
 * document names (unknown fields fail the client's reading), with the types the document
 * says. A document that lies breaks this test.
 */
@NewsroomIntegrationTest
class GeneratedClientIntegrationTest {

	private static final OpenApiDocument DOCUMENT = OpenApiDocument.committed("events");

	@LocalServerPort
	private int port;

	private EventsApi editor;

	private EventsApi reader;

	@BeforeEach
	void clients() {
		this.editor = new EventsApi(client(TestTokens.bearer(Scopes.EVENTS_WRITE)));
		this.reader = new EventsApi(client(null));
	}

	@Test
	void createsUpdatesPublishesReadsListsWithdrawsAndDeletesAnEvent() throws ApiException {
		String tag = "klient-" + System.nanoTime();
		ApiResponse<EventResponse> created = documented("createEvent",
				() -> this.editor.createEventWithHttpInfo(event(tag, "Cybersikkerhedsdøgnet")));
		assertThat(created.getStatusCode()).isEqualTo(201);
		EventResponse draft = created.getData();
		assertThat(header(created, "Location")).endsWith("/api/events/" + draft.getId());
		assertThat(draft.getStatus()).hasToString("DRAFT");

		ApiResponse<EventResponse> updated = documented("updateEvent",
				() -> this.editor.updateEventWithHttpInfo(draft.getId(), header(created, "ETag"),
						event(tag, "Cybersikkerhedsdøgnet i Århus")));
		assertThat(updated.getData().getTitle()).endsWith("i Århus");
		assertThat(updated.getData().getVersion()).isEqualTo(draft.getVersion() + 1);

		ApiResponse<EventResponse> published = documented("publishEvent", () -> this.editor
			.publishEventWithHttpInfo(draft.getId(), header(updated, "ETag"), new PublishRequest()));
		assertThat(published.getData().getStatus()).hasToString("PUBLISHED");
		assertThat(published.getData().getPublishedAt()).isNotNull();

		ApiResponse<EventResponse> read = documented("getEvent",
				() -> this.reader.getEventWithHttpInfo(draft.getId(), null));
		assertThat(read.getData().getTitle()).isEqualTo(updated.getData().getTitle());
		// The generated client takes a 304 for a failure; the document must list it.
		ApiException notModified = catchThrowableOfType(ApiException.class,
				() -> this.reader.getEventWithHttpInfo(draft.getId(), header(read, "ETag")));
		assertThat(notModified.getCode()).isEqualTo(304);
		DOCUMENT.assertDocumented("getEvent", 304);
		ApiResponse<EventResponse> bySlug = documented("getEventBySlug",
				() -> this.reader.getEventBySlugWithHttpInfo(read.getData().getSlug(), null));
		assertThat(bySlug.getData().getId()).isEqualTo(draft.getId());

		ApiResponse<EventResponse> withdrawn = documented("withdrawEvent",
				() -> this.editor.withdrawEventWithHttpInfo(draft.getId(), header(read, "ETag")));
		assertThat(withdrawn.getData().getStatus()).hasToString("WITHDRAWN");

		ApiResponse<Void> deleted = documented("deleteEvent",
				() -> this.editor.deleteEventWithHttpInfo(draft.getId(), header(withdrawn, "ETag")));
		assertThat(deleted.getStatusCode()).isEqualTo(204);
		ApiException gone = problem("getEvent", () -> this.reader.getEventWithHttpInfo(draft.getId(), null));
		assertThat(gone.getCode()).isEqualTo(404);
	}

	@Test
	void listsPublishedEventsPageByPage() throws ApiException {
		String tag = "liste-" + System.nanoTime();
		for (int i = 0; i < 3; i++) {
			ApiResponse<EventResponse> created = this.editor
				.createEventWithHttpInfo(event(tag, "Netværksmøde, del " + i));
			this.editor.publishEventWithHttpInfo(created.getData().getId(), header(created, "ETag"), null);
		}

		Set<String> ids = new HashSet<>();
		String cursor = null;
		int pages = 0;
		do {
			String after = cursor;
			ApiResponse<PageEventResponse> page = documented("listEvents",
					() -> this.reader.listEventsWithHttpInfo(null, null, null, null, tag, null, null, 2, after));
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
		EventRequest invalid = event("fejl", "");
		invalid.setTeaser(null);
		ApiException badRequest = problem("createEvent", () -> this.editor.createEventWithHttpInfo(invalid));
		assertThat(badRequest.getCode()).isEqualTo(400);
		Problem problem = read(badRequest);
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getErrors()).extracting(ProblemErrorsInner::getField).contains("title", "teaser");

		ApiException unauthorized = problem("createEvent",
				() -> this.reader.createEventWithHttpInfo(event("fejl", "Uden token")));
		assertThat(unauthorized.getCode()).isEqualTo(401);
		EventsApi wrongScope = new EventsApi(client(TestTokens.bearer(Scopes.ARTICLES_WRITE)));
		ApiException forbidden = problem("createEvent",
				() -> wrongScope.createEventWithHttpInfo(event("fejl", "Forkert scope")));
		assertThat(forbidden.getCode()).isEqualTo(403);
		assertThat(read(forbidden).getStatus()).isEqualTo(403);

		String id = createDraft();
		ApiException stale = problem("updateEvent",
				() -> this.editor.updateEventWithHttpInfo(id, "\"99\"", event("fejl", "Forældet version")));
		assertThat(stale.getCode()).isEqualTo(412);
		assertThat(read(stale).getCurrentVersion()).isEqualTo(1L);
	}

	private String createDraft() {
		try {
			return this.editor.createEvent(event("kladde", "En kladde")).getId();
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

	private static EventRequest event(String tag, String title) {
		OffsetDateTime starts = OffsetDateTime.parse("2027-03-10T09:00:00+01:00");
		return new EventRequest().title(title)
			.teaser("En dag om trusler, forsvar og samarbejde.")
			.description("<p>Oplæg fra <strong>CFCS</strong>.</p>")
			.track("Sikkerhed")
			.venue(new VenueRequest().name("Bella Center")
				.address("Center Boulevard 5, 2300 København S")
				.city("København S"))
			.startsAt(starts)
			.endsAt(starts.plusHours(7))
			.registrationUrl("https://tilmelding.newsroom.dk/cyberdoegnet")
			.organiser("Newsroom Events")
			.eventStatus(EventRequest.EventStatusEnum.SCHEDULED)
			.image(new ImageRequest().url("https://billeder.newsroom.dk/cyber.jpg")
				.caption("Sidste års konference")
				.credit("Foto: Jens Bøgh"))
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
