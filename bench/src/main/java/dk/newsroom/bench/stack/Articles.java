package dk.newsroom.bench.stack;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes articles the way an editor does: {@code POST /api/articles} (a draft), then
 * {@code POST /api/articles/{id}/publish}, with a token that has {@code articles:write}.
 * Every article the load script writes has the section {@value #SECTION} and the tag
 * {@value #TAG}, so it can be told from real content; it stays in the stack's data.
 */
public final class Articles {

	public static final String SECTION = "Belastningstest";

	public static final String TAG = "load-test";

	private final HttpClient client;

	private final JsonMapper json;

	/**
	 * @param base a client whose base URL is the gateway or articles-service
	 * @param writer a token with {@code articles:write}
	 */
	public Articles(HttpClient base, DevTokens.Token writer, JsonMapper json) {
		this.client = base.headers((headers) -> headers.set(HttpHeaderNames.AUTHORIZATION, writer.header()));
		this.json = json;
	}

	/** Creates a draft; its id. */
	public Mono<String> create(String run, int number) {
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("headline", "Belastningstest " + run + " nr. " + number + ": kommunerne samler it-driften");
		article.put("lead", "Fem østjyske kommuner vil spare 12 millioner kroner om året på en fælles drift.");
		article.put("body",
				"<p>Aftalen blev underskrevet i går.</p>"
						+ "<p>Datacenteret står klar i marts, og de første systemer flyttes i løbet af foråret.</p>"
						+ "<p>Det skriver load-scriptet, der måler platformen.</p>");
		article.put("section", SECTION);
		article.put("authors", List.of("Load Script"));
		article.put("tags", List.of(TAG));
		String body = this.json.writeValueAsString(article);
		return this.client.headers((headers) -> headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json"))
			.post()
			.uri("/api/articles")
			.send((request, out) -> out.sendString(Mono.just(body), StandardCharsets.UTF_8))
			.responseSingle((response, content) -> content.asString(StandardCharsets.UTF_8)
				.defaultIfEmpty("")
				.flatMap((text) -> (response.status().code() == 201)
						? Mono.just(this.json.readTree(text).path("id").asString()) : Mono.error(
								new IllegalStateException("POST /api/articles: " + response.status() + " " + text))));
	}

	/** Publishes now; completes when the answer (200) has come. */
	public Mono<Void> publish(String id) {
		return this.client.headers((headers) -> headers.set(HttpHeaderNames.CONTENT_LENGTH, 0))
			.post()
			.uri("/api/articles/" + id + "/publish")
			.responseSingle((response, content) -> content.asString(StandardCharsets.UTF_8)
				.defaultIfEmpty("")
				.flatMap((text) -> (response.status().code() == 200) ? Mono.<Void>empty()
						: Mono.error(new IllegalStateException(
								"POST /api/articles/" + id + "/publish: " + response.status() + " " + text))));
	}

}
