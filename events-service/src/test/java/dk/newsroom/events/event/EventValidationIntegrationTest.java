package dk.newsroom.events.event;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every validation rule answers 400 problem+json naming the field, and nothing is stored;
 * on create and on update alike.
 */
@NewsroomIntegrationTest
class EventValidationIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	String tag;

	String existingId;

	@BeforeEach
	void createOne() {
		this.tag = EventFixtures.uniqueTag();
		this.existingId = new EventApi(this.http).create(EventFixtures.validEvent(this.tag)).id();
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(arguments("title missing", "title", remove("title")),
				arguments("title blank", "title", put("title", "   ")),
				arguments("title too long", "title", put("title", "x".repeat(201))),
				arguments("title a number", "title", put("title", 42)),
				arguments("title an object", "title", put("title", Map.of("da", "Titel"))),
				arguments("teaser missing", "teaser", remove("teaser")),
				arguments("teaser too long", "teaser", put("teaser", "x".repeat(601))),
				arguments("description only a script", "description",
						put("description", "<script>alert('x')</script>")),
				arguments("description too long", "description", put("description", "x".repeat(100_001))),
				arguments("track missing", "track", remove("track")),
				arguments("track too long", "track", put("track", "x".repeat(61))),
				arguments("startsAt missing", "startsAt", remove("startsAt")),
				arguments("startsAt not a date", "startsAt", put("startsAt", "i morgen kl. 9")),
				arguments("startsAt without offset", "startsAt", put("startsAt", "2027-03-12T09:00:00")),
				arguments("startsAt an array", "startsAt", put("startsAt", List.of("2027-03-12T09:00:00Z"))),
				arguments("startsAt a number", "startsAt", put("startsAt", 1_804_838_400)),
				arguments("startsAt empty", "startsAt", put("startsAt", "")),
				arguments("endsAt missing", "endsAt", remove("endsAt")),
				arguments("endsAt a number", "endsAt", put("endsAt", 1_804_838_400.5)),
				arguments("endsAt before startsAt", "endsAt",
						times("2027-03-12T15:00:00+01:00", "2027-03-12T09:00:00+01:00")),
				arguments("endsAt equal to startsAt", "endsAt",
						times("2027-03-12T09:00:00+01:00", "2027-03-12T08:00:00Z")),
				arguments("registration URL not http", "registrationUrl",
						put("registrationUrl", "ftp://events.newsroom.dk/tilmelding")),
				arguments("registration URL javascript", "registrationUrl",
						put("registrationUrl", "javascript:alert(1)")),
				arguments("registration URL relative", "registrationUrl", put("registrationUrl", "/tilmelding")),
				arguments("registration URL mailto", "registrationUrl",
						put("registrationUrl", "mailto:events@newsroom.dk")),
				arguments("registration URL too long", "registrationUrl",
						put("registrationUrl", "https://events.newsroom.dk/" + "x".repeat(2000))),
				arguments("organiser too long", "organiser", put("organiser", "x".repeat(201))),
				arguments("venue a string", "venue", put("venue", "København Ø")),
				arguments("venue without name", "venue.name", venue("name", null)),
				arguments("venue without city", "venue.city", venue("city", " ")),
				arguments("venue address too long", "venue.address", venue("address", "x".repeat(301))),
				arguments("venue with unknown field", "venue.country", venue("country", "Danmark")),
				arguments("image url data", "image.url", image("url", "data:image/png;base64,AAAA")),
				arguments("image url missing", "image.url", image("url", null)),
				arguments("image caption too long", "image.caption", image("caption", "x".repeat(301))),
				arguments("event status unknown", "eventStatus", put("eventStatus", "POSTPONED")),
				arguments("event status a number", "eventStatus", put("eventStatus", 2)),
				arguments("too many tags", "tags", put("tags", Collections.nCopies(21, "cloud"))),
				arguments("tag too long", "tags[0]", put("tags", List.of("x".repeat(51)))),
				arguments("tag with control character", "tags[0]", put("tags", List.of("cloud\u0000"))),
				arguments("tags a string", "tags", put("tags", "cloud")),
				arguments("unknown field", "speakers", put("speakers", List.of("Anne Holm"))),
				arguments("publication status in the body", "status", put("status", "PUBLISHED")),
				arguments("operator key", "$where", put("$where", "1 == 1")),
				arguments("dotted key", "venue.city.x", put("venue.city.x", "a")));
	}

	@ParameterizedTest(name = "create: {0}")
	@MethodSource("invalidFields")
	void refusesAnInvalidCreateNamingTheField(String rule, String field, Consumer<Map<String, Object>> spoil) {
		String marker = EventFixtures.uniqueTag();
		Map<String, Object> body = EventFixtures.validEvent(marker);
		spoil.accept(body);

		editor().post()
			.uri("/api/events")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(fields.toString()).contains(field));
		assertThat(storedWithTag(marker)).isZero();
	}

	@ParameterizedTest(name = "update: {0}")
	@MethodSource("invalidFields")
	void refusesAnInvalidUpdateNamingTheFieldAndKeepsTheEvent(String rule, String field,
			Consumer<Map<String, Object>> spoil) {
		Map<String, Object> body = EventFixtures.validEvent(this.tag);
		spoil.accept(body);

		editor().put()
			.uri("/api/events/{id}", this.existingId)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(fields.toString()).contains(field));
		assertThat(stored(this.existingId).get("version")).isEqualTo(1L);
	}

	static Stream<Arguments> malformedBodies() {
		return Stream.of(
				arguments("duplicate key", "title",
						"{\"title\":\"A\",\"title\":\"B\",\"teaser\":\"T\",\"track\":\"Cloud\","
								+ "\"startsAt\":\"2027-03-12T09:00:00Z\",\"endsAt\":\"2027-03-12T10:00:00Z\"}"),
				arguments("not JSON", "body", "{\"title\": "), arguments("an array", "body", "[]"),
				arguments("trailing tokens", "body",
						"{\"title\":\"A\",\"teaser\":\"T\",\"track\":\"Cloud\",\"startsAt\":\"2027-03-12T09:00:00Z\","
								+ "\"endsAt\":\"2027-03-12T10:00:00Z\"} {}"),
				arguments("empty", "body", ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedBodies")
	void refusesMalformedJson(String rule, String field, String body) {
		long before = StoredDocuments.count(this.mongo, EventDocument.COLLECTION, new Document("track", "Cloud"));
		editor().post()
			.uri("/api/events")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(fields.toString()).contains(field));
		assertThat(StoredDocuments.count(this.mongo, EventDocument.COLLECTION, new Document("track", "Cloud")))
			.isEqualTo(before);
	}

	@Test
	void acceptsAMinimalEventOnlineWithoutVenueImageOrLink() {
		Map<String, Object> body = EventFixtures.validEvent(EventFixtures.uniqueTag());
		body.remove("venue");
		body.remove("image");
		body.remove("registrationUrl");
		body.remove("organiser");
		body.remove("description");
		body.remove("tags");

		EventResponse event = new EventApi(this.http).create(body);

		assertThat(event.venue()).isNull();
		assertThat(event.description()).isNull();
		assertThat(event.tags()).isEmpty();
		assertThat(event.eventStatus()).isEqualTo(EventStatus.SCHEDULED);
	}

	@Test
	void refusesAnOversizedBodyWith413() {
		String marker = EventFixtures.uniqueTag();
		Map<String, Object> body = EventFixtures.validEvent(marker);
		body.put("description", "<p>" + "æ".repeat(600_000) + "</p>");

		editor().post()
			.uri("/api/events")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(storedWithTag(marker)).isZero();
	}

	@Test
	void acceptsTheLargestValidBodyAboveTheCodecDefault() {
		Map<String, Object> body = EventFixtures.validEvent(EventFixtures.uniqueTag());
		// 99 990 three-byte characters: about 300 KB, over Boot's 256 KB default, under
		// the 512 KB application.yml sets.
		body.put("description", "<p>" + "€".repeat(99_990) + "</p>");

		assertThat(new EventApi(this.http).create(body).description()).hasSize(99_997);
	}

	@Test
	void refusesOtherMediaTypesWith415() {
		editor().post()
			.uri("/api/events")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("Arrangement")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesAPublishTimeThatIsNotADateAndAnIfMatchThatIsNotAnETag() {
		for (Object notADate : List.of("i morgen", 1_804_838_400, "2027-03-12T09:00:00")) {
			editor().post()
				.uri("/api/events/{id}/publish", this.existingId)
				.bodyValue(Map.of("publishAt", notADate))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("publishAt");
		}
		editor().put()
			.uri("/api/events/{id}", this.existingId)
			.header(HttpHeaders.IF_MATCH, "tre")
			.bodyValue(EventFixtures.validEvent(this.tag))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("If-Match");
		assertThat(stored(this.existingId).get("version")).isEqualTo(1L);
	}

	@Test
	void createsTheIndexesItRelaysOn() {
		List<Document> indexes = this.mongo.getCollection(EventDocument.COLLECTION)
			.flatMapMany((collection) -> collection.listIndexes())
			.collectList()
			.block();
		assertThat(indexes).anySatisfy((index) -> {
			assertThat(index.get("key", Document.class)).containsKey("slug");
			assertThat(index.getBoolean("unique")).isTrue();
		});
	}

	private long storedWithTag(String marker) {
		return StoredDocuments.count(this.mongo, EventDocument.COLLECTION, new Document("tags", marker));
	}

	private Document stored(String id) {
		return StoredDocuments.find(this.mongo, EventDocument.COLLECTION, id);
	}

	private static Consumer<Map<String, Object>> remove(String field) {
		return (body) -> body.remove(field);
	}

	private static Consumer<Map<String, Object>> put(String field, Object value) {
		return (body) -> body.put(field, value);
	}

	private static Consumer<Map<String, Object>> times(String startsAt, String endsAt) {
		return (body) -> {
			body.put("startsAt", startsAt);
			body.put("endsAt", endsAt);
		};
	}

	@SuppressWarnings("unchecked")
	private static Consumer<Map<String, Object>> venue(String field, Object value) {
		return (body) -> ((Map<String, Object>) body.get("venue")).put(field, value);
	}

	@SuppressWarnings("unchecked")
	private static Consumer<Map<String, Object>> image(String field, Object value) {
		return (body) -> ((Map<String, Object>) body.get("image")).put(field, value);
	}

	/** The client as an editor: a bearer token with the write scope. */
	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.EVENTS_WRITE);
	}

}
