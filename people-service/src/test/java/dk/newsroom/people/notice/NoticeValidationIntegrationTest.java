package dk.newsroom.people.notice;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.StoredDocuments;
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

import static dk.newsroom.people.notice.NoticeFixtures.person;
import static dk.newsroom.people.notice.NoticeFixtures.photo;
import static dk.newsroom.people.notice.NoticeFixtures.validNotice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every validation rule answers 400 problem+json naming the field, and nothing is stored;
 * on create, update and preview alike.
 */
@NewsroomIntegrationTest
class NoticeValidationIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	ReactiveMongoTemplate mongo;

	String existingId;

	@BeforeEach
	void createOne() {
		this.existingId = editor().post()
			.uri("/api/people")
			.bodyValue(validNotice("validering"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(NoticeResponse.class)
			.returnResult()
			.getResponseBody()
			.id();
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(arguments("kind missing", "kind", remove("kind")),
				arguments("kind unknown", "kind", put("kind", "CEO")),
				arguments("kind in lower case", "kind", put("kind", "new_job")),
				arguments("kind a number", "kind", put("kind", 3)),
				arguments("person missing", "person", remove("person")),
				arguments("person a string", "person", put("person", "Mette Kjær Sørensen")),
				arguments("name missing", "person.name", inPerson("name", null)),
				arguments("name blank", "person.name", inPerson("name", "  ")),
				arguments("name too long", "person.name", inPerson("name", "x".repeat(121))),
				arguments("name with a line break", "person.name", inPerson("name", "Mette\nSørensen")),
				arguments("name a number", "person.name", inPerson("name", 42)),
				arguments("age negative", "person.age", inPerson("age", -1)),
				arguments("age impossible", "person.age", inPerson("age", 131)),
				arguments("age a string", "person.age", inPerson("age", "38")),
				arguments("age a fraction", "person.age", inPerson("age", 38.5)),
				arguments("pronoun missing", "person.pronoun", inPerson("pronoun", null)),
				arguments("pronoun two words", "person.pronoun", inPerson("pronoun", "han/hun")),
				arguments("pronoun too long", "person.pronoun", inPerson("pronoun", "x".repeat(21))),
				arguments("photo a string", "person.photo", inPerson("photo", "https://billeder.newsroom.dk/a.jpg")),
				arguments("photo url missing", "person.photo.url", inPhoto("url", null)),
				arguments("photo url javascript", "person.photo.url", inPhoto("url", "javascript:alert(1)")),
				arguments("photo url relative", "person.photo.url", inPhoto("url", "/billeder/a.jpg")),
				arguments("photo caption too long", "person.photo.caption", inPhoto("caption", "x".repeat(301))),
				arguments("photo credit too long", "person.photo.credit", inPhoto("credit", "x".repeat(201))),
				arguments("company missing", "company", remove("company")),
				arguments("company blank", "company", put("company", " ")),
				arguments("company too long", "company", put("company", "x".repeat(121))),
				arguments("title missing", "title", remove("title")),
				arguments("title too long", "title", put("title", "x".repeat(151))),
				arguments("effective date missing", "effectiveDate", remove("effectiveDate")),
				arguments("effective date in Danish", "effectiveDate", put("effectiveDate", "1. november 2025")),
				arguments("effective date impossible", "effectiveDate", put("effectiveDate", "2026-02-30")),
				arguments("effective date a number", "effectiveDate", put("effectiveDate", 20251101)),
				arguments("effective date with a time", "effectiveDate", put("effectiveDate", "2025-11-01T00:00:00Z")),
				arguments("too many focus areas", "focusAreas", put("focusAreas", Collections.nCopies(11, "cloud"))),
				arguments("blank focus area", "focusAreas[0]", put("focusAreas", List.of(" "))),
				arguments("focus area too long", "focusAreas[0]", put("focusAreas", List.of("x".repeat(201)))),
				arguments("focus areas a string", "focusAreas", put("focusAreas", "cloud")),
				arguments("previous title too long", "previousPosition.title",
						put("previousPosition", Map.of("title", "x".repeat(151)))),
				arguments("previous position a string", "previousPosition", put("previousPosition", "Fjordnet")),
				arguments("education too long", "education", put("education", "x".repeat(301))),
				arguments("experience too long", "earlierExperience", put("earlierExperience", "x".repeat(601))),
				arguments("experience a list", "earlierExperience", put("earlierExperience", List.of("salg"))),
				arguments("too many tags", "tags", put("tags", Collections.nCopies(21, "cloud"))),
				arguments("tag too long", "tags[0]", put("tags", List.of("x".repeat(51)))),
				arguments("tag with control character", "tags[0]", put("tags", List.of("cloud\u0000"))),
				arguments("unknown field", "headline", put("headline", "Ny chef")),
				arguments("label is not an input", "label", put("label", "Nyt job")),
				arguments("announcement is not an input", "announcement", put("announcement", "Tekst")),
				arguments("operator key", "$where", put("$where", "1 == 1")),
				arguments("dotted key", "person.name.x", put("person.name.x", "a")),
				arguments("nested unknown field", "person.email", inPerson("email", "mette@nordlys.dk")),
				arguments("unknown photo field", "person.photo.owner", inPhoto("owner", "Anne")));
	}

	@ParameterizedTest(name = "create: {0}")
	@MethodSource("invalidFields")
	void refusesAnInvalidCreateNamingTheField(String rule, String field, Consumer<Map<String, Object>> spoil) {
		long before = countLive();
		Map<String, Object> body = validNotice("validering");
		spoil.accept(body);

		editor().post()
			.uri("/api/people")
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
		assertThat(countLive()).isEqualTo(before);
	}

	@ParameterizedTest(name = "update: {0}")
	@MethodSource("invalidFields")
	void refusesAnInvalidUpdateNamingTheFieldAndKeepsTheNotice(String rule, String field,
			Consumer<Map<String, Object>> spoil) {
		Map<String, Object> body = validNotice("validering");
		spoil.accept(body);

		editor().put()
			.uri("/api/people/{id}", this.existingId)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(fields.toString()).contains(field));
		assertThat(StoredDocuments.find(this.mongo, NoticeDocument.COLLECTION, this.existingId).get("version"))
			.isEqualTo(1L);
	}

	@ParameterizedTest(name = "preview: {0}")
	@MethodSource("invalidFields")
	void refusesAnInvalidPreviewNamingTheField(String rule, String field, Consumer<Map<String, Object>> spoil) {
		Map<String, Object> body = validNotice("validering");
		spoil.accept(body);

		editor().post()
			.uri("/api/people/preview")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(fields.toString()).contains(field));
	}

	@Test
	void acceptsTheOptionalFieldsLeftOut() {
		Map<String, Object> body = validNotice("validering");
		for (String optional : List.of("focusAreas", "previousPosition", "education", "earlierExperience", "tags")) {
			body.remove(optional);
		}
		person(body).remove("age");
		person(body).remove("photo");

		NoticeResponse notice = editor().post()
			.uri("/api/people")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(NoticeResponse.class)
			.returnResult()
			.getResponseBody();

		assertThat(notice.announcement()).endsWith(" ansat Mette Kjær Sørensen som seniorrådgiver.");
		assertThat(notice.person().photo()).isNull();
		assertThat(notice.person().age()).isNull();
		assertThat(notice.focusAreas()).isEmpty();
		assertThat(notice.tags()).isEmpty();
		assertThat(notice.warnings()).isEmpty();
	}

	static Stream<Arguments> malformedBodies() {
		return Stream.of(arguments("duplicate key", "kind", "{\"kind\":\"NEW_JOB\",\"kind\":\"PROMOTION\"}"),
				arguments("not JSON", "body", "{\"kind\": "), arguments("an array", "body", "[]"),
				arguments("trailing tokens", "body", "{\"kind\":\"NEW_JOB\"} {}"), arguments("empty", "body", ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedBodies")
	void refusesMalformedJson(String rule, String field, String body) {
		long before = countLive();
		editor().post()
			.uri("/api/people")
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
		assertThat(countLive()).isEqualTo(before);
	}

	@Test
	void refusesAnOversizedBodyWith413() {
		long before = countLive();
		Map<String, Object> body = validNotice("validering");
		body.put("education", "æ".repeat(40_000));

		editor().post()
			.uri("/api/people")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(countLive()).isEqualTo(before);
	}

	@Test
	void acceptsTheLargestValidNotice() {
		Map<String, Object> body = validNotice("validering");
		person(body).put("name", "Ø".repeat(120));
		photo(body).put("url", "https://billeder.newsroom.dk/" + "a".repeat(1960));
		photo(body).put("caption", "Ø".repeat(300));
		photo(body).put("credit", "Ø".repeat(200));
		body.put("company", "Å".repeat(120));
		body.put("title", "Æ".repeat(150));
		body.put("focusAreas", Collections.nCopies(10, "€".repeat(200)));
		body.put("previousPosition", Map.of("title", "€".repeat(150), "company", "€".repeat(120)));
		body.put("education", "€".repeat(300));
		body.put("earlierExperience", "€".repeat(600));
		body.put("tags", java.util.stream.IntStream.range(0, 20).mapToObj((i) -> i + "€".repeat(48)).toList());

		editor().post().uri("/api/people").bodyValue(body).exchange().expectStatus().isCreated();
	}

	@Test
	void createsTheUniqueSlugIndexItReliesOn() {
		List<org.bson.Document> indexes = this.mongo.getCollection(NoticeDocument.COLLECTION)
			.flatMapMany((collection) -> collection.listIndexes())
			.collectList()
			.block();
		assertThat(indexes).anySatisfy((index) -> {
			assertThat(index.get("key", org.bson.Document.class)).containsKey("slug");
			assertThat(index.getBoolean("unique")).isTrue();
		});
	}

	@Test
	void refusesOtherMediaTypesWith415() {
		editor().post()
			.uri("/api/people")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("Nyt job")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesAPublishTimeThatIsNotADateAndAnIfMatchThatIsNoETag() {
		editor().post()
			.uri("/api/people/{id}/publish", this.existingId)
			.bodyValue(Map.of("publishAt", "i morgen"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("publishAt");
		editor().put()
			.uri("/api/people/{id}", this.existingId)
			.header(HttpHeaders.IF_MATCH, "tre")
			.bodyValue(validNotice("validering"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("If-Match");
	}

	private static Consumer<Map<String, Object>> remove(String field) {
		return (body) -> body.remove(field);
	}

	private static Consumer<Map<String, Object>> put(String field, Object value) {
		return (body) -> body.put(field, value);
	}

	private static Consumer<Map<String, Object>> inPerson(String field, Object value) {
		return (body) -> person(body).put(field, value);
	}

	private static Consumer<Map<String, Object>> inPhoto(String field, Object value) {
		return (body) -> photo(body).put(field, value);
	}

	/**
	 * Notices that exist; soft-deleted ones leave on their own once their tombstone is
	 * sent, so counting them would race with the relay.
	 */
	private long countLive() {
		return StoredDocuments.count(this.mongo, NoticeDocument.COLLECTION,
				new org.bson.Document("deleted", new org.bson.Document("$ne", true)));
	}

	/** The client as an editor: a bearer token with the write scope. */
	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.PEOPLE_WRITE);
	}

}
