package dk.newsroom.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Creates and publishes content through the REST API every service offers:
 * {@code POST /api/<collection>} and {@code POST /api/<collection>/{id}/publish}, each
 * with a bearer token.
 */
public final class ContentApi {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private final HttpClient http;

	private final Supplier<String> bearerToken;

	/**
	 * @param http the client
	 * @param bearerToken a token allowed to write, asked for before each request (the
	 * services refuse anonymous writes)
	 */
	public ContentApi(HttpClient http, Supplier<String> bearerToken) {
		this.http = http;
		this.bearerToken = bearerToken;
	}

	/**
	 * @return the id the service gave the new resource
	 */
	public String create(URI base, String collection, JsonNode content) throws InterruptedException {
		URI uri = base.resolve("/api/" + collection);
		HttpResponse<String> response = post(uri, DemoCatalog.JSON.writeValueAsString(content));
		if (response.statusCode() != 201) {
			throw failed("POST " + uri, response);
		}
		try {
			JsonNode id = DemoCatalog.JSON.readTree(response.body()).path("id");
			if (id.isString() && !id.stringValue().isEmpty()) {
				return id.stringValue();
			}
		}
		catch (JacksonException ex) {
			// reported below
		}
		throw new DemoLoadException("POST " + uri + " answered 201 without an id: " + response.body());
	}

	public void publish(URI base, String collection, String id, Instant at) throws InterruptedException {
		URI uri = base.resolve("/api/" + collection + "/" + id + "/publish");
		HttpResponse<String> response = post(uri, "{\"publishAt\":\"" + at + "\"}");
		if (response.statusCode() != 200) {
			throw failed("POST " + uri, response);
		}
	}

	private HttpResponse<String> post(URI uri, String json) throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + this.bearerToken.get())
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new DemoLoadException("POST " + uri + " failed: " + ex, ex);
		}
	}

	private static DemoLoadException failed(String call, HttpResponse<String> response) {
		return new DemoLoadException(call + " answered " + response.statusCode() + ": " + response.body());
	}

}
