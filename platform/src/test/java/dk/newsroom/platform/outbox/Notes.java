package dk.newsroom.platform.outbox;

import java.util.Date;
import java.util.Map;
import java.util.function.Consumer;

import dk.newsroom.testsupport.StoredDocuments;
import dk.newsroom.testsupport.TestTokens;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The outbox tests' steps on {@link OutboxTestApplication}: writes through its API as an
 * editor, and the stored documents and shard leases as the database holds them.
 */
final class Notes {

	static final String TOPIC = "newsroom.notes.v1";

	static final String LEASES = Note.COLLECTION + ".outboxShards";

	private Notes() {
	}

	/** The client as an editor: a bearer token with the write scope. */
	static WebTestClient editor(WebTestClient http) {
		return TestTokens.authorized(http, OutboxTestApplication.WRITE_SCOPE);
	}

	static Note create(WebTestClient http, String text) {
		return create(http, text, (headers) -> {
		});
	}

	static Note create(WebTestClient http, String text, Consumer<HttpHeaders> headers) {
		return editor(http).post()
			.uri("/api/notes")
			.headers(headers)
			.bodyValue(Map.of("text", text))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Note.class)
			.returnResult()
			.getResponseBody();
	}

	static Note update(WebTestClient http, String id, long ifMatch, String text) {
		return editor(http).put()
			.uri("/api/notes/{id}", id)
			.header(HttpHeaders.IF_MATCH, "\"" + ifMatch + "\"")
			.bodyValue(Map.of("text", text))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Note.class)
			.returnResult()
			.getResponseBody();
	}

	static void delete(WebTestClient http, String id) {
		editor(http).delete().uri("/api/notes/{id}", id).exchange().expectStatus().isNoContent();
	}

	/** The note's document as stored (outbox fields included), or null. */
	static Document stored(ReactiveMongoTemplate mongo, String id) {
		return StoredDocuments.find(mongo, Note.COLLECTION, id);
	}

	/**
	 * Lets every shard lease run out, e.g. those of a relay given up on, or of other
	 * tests.
	 */
	static void freeTheShards(ReactiveMongoTemplate mongo) {
		mongo.getCollection(LEASES)
			.flatMap((leases) -> Mono
				.from(leases.updateMany(new Document(), new Document("$set", new Document("until", new Date(0))))))
			.block();
	}

}
