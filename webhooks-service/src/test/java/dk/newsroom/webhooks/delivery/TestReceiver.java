package dk.newsroom.webhooks.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A real HTTP receiver on localhost (Reactor Netty, the server under WebFlux): records
 * every request and answers as the test says, e.g. 500 five times and then 200.
 */
final class TestReceiver implements AutoCloseable {

	/** One request as received, and the status it was answered with. */
	record Received(Map<String, String> headers, String body, int status) {

		String header(String name) {
			return this.headers.get(name.toLowerCase());
		}

	}

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger count = new AtomicInteger();

	private final DisposableServer server;

	/**
	 * @param answer the status for the n-th request (0-based)
	 * @param delay how long to wait before answering
	 */
	TestReceiver(IntFunction<Integer> answer, Duration delay) {
		this.server = HttpServer.create()
			.host("localhost")
			.port(0)
			.route((routes) -> routes.post("/**",
					(request, response) -> request.receive()
						.aggregate()
						.asString(StandardCharsets.UTF_8)
						.defaultIfEmpty("")
						.flatMap((body) -> {
							int status = answer.apply(this.count.getAndIncrement());
							Map<String, String> headers = request.requestHeaders()
								.entries()
								.stream()
								.collect(Collectors.toMap((entry) -> entry.getKey().toLowerCase(), Map.Entry::getValue,
										(a, b) -> a + "," + b));
							return Mono.delay(delay).then(Mono.fromRunnable(() -> {
								this.received.add(new Received(headers, body, status));
							})).then(response.status(status).sendString(Mono.just("ok " + status)).then());
						})))
			.bindNow();
	}

	static TestReceiver answering(int status) {
		return new TestReceiver((n) -> status, Duration.ZERO);
	}

	String url() {
		return "http://localhost:" + this.server.port() + "/hooks/newsroom";
	}

	List<Received> received() {
		return List.copyOf(this.received);
	}

	List<Received> succeeded() {
		return this.received.stream().filter((r) -> r.status() >= 200 && r.status() < 300).toList();
	}

	int requests() {
		return this.count.get();
	}

	@Override
	public void close() {
		this.server.disposeNow(Duration.ofSeconds(5));
	}

}
