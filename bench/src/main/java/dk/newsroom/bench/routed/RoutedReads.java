package dk.newsroom.bench.routed;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import dk.newsroom.bench.Latency;
import dk.newsroom.bench.StatusCounts;
import dk.newsroom.bench.stack.Http;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.HdrHistogram.ConcurrentHistogram;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Closed-loop readers: each sends a request, reads the whole answer, records its latency
 * (HdrHistogram, microseconds) and sends the next, until the run's time is up. Four runs:
 * the list {@code /api/articles?limit=20} and one published article, each through the
 * gateway and straight at articles-service. The readers are anonymous, as readers are,
 * each from its own loopback address ({@code 127.0.<run>.<reader>}; Linux routes all of
 * 127/8 to the stack), so at the gateway each has its own address budget of the rate
 * limit (300 at once, then 5 a second), as 64 readers on 64 machines would. 429s are
 * counted apart.
 */
public final class RoutedReads {

	static final String LIST = "/api/articles?limit=20";

	private final URI gateway;

	private final URI articles;

	private final LoopResources loops;

	private final JsonMapper json;

	private final Consumer<String> progress;

	public RoutedReads(URI gateway, URI articles, LoopResources loops, JsonMapper json, Consumer<String> progress) {
		this.gateway = gateway;
		this.articles = articles;
		this.loops = loops;
		this.json = json;
		this.progress = progress;
	}

	public RoutedResult run(int readers, Duration duration) {
		String itemId = publishedArticle();
		String item = "/api/articles/" + itemId;
		List<RoutedRun> runs = new ArrayList<>();
		List<RoutedResult.Comparison> comparisons = new ArrayList<>();
		int subnet = 200;
		for (String path : List.of(LIST, item)) {
			RoutedRun viaGateway = run("gateway", this.gateway, path, subnet++,
					"one client address per reader (newsroom.rate-limit.capacity: 300 at once, then 5 a second, "
							+ "by default)",
					readers, duration);
			RoutedRun direct = run("direct", this.articles, path, subnet++, "none (articles-service has no rate limit)",
					readers, duration);
			runs.add(viaGateway);
			runs.add(direct);
			comparisons.add(new RoutedResult.Comparison(path,
					ratio(viaGateway.requestsPerSecond(), direct.requestsPerSecond()),
					ratio(viaGateway.okPerSecond(), direct.okPerSecond()), viaGateway.okShare(), direct.okShare()));
		}
		return new RoutedResult(readers, duration.toMillis() / 1000.0, itemId, runs, comparisons);
	}

	/** The newest article on the feed (anonymous, as a reader asks). */
	private String publishedArticle() {
		ConnectionProvider provider = ConnectionProvider.newConnection();
		try {
			String page = Http.client(this.gateway, this.loops, provider)
				.get()
				.uri("/api/feed?type=article&limit=1")
				.responseSingle(
						(response, body) -> body.asString(StandardCharsets.UTF_8)
							.defaultIfEmpty("")
							.flatMap((text) -> (response.status().code() == 200) ? Mono.just(text)
									: Mono.error(new IllegalStateException("GET /api/feed?type=article&limit=1: "
											+ response.status() + " (Retry-After "
											+ response.responseHeaders().get("Retry-After") + ") " + text))))
				.block();
			JsonNode items = this.json.readTree(page).path("items");
			if (items.isEmpty()) {
				throw new IllegalStateException("the feed has no article to read; publish one (or load the demo)");
			}
			return items.get(0).path("id").asString();
		}
		finally {
			provider.dispose();
		}
	}

	private RoutedRun run(String target, URI base, String path, int subnet, String budget, int readers,
			Duration duration) {
		this.progress.accept("routed: " + readers + " readers, " + duration.toSeconds() + " s, " + target + " " + path);
		List<ConnectionProvider> pools = new ArrayList<>();
		List<HttpClient> clients = new ArrayList<>();
		for (int reader = 0; reader < readers; reader++) {
			ConnectionProvider pool = Http.pool("routed-" + target + "-" + reader, 1);
			InetSocketAddress local = new InetSocketAddress("127.0." + subnet + "." + (2 + reader % 250), 0);
			pools.add(pool);
			clients.add(Http.client(base, this.loops, pool).bindAddress(() -> local));
		}
		StatusCounts statuses = new StatusCounts();
		ConcurrentHistogram all = new ConcurrentHistogram(3);
		ConcurrentHistogram ok = new ConcurrentHistogram(3);
		AtomicLong bytes = new AtomicLong();
		AtomicLong okBeforeFirst429 = new AtomicLong(-1);
		java.util.function.IntFunction<Mono<Void>> request = (reader) -> Mono.defer(() -> {
			long start = System.nanoTime();
			return clients.get(reader)
				.get()
				.uri(path)
				.responseSingle((response, body) -> body.asByteArray()
					.map((content) -> content.length)
					.defaultIfEmpty(0)
					.map((length) -> new Answer(response.status().code(), length)))
				.doOnNext((answer) -> {
					long micros = (System.nanoTime() - start) / 1000;
					statuses.status(answer.status());
					all.recordValue(micros);
					bytes.addAndGet(answer.bytes());
					if (answer.status() == 200) {
						ok.recordValue(micros);
					}
					else if (answer.status() == 429) {
						okBeforeFirst429.compareAndSet(-1, ok.getTotalCount());
					}
				})
				.onErrorResume((error) -> {
					statuses.error(error);
					return Mono.empty();
				})
				.then();
		});
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		try {
			Flux.range(0, readers)
				.flatMap((reader) -> request.apply(reader).repeat(() -> System.nanoTime() < deadline), readers)
				.blockLast();
		}
		finally {
			pools.forEach(ConnectionProvider::dispose);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Map<String, Long> counts = statuses.snapshot();
		long requests = StatusCounts.total(counts);
		long okCount = StatusCounts.of(counts, 200);
		long tooMany = StatusCounts.of(counts, 429);
		long unavailable = StatusCounts.of(counts, 503);
		long otherServerErrors = StatusCounts.serverErrorsOtherThan(counts, 503);
		long errors = StatusCounts.errors(counts);
		long others = requests - okCount - tooMany - unavailable - otherServerErrors - errors;
		long beforeFirst429 = (okBeforeFirst429.get() >= 0) ? okBeforeFirst429.get() : okCount;
		return new RoutedRun(target, path, budget, seconds, requests, counts, okCount, tooMany, unavailable,
				otherServerErrors, others, errors, beforeFirst429, requests / seconds, okCount / seconds,
				(requests > 0) ? (double) okCount / requests : 0, bytes.get(), Latency.of(all), Latency.of(ok));
	}

	private static double ratio(double gateway, double direct) {
		return (direct > 0) ? gateway / direct : 0;
	}

	private record Answer(int status, int bytes) {
	}

}
