package dk.newsroom.testsupport;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every validation rule answers 400 problem+json naming the field, and nothing is stored;
 * on create and on update alike. URLs in content are absolute http(s) only, and rich text
 * keeps nothing active, in what is returned and what is stored. Each content service
 * extends this with {@code @NewsroomIntegrationTest} and lists its own rules in
 * {@link #ownInvalidFields()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ContentValidationConformance {

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

	private static final ParameterizedTypeReference<Map<String, Object>> RESOURCE = new ParameterizedTypeReference<>() {
	};

	@Autowired
	protected WebTestClient http;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected ReactiveMongoTemplate mongo;

	/** An existing draft at version 1, for the updates. */
	protected String existingId;

	/** E.g. {@code articles}: the resources live under {@code /api/<collection>}. */
	protected abstract String collection();

	/** E.g. {@code articles:write}. */
	protected abstract String writeScope();

	/** The MongoDB collection of the resources. */
	protected abstract String storedCollection();

	/**
	 * A valid create body whose {@code tags} contain {@code tag}; mutable all the way
	 * down. Its first field is the one a duplicate key repeats.
	 */
	protected abstract Map<String, Object> validBody(String tag);

	/**
	 * The service's own rules, besides the shared ones on tags and keys: the rule, the
	 * field the problem names, and how it spoils a valid body.
	 */
	protected abstract Stream<Arguments> ownInvalidFields();

	/** Makes a valid body larger than the service's request-body limit. */
	protected abstract void oversize(Map<String, Object> body);

	/** The dotted paths of the body's URLs, e.g. {@code topImage.url}. */
	protected abstract List<String> urlFields();

	/** The sanitised rich-text fields of the body, e.g. {@code body}; may be none. */
	protected abstract List<String> richTextFields();

	/**
	 * Where a create body is validated: the create, and e.g. a preview that stores
	 * nothing.
	 */
	protected List<String> createBodyEndpoints() {
		return List.of(path());
	}

	@BeforeEach
	void createOne() {
		this.existingId = (String) editor().post()
			.uri(path())
			.bodyValue(validBody(newTag()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(RESOURCE)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	/** The service's rules and those every content type shares. */
	protected Stream<Arguments> invalidFields() {
		return Stream.concat(ownInvalidFields(),
				Stream.of(arguments("too many tags", "tags", put("tags", Collections.nCopies(21, "cloud"))),
						arguments("tag too long", "tags[0]", put("tags", List.of("x".repeat(51)))),
						arguments("tag with control character", "tags[0]", put("tags", List.of("cloud\u0000"))),
						arguments("operator key", "$where", put("$where", "1 == 1"))));
	}

	@ParameterizedTest(name = "create: {0}")
	@MethodSource("invalidFields")
	void refusesAnInvalidCreateNamingTheField(String rule, String field, Consumer<Map<String, Object>> spoil) {
		long before = countLive();
		String marker = newTag();
		Map<String, Object> body = validBody(marker);
		spoil.accept(body);

		expectProblemNaming(editor().post().uri(path()).bodyValue(body).exchange(), field).jsonPath("$.status")
			.isEqualTo(400);
		assertThat(countLive()).isEqualTo(before);
		assertThat(storedWithTag(marker)).isZero();
	}

	@ParameterizedTest(name = "update: {0}")
	@MethodSource("invalidFields")
	void refusesAnInvalidUpdateNamingTheFieldAndKeepsTheResource(String rule, String field,
			Consumer<Map<String, Object>> spoil) {
		Map<String, Object> body = validBody(newTag());
		spoil.accept(body);

		expectProblemNaming(editor().put()
			.uri(path() + "/{id}", this.existingId)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(body)
			.exchange(), field);
		assertThat(storedVersion()).isEqualTo(1L);
	}

	/**
	 * Bodies a strict JSON reader refuses, built from a valid body: the field a problem
	 * names ({@code body} when the JSON as a whole is wrong) and the text.
	 */
	Stream<Arguments> malformedBodies() {
		String valid = this.json.writeValueAsString(validBody(newTag()));
		Map.Entry<String, Object> first = validBody(newTag()).entrySet().iterator().next();
		String duplicate = "{" + this.json.writeValueAsString(first.getKey()) + ":"
				+ this.json.writeValueAsString(first.getValue()) + "," + valid.substring(1);
		return Stream.of(arguments("duplicate key", first.getKey(), duplicate),
				arguments("not JSON", "body", "{\"" + first.getKey() + "\": "), arguments("an array", "body", "[]"),
				arguments("trailing tokens", "body", valid + " {}"), arguments("empty", "body", ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedBodies")
	void refusesMalformedJson(String rule, String field, String body) {
		long before = countLive();
		expectProblemNaming(
				editor().post().uri(path()).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), field);
		assertThat(countLive()).isEqualTo(before);
	}

	@Test
	void refusesAnOversizedBodyWith413() {
		long before = countLive();
		String marker = newTag();
		Map<String, Object> body = validBody(marker);
		oversize(body);

		editor().post()
			.uri(path())
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(countLive()).isEqualTo(before);
		assertThat(storedWithTag(marker)).isZero();
	}

	@Test
	void refusesOtherMediaTypesWith415() {
		editor().post()
			.uri(path())
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("Overskrift")
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
				.uri(path() + "/{id}/publish", this.existingId)
				.bodyValue(Map.of("publishAt", notADate))
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("publishAt");
		}
		editor().put()
			.uri(path() + "/{id}", this.existingId)
			.header(HttpHeaders.IF_MATCH, "tre")
			.bodyValue(validBody(newTag()))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("If-Match");
		assertThat(storedVersion()).isEqualTo(1L);
	}

	@Test
	void createsTheUniqueSlugIndexItReliesOn() {
		List<Document> indexes = this.mongo.getCollection(storedCollection())
			.flatMapMany((collection) -> collection.listIndexes())
			.collectList()
			.block();
		assertThat(indexes).anySatisfy((index) -> {
			assertThat(index.get("key", Document.class)).containsKey("slug");
			assertThat(index.getBoolean("unique")).isTrue();
		});
	}

	Stream<String> urls() {
		return HostileUrls.all().stream();
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("urls")
	void everyUrlMustBeAnAbsoluteHttpUrl(String url) {
		for (String field : urlFields()) {
			String tag = newTag();
			Map<String, Object> body = validBody(tag);
			putAt(body, field, url);
			for (String endpoint : createBodyEndpoints()) {
				expectProblemNaming(editor().post().uri(endpoint).bodyValue(body).exchange(), field);
			}
			assertThat(storedWithTag(tag)).isZero();
		}
	}

	Stream<String> richText() {
		return richTextFields().stream();
	}

	@ParameterizedTest(name = "{0}", allowZeroInvocations = true)
	@MethodSource("richText")
	void richTextKeepsNewsMarkupAndLosesEveryPayload(String field) {
		String allowed = "<p>Se <strong>her</strong> og <a href=\"https://newsroom.dk/a\">kilden</a>.</p>";
		Map<String, Object> body = validBody(newTag());
		body.put(field, allowed + String.join("", PAYLOADS));
		Map<String, Object> created = editor().post()
			.uri(path())
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(RESOURCE)
			.returnResult()
			.getResponseBody();
		String stored = StoredDocuments.find(this.mongo, storedCollection(), (String) created.get("id"))
			.getString(field);
		for (String html : List.of((String) created.get(field), stored)) {
			assertThat(html).contains("<strong>her</strong>", "href=\"https://newsroom.dk/a\"", "rel=\"nofollow\"");
			String lower = html.toLowerCase(Locale.ROOT);
			assertThat(DANGEROUS).allSatisfy((danger) -> assertThat(lower).doesNotContain(danger));
		}
	}

	@ParameterizedTest(name = "{0}", allowZeroInvocations = true)
	@MethodSource("richText")
	void richTextOfPayloadsAloneHasNothingLeftAndIsRefused(String field) {
		Map<String, Object> body = validBody(newTag());
		body.put(field, "<script>alert(1)</script><iframe src=\"https://evil.example\"></iframe><style>x</style>");
		editor().post()
			.uri(path())
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field);
	}

	/**
	 * A 400 problem+json whose errors name the field, among others perhaps.
	 */
	protected static WebTestClient.BodyContentSpec expectProblemNaming(WebTestClient.ResponseSpec response,
			String field) {
		return response.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(fields.toString()).contains(field));
	}

	/** The client as an editor: a bearer token with the write scope. */
	protected WebTestClient editor() {
		return TestTokens.authorized(this.http, writeScope());
	}

	/**
	 * Resources that exist; soft-deleted ones leave on their own once their tombstone is
	 * sent, so counting them would race with the relay.
	 */
	protected long countLive() {
		return StoredDocuments.count(this.mongo, storedCollection(),
				new Document("deleted", new Document("$ne", true)));
	}

	/** Stored resources, soft-deleted ones included, whose tags contain the marker. */
	protected long storedWithTag(String marker) {
		return StoredDocuments.count(this.mongo, storedCollection(), new Document("tags", marker));
	}

	/** The stored version of {@link #existingId}. */
	protected Object storedVersion() {
		return StoredDocuments.find(this.mongo, storedCollection(), this.existingId).get("version");
	}

	protected static Consumer<Map<String, Object>> remove(String field) {
		return (body) -> body.remove(field);
	}

	/** Sets a top-level key, dots and all. */
	protected static Consumer<Map<String, Object>> put(String field, Object value) {
		return (body) -> body.put(field, value);
	}

	/** Sets the value at a dotted path of nested objects, e.g. {@code topImage.url}. */
	@SuppressWarnings("unchecked")
	protected static void putAt(Map<String, Object> body, String path, Object value) {
		String[] keys = path.split("\\.");
		Map<String, Object> object = body;
		for (int i = 0; i < keys.length - 1; i++) {
			object = (Map<String, Object>) object.get(keys[i]);
		}
		object.put(keys[keys.length - 1], value);
	}

	protected static String newTag() {
		return "validering-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private String path() {
		return "/api/" + collection();
	}

}
