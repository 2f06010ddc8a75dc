package dk.newsroom.articles.article;

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
import tools.jackson.databind.json.JsonMapper;

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
class ArticleValidationIntegrationTest {

	@Autowired
	WebTestClient http;

	@Autowired
	JsonMapper json;

	@Autowired
	ReactiveMongoTemplate mongo;

	String existingId;

	@BeforeEach
	void createOne() {
		this.existingId = editor().post()
			.uri("/api/articles")
			.bodyValue(ArticleFixtures.validArticle("validering"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(ArticleResponse.class)
			.returnResult()
			.getResponseBody()
			.id();
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(arguments("headline missing", "headline", remove("headline")),
				arguments("headline blank", "headline", put("headline", "   ")),
				arguments("headline too long", "headline", put("headline", "x".repeat(201))),
				arguments("headline a number", "headline", put("headline", 42)),
				arguments("headline an object", "headline", put("headline", Map.of("da", "Overskrift"))),
				arguments("lead missing", "lead", remove("lead")),
				arguments("lead too long", "lead", put("lead", "x".repeat(601))),
				arguments("body missing", "body", remove("body")),
				arguments("body only a script", "body", put("body", "<script>alert('x')</script>")),
				arguments("section missing", "section", remove("section")),
				arguments("section too long", "section", put("section", "x".repeat(61))),
				arguments("image url javascript", "topImage.url", image("url", "javascript:alert(1)")),
				arguments("image url relative", "topImage.url", image("url", "/billeder/a.jpg")),
				arguments("image url data", "topImage.url", image("url", "data:image/png;base64,AAAA")),
				arguments("image url missing", "topImage.url", image("url", null)),
				arguments("image caption too long", "topImage.caption", image("caption", "x".repeat(301))),
				arguments("image a string", "topImage", put("topImage", "https://billeder.newsroom.dk/a.jpg")),
				arguments("too many authors", "authors", put("authors", Collections.nCopies(11, "Anne Holm"))),
				arguments("blank author", "authors[0]", put("authors", List.of(" "))),
				arguments("author a number", "authors[0]", put("authors", List.of(7))),
				arguments("authors a string", "authors", put("authors", "Anne Holm")),
				arguments("too many tags", "tags", put("tags", Collections.nCopies(21, "cloud"))),
				arguments("tag too long", "tags[0]", put("tags", List.of("x".repeat(51)))),
				arguments("tag with control character", "tags[0]", put("tags", List.of("cloud\u0000"))),
				arguments("language not a code", "language", put("language", "dansk")),
				arguments("source too long", "source", put("source", "x".repeat(101))),
				arguments("unknown field", "subtitle", put("subtitle", "Undertitel")),
				arguments("operator key", "$where", put("$where", "1 == 1")),
				arguments("dotted key", "topImage.url.x", put("topImage.url.x", "a")),
				arguments("nested unknown field", "topImage.owner", image("owner", "Anne")));
	}

	@ParameterizedTest(name = "create: {0}")
	@MethodSource("invalidFields")
	void refusesAnInvalidCreateNamingTheField(String rule, String field, Consumer<Map<String, Object>> spoil) {
		long before = count();
		Map<String, Object> body = ArticleFixtures.validArticle("validering");
		spoil.accept(body);

		editor().post()
			.uri("/api/articles")
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
		assertThat(count()).isEqualTo(before);
	}

	@ParameterizedTest(name = "update: {0}")
	@MethodSource("invalidFields")
	void refusesAnInvalidUpdateNamingTheFieldAndKeepsTheArticle(String rule, String field,
			Consumer<Map<String, Object>> spoil) {
		Map<String, Object> body = ArticleFixtures.validArticle("validering");
		spoil.accept(body);

		editor().put()
			.uri("/api/articles/{id}", this.existingId)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value((fields) -> assertThat(fields.toString()).contains(field));
		assertThat(StoredDocuments.find(this.mongo, ArticleDocument.COLLECTION, this.existingId).get("version"))
			.isEqualTo(1L);
	}

	static Stream<Arguments> malformedBodies() {
		return Stream.of(arguments("duplicate key", "headline",
				"{\"headline\":\"A\",\"headline\":\"B\",\"lead\":\"L\",\"body\":\"<p>x</p>\",\"section\":\"Cloud\"}"),
				arguments("not JSON", "body", "{\"headline\": "), arguments("an array", "body", "[]"),
				arguments("trailing tokens", "body",
						"{\"headline\":\"A\",\"lead\":\"L\",\"body\":\"<p>x</p>\",\"section\":\"Cloud\"} {}"),
				arguments("empty", "body", ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedBodies")
	void refusesMalformedJson(String rule, String field, String body) {
		long before = count();
		editor().post()
			.uri("/api/articles")
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
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void refusesAnOversizedBodyWith413() {
		long before = count();
		Map<String, Object> body = ArticleFixtures.validArticle("validering");
		body.put("body", "<p>" + "æ".repeat(600_000) + "</p>");

		editor().post()
			.uri("/api/articles")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void acceptsTheLargestValidBodyAboveTheCodecDefault() {
		Map<String, Object> body = ArticleFixtures.validArticle("validering");
		// 99 990 three-byte characters: about 300 KB, over Boot's 256 KB default, under
		// our 512 KB.
		body.put("body", "<p>" + "€".repeat(99_990) + "</p>");

		editor().post().uri("/api/articles").bodyValue(body).exchange().expectStatus().isCreated();
	}

	@Test
	void createsTheUniqueSlugIndexItRelaysOn() {
		List<org.bson.Document> indexes = this.mongo.getCollection(ArticleDocument.COLLECTION)
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
			.uri("/api/articles")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("Overskrift")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void refusesAPublishTimeThatIsNotADate() {
		editor().post()
			.uri("/api/articles/{id}/publish", this.existingId)
			.bodyValue(Map.of("publishAt", "i morgen"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("publishAt");
		editor().put()
			.uri("/api/articles/{id}", this.existingId)
			.header(HttpHeaders.IF_MATCH, "tre")
			.bodyValue(ArticleFixtures.validArticle("validering"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("If-Match");
	}

	private long count() {
		return StoredDocuments.count(this.mongo, ArticleDocument.COLLECTION);
	}

	private static Consumer<Map<String, Object>> remove(String field) {
		return (body) -> body.remove(field);
	}

	private static Consumer<Map<String, Object>> put(String field, Object value) {
		return (body) -> body.put(field, value);
	}

	@SuppressWarnings("unchecked")
	private static Consumer<Map<String, Object>> image(String field, Object value) {
		return (body) -> ((Map<String, Object>) body.get("topImage")).put(field, value);
	}

	/** The client as an editor: a bearer token with the write scope. */
	private WebTestClient editor() {
		return TestTokens.authorized(this.http, Scopes.ARTICLES_WRITE);
	}

}
