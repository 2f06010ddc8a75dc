package dk.newsroom.bench.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import dk.newsroom.bench.stack.GatewayJvm;
import dk.newsroom.bench.stack.GatewaySample;
import dk.newsroom.bench.stack.Http;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The search (issue 17): how fast a gateway builds its search index at its start, how
 * fast it answers queries, and what the index costs per item.
 * <ol>
 * <li>A gateway on three empty topics (the baseline, {@link #empty}), timed from its
 * process start until {@code /api/search} answers 200 instead of 503; its heap after a
 * full GC.
 * <li>{@code items} published items of varied Danish text ({@link SearchCorpus}) on three
 * fresh topics, a gateway started on them and timed the same way: items/s = items ÷
 * (ready with them − ready without). Both start on the CPUs a gateway of its own would
 * have, as the bootstrap measure's, with the stack's JVM options and the index where a
 * gateway keeps it by default (a temporary directory, memory-mapped). The search's reader
 * starts once the feed has caught up: when the gateway's readiness first answered 200 is
 * kept too, for the index's own rate.
 * <li>Once it answers, and its feed is ready too, it is held to the stack's CPUs; when
 * the index's size has settled (merges done), its documents, the bytes of its files and
 * its heap after a full GC (without the files, which are mapped off the heap).
 * <li>Every query once ({@code clients} at a time): each must answer 200; the hits
 * counted. Then {@code clients} closed-loop clients over the queries in turn, in
 * alternation with the same clients on {@code /api/feed?limit=10} of the same gateway,
 * after a warm-up of both (the queries asked once count toward it).
 * </ol>
 */
final class SearchMeasure {

	/** The seed of the corpus and its queries: the same items and queries every run. */
	static final long SEED = 17;

	/** Queries in the list the clients go through. */
	static final int QUERIES = 240;

	static final String FEED = "/api/feed?limit=10";

	/**
	 * The gateway's timer of its searches, from the query to the page of results (not the
	 * HTTP answer's writing, nor the wait for a thread).
	 */
	static final String TIMER = "newsroom_search_queries_seconds";

	private static final Duration FEED_READY_TIMEOUT = Duration.ofMinutes(10);

	private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(60);

	private final Bootstrap gateways;

	private final LoopResources loops;

	private final Path dataDir;

	private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	/**
	 * @param gateways starts the gateways
	 * @param loops the load generator's event loops
	 * @param dataDir the stack's data folder (for {@link GatewayJvm})
	 */
	SearchMeasure(Bootstrap gateways, LoopResources loops, Path dataDir) {
		this.gateways = gateways;
		this.loops = loops;
		this.dataDir = dataDir;
	}

	/**
	 * What a caught-up gateway's search index holds.
	 *
	 * @param documents {@code newsroom_search_documents}
	 * @param indexBytes {@code newsroom_search_index_size_bytes}
	 * @param heap the gateway's heap after a full GC
	 */
	record Sample(long documents, long indexBytes, GatewaySample heap) {

	}

	/**
	 * The answers to every query once.
	 *
	 * @param queries how many
	 * @param meanHits the mean of their {@code total}
	 * @param withoutHits how many found nothing
	 * @param statuses every status and how often
	 */
	record Hits(int queries, double meanHits, int withoutHits, Map<Integer, Integer> statuses) {

	}

	/**
	 * @param items published items on the topics
	 * @param clients closed-loop clients
	 * @param produceSeconds writing the records (not measured)
	 * @param readySeconds from the gateway's start until {@code /api/search} answered 200
	 * @param emptyReadySeconds the same on empty topics
	 * @param feedReadySeconds from the gateway's start until its readiness (the feed
	 * caught up) answered 200
	 * @param emptyFeedReadySeconds the same on empty topics
	 * @param sample the index and heap with the items
	 * @param emptySample the same on empty topics
	 * @param hits every query once
	 * @param search the queries' load
	 * @param feed the feed's load on the same gateway (the baseline)
	 * @param searchMillis the mean of the gateway's own timer of its searches
	 * ({@value #TIMER}) over the measured rounds
	 */
	record Result(int items, int clients, double produceSeconds, double readySeconds, double emptyReadySeconds,
			double feedReadySeconds, double emptyFeedReadySeconds, Sample sample, Sample emptySample, Hits hits,
			LoadResult search, LoadResult feed, double searchMillis) {

		/** Items indexed a second beyond the empty start. */
		public double itemsPerSecond() {
			double records = this.readySeconds - this.emptyReadySeconds;
			return (records > 0) ? this.items / records : Double.POSITIVE_INFINITY;
		}

		/**
		 * Items indexed a second once the feed had caught up (the search's reader starts
		 * then), beyond the same wait on empty topics; infinite when not measurable.
		 */
		public double indexItemsPerSecond() {
			double records = (this.readySeconds - this.feedReadySeconds)
					- (this.emptyReadySeconds - this.emptyFeedReadySeconds);
			return (records > 0) ? this.items / records : Double.POSITIVE_INFINITY;
		}

		/** Bytes of the index's files per document. */
		public double indexBytesPerItem() {
			return (this.sample.documents() > 0) ? (double) this.sample.indexBytes() / this.sample.documents()
					: Double.NaN;
		}

		/** The heap after a full GC beyond the empty gateway's, per item. */
		public double heapBytesPerItem() {
			return (double) (this.sample.heap().heapBytes() - this.emptySample.heap().heapBytes()) / this.items;
		}

		/** Whether every answer of the search's load was a 200. */
		public boolean allOk() {
			return this.search.ok() == this.search.requests() && this.search.ok() > 0;
		}

	}

	private record Served(Sample sample, Hits hits, LoadResult search, LoadResult feed, double searchMillis) {

	}

	/**
	 * A gateway on empty topics until {@code /api/search} answers, sampled: the baseline
	 * of this measure, and of the bootstrap's (its feed's readiness is recorded on the
	 * way), so a run starts it once.
	 */
	Bootstrap.Up<Sample> empty(String run) throws IOException, InterruptedException {
		return this.gateways.empty(run, "empty", Bootstrap.Readiness.SEARCH, this::sample);
	}

	/**
	 * @param empty the {@link #empty baseline} of the same run
	 */
	Result run(String run, Bootstrap.Up<Sample> empty, int items, int clients, Duration warmUp, Duration duration,
			int rounds) throws IOException, InterruptedException {
		SearchCorpus corpus = SearchCorpus.load(SEED);
		List<String> queries = corpus.queries(QUERIES);
		Benchmark.progress("search: writing " + Row.format(items)
				+ " items of Danish text, then a gateway on them, until /api/search answers");
		Bootstrap.Up<Served> up = this.gateways.run(run, "search-" + items, items, corpus, Bootstrap.Readiness.SEARCH,
				(gateway) -> serve(gateway, queries, clients, warmUp, duration, rounds));
		Served served = Objects.requireNonNull(up.whileUp());
		return new Result(items, clients, up.produceSeconds(), up.readySeconds(), empty.readySeconds(),
				up.feedReadySeconds(), empty.feedReadySeconds(), served.sample(),
				Objects.requireNonNull(empty.whileUp()), served.hits(), served.search(), served.feed(),
				served.searchMillis());
	}

	private Served serve(Bootstrap.Gateway gateway, List<String> queries, int clients, Duration warmUp,
			Duration duration, int rounds) {
		Sample sample = sample(gateway);
		Benchmark.progress("search: " + sample.documents() + " documents, " + Row.format(sample.indexBytes())
				+ " bytes of index; every query once");
		ConnectionProvider pool = Http.pool("bench-search", clients);
		try {
			HttpClient client = Http.client(gateway.base(), this.loops, pool);
			long checkStart = System.nanoTime();
			Hits hits = check(client, queries, clients);
			// Every query once is search load with the same clients: it counts toward the
			// warm-up (both loads' warm-up is twice warmUp in all).
			Duration warmUpLeft = warmUp.multipliedBy(2).minusNanos(System.nanoTime() - checkStart);
			warmUpLeft = warmUpLeft.isNegative() ? Duration.ZERO : warmUpLeft;
			Benchmark.progress(String.format(Locale.ROOT,
					"search: %d queries, %.1f hits each on average, %d without; %d clients on them and on %s, "
							+ "%d s more warm-up, then %d rounds of each, %d s in all",
					hits.queries(), hits.meanHits(), hits.withoutHits(), clients, FEED, warmUpLeft.toSeconds(), rounds,
					duration.toSeconds()));
			AtomicLong next = new AtomicLong();
			IntFunction<Mono<Integer>> search = (reader) -> get(client,
					queries.get((int) (next.getAndIncrement() % queries.size())));
			IntFunction<Mono<Integer>> feed = (reader) -> get(client, FEED);
			ClosedLoop.warmUp(clients, warmUpLeft.dividedBy(2), search, feed);
			double countBefore = Bootstrap.metric(gateway.management(), TIMER + "_count");
			double secondsBefore = Bootstrap.metric(gateway.management(), TIMER + "_sum");
			LoadResult[] loads = ClosedLoop.alternate(clients, Duration.ZERO, duration, rounds, search, feed);
			double count = Bootstrap.metric(gateway.management(), TIMER + "_count") - countBefore;
			double seconds = Bootstrap.metric(gateway.management(), TIMER + "_sum") - secondsBefore;
			return new Served(sample, hits, loads[0], loads[1], (count > 0) ? seconds * 1000 / count : Double.NaN);
		}
		finally {
			pool.dispose();
		}
	}

	/**
	 * Once the feed is ready too and the index's size has settled: its documents and
	 * bytes, and the heap after a full GC.
	 */
	private Sample sample(Bootstrap.Gateway gateway) {
		awaitFeedReady(gateway.management());
		long deadline = System.nanoTime() + SETTLE_TIMEOUT.toNanos();
		long size = indexBytes(gateway.management());
		while (System.nanoTime() < deadline) {
			sleep(1000);
			long now = indexBytes(gateway.management());
			if (now == size) {
				break;
			}
			size = now;
		}
		ConnectionProvider pool = Http.pool("bench-search-management", 2);
		try {
			GatewayJvm jvm = GatewayJvm.find(gateway.pid(), this.dataDir, gateway.management(),
					Http.client(gateway.management(), this.loops, pool));
			GatewaySample heap;
			try {
				heap = jvm.sampleAfterGc();
			}
			catch (IllegalStateException ex) {
				// No jcmd, or it could not attach: the heap as it is, which the row says.
				Benchmark.progress("search: no full GC before reading the heap: " + ex.getMessage());
				heap = jvm.sample();
			}
			return new Sample((long) Bootstrap.metric(gateway.management(), "newsroom_search_documents"),
					indexBytes(gateway.management()), heap);
		}
		finally {
			pool.dispose();
		}
	}

	private static long indexBytes(URI management) {
		return (long) Bootstrap.metric(management, "newsroom_search_index_size_bytes");
	}

	/** Every query once, {@code clients} at a time: each must answer 200. */
	private static Hits check(HttpClient client, List<String> queries, int clients) {
		record Answer(String query, int status, long total) {
		}
		List<Answer> answers = Flux.fromIterable(queries)
			.flatMap((query) -> client.get()
				.uri(query)
				.responseSingle((response, body) -> body.asString(StandardCharsets.UTF_8)
					.defaultIfEmpty("")
					.map((text) -> new Answer(query, response.status().code(), total(text)))), clients)
			.collectList()
			.block(Duration.ofMinutes(5));
		if (answers == null || answers.size() != queries.size()) {
			throw new IllegalStateException("search: not every query was answered");
		}
		Map<Integer, Integer> statuses = new TreeMap<>();
		long hits = 0;
		int without = 0;
		StringBuilder refused = new StringBuilder();
		for (Answer answer : answers) {
			statuses.merge(answer.status(), 1, Integer::sum);
			if (answer.status() != 200) {
				if (refused.length() < 500) {
					refused.append(' ').append(answer.status()).append(' ').append(answer.query()).append(';');
				}
				continue;
			}
			hits += answer.total();
			if (answer.total() == 0) {
				without++;
			}
		}
		if (!refused.isEmpty()) {
			throw new IllegalStateException("search: queries not answered 200:" + refused);
		}
		return new Hits(answers.size(), (double) hits / answers.size(), without, statuses);
	}

	/** The {@code total} of a search page, or -1 without one. */
	static long total(String page) {
		int at = page.indexOf("\"total\":");
		if (at < 0) {
			return -1;
		}
		int start = at + "\"total\":".length();
		int end = start;
		while (end < page.length() && Character.isDigit(page.charAt(end))) {
			end++;
		}
		return (end > start) ? Long.parseLong(page.substring(start, end)) : -1;
	}

	private static Mono<Integer> get(HttpClient client, String path) {
		return client.get()
			.uri(path)
			.responseSingle((response, body) -> body.asByteArray()
				.map((bytes) -> response.status().code())
				.defaultIfEmpty(response.status().code()));
	}

	/** Waits until the gateway's readiness (its feed caught up) is UP. */
	private void awaitFeedReady(URI management) {
		HttpRequest readiness = HttpRequest.newBuilder(management.resolve("/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + FEED_READY_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (this.http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// asked again below
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
			sleep(200);
		}
		throw new IllegalStateException("the gateway's feed was not ready within " + FEED_READY_TIMEOUT);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
