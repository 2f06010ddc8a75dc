package dk.newsroom.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dk.newsroom.contracts.EventContract;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The REST semantics every content service shares under {@code /api/<collection>}: a
 * create answers a draft with its Location and ETag, drafts and scheduled resources stay
 * hidden from anonymous readers, writes need a current {@code If-Match}, withdraw and
 * delete, the list's bad parameters, and the publish body. Each service extends this with
 * {@code @NewsroomIntegrationTest}, its collection, its write scope and a valid body; its
 * own behaviour (slugs, times, announcements...) stays in its subclass.
 */
public abstract class ContentApiConformance {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ParameterizedTypeReference<Map<String, Object>> RESOURCE = new ParameterizedTypeReference<>() {
	};

	@Autowired
	protected WebTestClient http;

	/** E.g. {@code articles}: the resources live under {@code /api/<collection>}. */
	protected abstract String collection();

	/** E.g. {@code articles:write}. */
	protected abstract String writeScope();

	/** A valid create body whose {@code tags} contain {@code tag}; mutable. */
	protected abstract Map<String, Object> validBody(String tag);

	/** Changes a valid body into another valid one, e.g. a new headline. */
	protected abstract void change(Map<String, Object> body);

	/**
	 * Every optional field of a body, as paths into it ({@code venue},
	 * {@code person.photo}): {@link #validBody(String)} sets them all, and an edit may
	 * leave each out or send it as null.
	 */
	protected abstract List<String> optionalFields();

	/**
	 * What an anonymous reader gets by slug of a published resource, created from
	 * {@link #validBody(String)}: the service checks a few of its fields.
	 * @param draft the created draft as the create answered it
	 * @param readBySlug the published resource read anonymously by its slug
	 */
	protected abstract void expectPublished(Map<String, Object> draft, WebTestClient.BodyContentSpec readBySlug);

	/**
	 * List parameters the service refuses besides the shared ones: query, e.g.
	 * {@code kind=CEO}, to the parameter the problem names.
	 */
	protected Map<String, String> moreBadListParameters() {
		return Map.of();
	}

	@Test
	void createsADraftWithLocationAndETag() {
		EntityExchangeResult<Map<String, Object>> created = editor().post()
			.uri(path())
			.bodyValue(validBody(newTag()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(RESOURCE)
			.returnResult();

		Map<String, Object> draft = created.getResponseBody();
		assertThat(created.getStatus()).isEqualTo(HttpStatus.CREATED);
		assertThat(created.getResponseHeaders().getLocation()).hasToString(path() + "/" + draft.get("id"));
		assertThat(created.getResponseHeaders().getETag()).isEqualTo("\"1\"");
		assertThat(draft).containsEntry("status", "DRAFT").containsEntry("version", 1);
	}

	@Test
	void keepsDraftsAndScheduledOnesFromAnonymousReaders() {
		String tag = newTag();
		Map<String, Object> draft = created(validBody(tag));
		String id = (String) draft.get("id");
		String slug = (String) draft.get("slug");
		this.http.get().uri(path() + "/{id}", id).exchange().expectStatus().isNotFound();
		this.http.get().uri(path() + "/slug/{slug}", slug).exchange().expectStatus().isNotFound();

		published(id, Map.of("publishAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
		this.http.get().uri(path() + "/{id}", id).exchange().expectStatus().isNotFound();
		this.http.get()
			.uri(path() + "?tag={tag}", tag)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items")
			.isEmpty();

		Map<String, Object> published = published(id, Map.of());
		assertThat(published).containsEntry("status", "PUBLISHED").containsEntry("version", 3);
		WebTestClient.BodyContentSpec readBySlug = this.http.get()
			.uri(path() + "/slug/{slug}", slug)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"3\"")
			.expectBody();
		readBySlug.jsonPath("$.id").isEqualTo(id);
		expectPublished(draft, readBySlug);
	}

	/**
	 * The API documents say so: a read by id or slug names its version in {@code ETag},
	 * and the same {@code If-None-Match} gets a 304; a 404 is a problem with its
	 * {@code title}, {@code status} and {@code instance} (no {@code type}: about:blank).
	 */
	@Test
	void answersACurrentIfNoneMatchWith304AndAMissingItemWithAProblem() {
		Map<String, Object> draft = created(validBody(newTag()));
		String id = (String) draft.get("id");
		published(id, Map.of());
		for (String uri : List.of(path() + "/" + id, path() + "/slug/" + draft.get("slug"))) {
			this.http.get()
				.uri(uri)
				.header(HttpHeaders.IF_NONE_MATCH, "\"2\"")
				.exchange()
				.expectStatus()
				.isNotModified()
				.expectHeader()
				.valueEquals(HttpHeaders.ETAG, "\"2\"")
				.expectBody()
				.isEmpty();
			this.http.get()
				.uri(uri)
				.header(HttpHeaders.IF_NONE_MATCH, "\"1\"")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals(HttpHeaders.ETAG, "\"2\"");
		}
		this.http.get()
			.uri(path() + "/{id}", "000000000000000000000000")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Not Found")
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.instance")
			.isEqualTo(path() + "/000000000000000000000000");
	}

	@Test
	void refusesAStaleIfMatchWith412AndAMissingOneWith428() {
		String id = (String) created(validBody(newTag())).get("id");
		Map<String, Object> changed = validBody(newTag());
		change(changed);

		editor().put()
			.uri(path() + "/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, "\"2\"");
		editor().put()
			.uri(path() + "/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.currentVersion")
			.isEqualTo(2);
		editor().put()
			.uri(path() + "/{id}", id)
			.bodyValue(changed)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_REQUIRED)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("If-Match");
		editor().post()
			.uri(path() + "/{id}/publish", id)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED);
		editor().delete()
			.uri(path() + "/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED);
	}

	@Test
	void withdrawsAndDeletes() {
		String id = (String) created(validBody(newTag())).get("id");
		editor().post()
			.uri(path() + "/{id}/withdraw", id)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		published(id, Map.of());
		editor().post()
			.uri(path() + "/{id}/withdraw", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("WITHDRAWN");
		this.http.get().uri(path() + "/{id}", id).exchange().expectStatus().isNotFound();

		editor().delete()
			.uri(path() + "/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"2\"")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.PRECONDITION_FAILED);
		editor().delete().uri(path() + "/{id}", id).exchange().expectStatus().isNoContent();
		editor().delete().uri(path() + "/{id}", id).exchange().expectStatus().isNotFound();
		this.http.get().uri(path() + "/not-an-id").exchange().expectStatus().isNotFound();
	}

	@Test
	void refusesToListDraftsAnonymouslyAndNamesBadParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("status=DRAFT", "status");
		parameters.put("limit=101", "limit");
		parameters.put("limit=tyve", "limit");
		parameters.put("cursor=%%%", "cursor");
		parameters.putAll(moreBadListParameters());
		parameters.forEach((query, field) -> this.http.get()
			.uri(path() + "?" + query)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(field));
	}

	/**
	 * What the gateway forwards for {@code curl -X POST …/publish}: an empty body,
	 * streamed, without a Content-Type.
	 */
	@Test
	void publishesWithAnEmptyStreamedBodyWithoutContentTypeButRefusesANonJsonBody() {
		String draft = (String) created(validBody(newTag())).get("id");
		editor().post()
			.uri(path() + "/{id}/publish", draft)
			.body(BodyInserters.fromPublisher(Flux.<DataBuffer>empty(), DataBuffer.class))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("PUBLISHED");
		String other = (String) created(validBody(newTag())).get("id");
		editor().post()
			.uri(path() + "/{id}/publish", other)
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue("{\"publishAt\":\"2030-01-01T08:00:00Z\"}".getBytes(StandardCharsets.UTF_8))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		this.http.get().uri(path() + "/{id}", other).exchange().expectStatus().isNotFound();
	}

	/**
	 * A full update stores exactly what it answers: every optional field left out, or
	 * sent as null, is gone from the stored resource (GET and its ETag) and from the
	 * record of that version on the topic, and comes back when it is sent again.
	 */
	@Test
	void anEditThatClearsOptionalFieldsStoresAndPublishesExactlyWhatItAnswers() {
		Map<String, Object> full = validBody(newTag());
		String id = (String) created(full).get("id");

		expectStoredAndPublishedAsAnswered(id, 1, withoutOptionalFields(full, false), true);
		expectStoredAndPublishedAsAnswered(id, 2, full, false);
		expectStoredAndPublishedAsAnswered(id, 3, withoutOptionalFields(full, true), true);
	}

	private void expectStoredAndPublishedAsAnswered(String id, long ifMatch, Map<String, Object> body,
			boolean cleared) {
		String version = "\"" + (ifMatch + 1) + "\"";
		byte[] answered = editor().put()
			.uri(path() + "/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"" + ifMatch + "\"")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, version)
			.expectBody()
			.returnResult()
			.getResponseBodyContent();
		JsonNode answer = JSON.readTree(answered);
		for (String field : optionalFields()) {
			JsonNode value = answer.at("/" + field.replace('.', '/'));
			assertThat(value.isMissingNode() || value.isNull() || (value.isContainer() && value.isEmpty()))
				.as("%s of the answer %s", field, answer)
				.isEqualTo(cleared);
		}
		byte[] read = editor().get()
			.uri(path() + "/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, version)
			.expectBody()
			.returnResult()
			.getResponseBodyContent();
		assertThat(JSON.readTree(read)).as("the stored resource").isEqualTo(answer);
		String topic = "newsroom." + collection() + ".v1";
		String published = await().atMost(Duration.ofSeconds(30))
			.until(() -> TopicSnapshot.read(topic, id)
				.stream()
				.filter((record) -> String.valueOf(ifMatch + 1)
					.equals(TopicSnapshot.header(record, "ce_" + EventContract.ENTITY_VERSION_EXTENSION)))
				.map(TopicSnapshot::value)
				.findFirst()
				.orElse(null), Objects::nonNull);
		assertThat(JSON.readTree(published)).as("the record of version %s", version).isEqualTo(answer);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> withoutOptionalFields(Map<String, Object> body, boolean asNull) {
		Map<String, Object> copy = (Map<String, Object>) JSON.convertValue(body, Map.class);
		for (String field : optionalFields()) {
			Map<String, Object> parent = copy;
			String[] path = field.split("\\.");
			for (int i = 0; i < path.length - 1 && parent != null; i++) {
				parent = (Map<String, Object>) parent.get(path[i]);
			}
			if (parent != null) {
				if (asNull) {
					parent.put(path[path.length - 1], null);
				}
				else {
					parent.remove(path[path.length - 1]);
				}
			}
		}
		return copy;
	}

	/** Created as an editor: the draft as the create answered it. */
	protected Map<String, Object> created(Map<String, Object> body) {
		return editor().post()
			.uri(path())
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(RESOURCE)
			.returnResult()
			.getResponseBody();
	}

	/** Published as an editor, now or at the body's {@code publishAt}. */
	protected Map<String, Object> published(String id, Map<String, Object> body) {
		return editor().post()
			.uri(path() + "/{id}/publish", id)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(RESOURCE)
			.returnResult()
			.getResponseBody();
	}

	/** The client as an editor: a bearer token with the write scope. */
	protected WebTestClient editor() {
		return TestTokens.authorized(this.http, writeScope());
	}

	private String path() {
		return "/api/" + collection();
	}

	protected static String newTag() {
		return "api-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
