package dk.newsroom.localstack.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for a service's create and publish endpoints, on the JDK's HTTP server:
 * records what it receives and answers like the real service, or fails on demand.
 */
final class FakeContentService implements AutoCloseable {

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final AtomicInteger ids = new AtomicInteger();

	private volatile int publishStatus = 200;

	FakeContentService() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/api/", this::handle);
		this.server.start();
	}

	URI baseUrl() {
		return URI.create("http://localhost:" + this.server.getAddress().getPort());
	}

	List<Request> requests() {
		return List.copyOf(this.requests);
	}

	void failPublishingWith(int status) {
		this.publishStatus = status;
	}

	private void handle(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		String path = exchange.getRequestURI().getPath();
		this.requests
			.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Content-Type"),
					exchange.getRequestHeaders().getFirst("Authorization"), body));
		if (path.endsWith("/publish")) {
			respond(exchange, this.publishStatus, (this.publishStatus == 200) ? "{}"
					: "{\"title\":\"Bad Request\",\"detail\":\"publishAt is invalid\"}");
		}
		else {
			respond(exchange, 201, "{\"id\":\"id-" + this.ids.incrementAndGet() + "\",\"status\":\"DRAFT\"}");
		}
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	record Request(String method, String path, String contentType, String authorization, String body) {

	}

}
