package dk.newsroom.testsupport.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Sends hostile requests to one write endpoint and checks each answer: a 4xx (the exact
 * status where the case says), {@code application/problem+json}, the case's field named
 * in {@code errors[].field}, and the observed state (e.g. a count of resources with the
 * test's tag and the target's version) unchanged after it. Collects every failure, so one
 * run reports them all.
 */
public final class HostileRun {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private static final int PARALLELISM = 4;

	private HostileRun() {
	}

	/**
	 * @param client a client that may write (a valid token)
	 * @param headers more headers, e.g. {@code If-Match}
	 * @param state what must not change; read before and after each case
	 * @return one line per failed case; empty when the endpoint refused them all properly
	 */
	public static List<String> send(WebTestClient client, HttpMethod method, String uri, Consumer<HttpHeaders> headers,
			List<HostileRequest> cases, Supplier<Object> state) {
		Object before = state.get();
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		ExecutorService executor = Executors.newFixedThreadPool(PARALLELISM);
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (HostileRequest hostile : cases) {
				sent.add(executor.submit(() -> check(client, method, uri, headers, hostile, failures)));
			}
			for (Future<?> future : sent) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		finally {
			executor.shutdownNow();
		}
		Object after = state.get();
		if (!Objects.equals(before, after)) {
			failures.add(method + " " + uri + ": the state changed from " + before + " to " + after);
		}
		return failures;
	}

	private static void check(WebTestClient client, HttpMethod method, String uri, Consumer<HttpHeaders> headers,
			HostileRequest hostile, List<String> failures) {
		String where = method + " " + uri + " [" + hostile.name() + "]: ";
		try {
			EntityExchangeResult<byte[]> result = client.method(method)
				.uri(uri)
				.headers(headers)
				.contentType(hostile.contentType())
				.bodyValue(hostile.body())
				.exchange()
				.expectBody(byte[].class)
				.returnResult();
			int status = result.getStatus().value();
			if (status < 400 || status > 499 || (hostile.status() != 0 && status != hostile.status())) {
				failures.add(where + "status " + status
						+ ((hostile.status() != 0) ? ", expected " + hostile.status() : ", expected a 4xx") + " "
						+ text(result.getResponseBody()));
				return;
			}
			MediaType type = result.getResponseHeaders().getContentType();
			if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type)) {
				failures.add(where + "Content-Type " + type + ", expected application/problem+json");
				return;
			}
			if (hostile.fieldLevel()) {
				List<String> fields = fields(result.getResponseBody());
				if (!hostile.namedIn(fields)) {
					failures.add(where + "errors name " + fields + ", expected " + hostile.field() + " "
							+ text(result.getResponseBody()));
				}
			}
		}
		catch (RuntimeException | AssertionError ex) {
			failures.add(where + ex);
		}
	}

	private static List<String> fields(byte[] body) {
		List<String> fields = new ArrayList<>();
		JsonNode errors = mapper.readTree(body).path("errors");
		for (JsonNode error : errors) {
			fields.add(error.path("field").asString());
		}
		return fields;
	}

	private static String text(byte[] body) {
		if (body == null) {
			return "(no body)";
		}
		String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
		return (text.length() > 300) ? text.substring(0, 300) + "…" : text;
	}

}
