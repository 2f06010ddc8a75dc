package dk.newsroom.events.event;

import java.util.List;
import java.util.Map;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The calls the tests make over and over, each asserting that it succeeded.
 */
public final class EventApi {

	private final WebTestClient http;

	private final WebTestClient editor;

	public EventApi(WebTestClient http) {
		this.http = http;
		this.editor = TestTokens.authorized(http, Scopes.EVENTS_WRITE);
	}

	public EntityExchangeResult<EventResponse> createResult(Map<String, Object> body) {
		return this.editor.post()
			.uri("/api/events")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(EventResponse.class)
			.returnResult();
	}

	public EventResponse create(Map<String, Object> body) {
		return createResult(body).getResponseBody();
	}

	public EventResponse publish(String id) {
		return publish(id, Map.of());
	}

	public EventResponse publish(String id, Map<String, Object> body) {
		return this.editor.post()
			.uri("/api/events/{id}/publish", id)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(EventResponse.class)
			.returnResult()
			.getResponseBody();
	}

	/** Created and published now. */
	public EventResponse published(Map<String, Object> body) {
		return publish(create(body).id());
	}

	public EventResponse update(EventResponse current, Map<String, Object> body) {
		return this.editor.put()
			.uri("/api/events/{id}", current.id())
			.header(HttpHeaders.IF_MATCH, "\"" + current.version() + "\"")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(EventResponse.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * @param uri a URI template; pass values with {@code +}, spaces or non-ASCII letters
	 * as variables, so they are encoded
	 */
	public ListPage list(String uri, Object... variables) {
		return this.http.get()
			.uri(uri, variables)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ListPage.class)
			.returnResult()
			.getResponseBody();
	}

	public record ListPage(List<EventResponse> items, String next) {

		public List<String> ids() {
			return this.items.stream().map(EventResponse::id).toList();
		}

	}

}
