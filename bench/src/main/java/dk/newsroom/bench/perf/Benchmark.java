package dk.newsroom.bench.perf;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import dk.newsroom.bench.load.LoadScript;
import dk.newsroom.bench.report.Report;
import dk.newsroom.bench.stack.Articles;
import dk.newsroom.bench.stack.DevTokens;
import dk.newsroom.bench.stack.GatewayJvm;
import dk.newsroom.bench.stack.Http;
import dk.newsroom.bench.streams.LiveStreams;
import dk.newsroom.bench.streams.StreamsResult;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark: against a stack that {@code scripts/bench.sh} started for it (production
 * JIT, the {@code bench} profile, its own CPUs), every measure next to its baseline in
 * the same run, each after a warm-up; writes the table of docs/performance.md and the raw
 * results as JSON. Options are {@code --name value}; see {@code scripts/bench.sh}.
 */
public final class Benchmark {

	/** Rounds of each load when two are measured in alternation. */
	private static final int ROUNDS = 4;

	/** The gateway's bare baseline for the feed (its {@code bench} profile). */
	private static final String BARE_FEED = "/bench/bare-feed";

	private final Map<String, String> options;

	private final JsonMapper json = JsonMapper.builder().build();

	private final LoopResources loops;

	private final Map<String, Object> raw = new LinkedHashMap<>();

	private final List<Row> rows = new ArrayList<>();

	private final List<Row> growth = new ArrayList<>();

	/**
	 * The stack's processes, whose CPU time the measures of writes and routed reads tell.
	 */
	private final StackCpu cpu;

	private Bootstrap.@Nullable Up<SearchMeasure.Sample> emptyGateway;

	private Benchmark(Map<String, String> options) throws IOException {
		this.options = options;
		this.loops = LoopResources.create("bench", Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), true);
		this.cpu = new StackCpu(Path.of(option("data-dir", "target/bench/data")), options.get("launcher-pid"));
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("expected --name value, got " + args[i]);
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		if (options.containsKey("render")) {
			// The table again from a run's JSON, e.g. after its wording changed: nothing
			// is measured.
			PerformanceReport report = JsonMapper.builder()
				.build()
				.readValue(Path.of(options.get("render")).toFile(), PerformanceReport.class);
			Path markdown = Path.of(options.getOrDefault("markdown", "docs/performance.md"));
			Files.writeString(markdown, report.markdown(), StandardCharsets.UTF_8);
			System.out.println(markdown.toAbsolutePath());
			return;
		}
		Benchmark benchmark = new Benchmark(options);
		try {
			benchmark.run();
		}
		finally {
			benchmark.loops.dispose();
		}
	}

	private void run() throws IOException {
		String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		String loadBefore = LoadScript.loadAverage();
		String run = Long.toString(Instant.now().getEpochSecond(), 36);
		URI gateway = URI.create(option("gateway", "http://127.0.0.1:18080"));
		URI articles = URI.create(option("articles", "http://127.0.0.1:18081"));
		int readers = Integer.parseInt(option("readers", "32"));
		int writers = Integer.parseInt(option("writers", "8"));
		Duration warmUp = Duration.ofSeconds(Long.parseLong(option("warm-up-seconds", "20")));
		Duration duration = Duration.ofSeconds(Long.parseLong(option("seconds", "20")));
		DevTokens tokens = new DevTokens(Path.of(option("dev-token", "./dev-token.sh")), run);
		ConnectionProvider readerPool = Http.pool("bench-readers", readers);
		ConnectionProvider writerPool = Http.pool("bench-writers", writers);
		// Publishes at a fixed rate must not wait for a connection behind slow answers.
		ConnectionProvider editorPool = Http.pool("bench-editors", 256);
		try {
			HttpClient viaGateway = Http.client(gateway, this.loops, readerPool);
			HttpClient direct = Http.client(articles, this.loops, readerPool);

			JsonNode newest = newestArticle(viaGateway, new Articles(Http.client(articles, this.loops, editorPool),
					tokens.mint("bench-first", "articles:write"), this.json), run);
			String item = "/api/articles/" + newest.path("id").asString();
			String articlePage = newest.path("url").asString();
			warmStack(run, viaGateway, direct, item, articlePage, Http.client(articles, this.loops, writerPool), tokens,
					readers, writers);

			// The feed from memory against a bare endpoint answering the same bytes.
			if (selected("feed")) {
				LoadResult[] feed = pair("feed", "bare endpoint", readers, warmUp, duration, viaGateway,
						"/api/feed?limit=20", viaGateway, BARE_FEED);
				this.rows.add(Row.throughput("`GET /api/feed?limit=20`, from memory, " + readers + " readers", feed[0],
						"a bare WebFlux endpoint in the same gateway JVM answering the same bytes", feed[1], 0.8));
				this.growth.add(Row.growth("`GET /api/feed?limit=20`, " + readers + " readers",
						Row.format(Bootstrap.heldItems(URI.create(option("management", "http://127.0.0.1:18180"))))
								+ " items in memory (the measured stack's gateway)",
						Row.perSecond(feed[0])));
			}

			// An article's page on the reader site, from memory, against the feed's first
			// page in the same run.
			if (selected("page")) {
				LoadResult[] page = pair("article page", "feed page", readers, warmUp, duration, viaGateway,
						articlePage, viaGateway, "/api/feed?limit=20");
				this.rows.add(Row.throughput(
						"`GET " + articlePage.replaceAll("/[^/]+$", "/{slug}")
								+ "`, the reader site's article page from memory, " + readers + " readers",
						page[0], "`GET /api/feed?limit=20` in the same run", page[1], 0.5));
			}

			// A routed read against the same read straight at the service.
			if (selected("routed")) {
				routed(readers, warmUp, duration, viaGateway, direct, item);
			}

			// Article writes against the driver's insertOne of the same document.
			if (selected("writes")) {
				DevTokens.Token writer = tokens.mint("bench-writer", "articles:write");
				Articles writes = new Articles(Http.client(articles, this.loops, writerPool), writer, this.json);
				AtomicInteger number = new AtomicInteger();
				progress("writes: " + writers + " connections, " + warmUp.toSeconds() + " s warm-up, "
						+ duration.toSeconds() + " s");
				LoadResult creates = ClosedLoop.run(writers, warmUp, duration,
						(client) -> writes.create(run, number.incrementAndGet()).map((id) -> 201), cpu);
				this.growth.add(Row.growth("article create, " + writers + " connections",
						Row.format(articleDocuments()) + " documents in the articles collection after it",
						Row.perSecond(creates)));
				this.raw.put("article create", answered("article create", creates));
				this.rows.add(Row.info("CPU time per article create, by process (measured part of the load)",
						cpuCost(creates)));
				String sample = writes.create(run, 0).block();
				progress("raw inserts: " + writers + " threads");
				LoadResult inserts;
				try (RawInserts rawInserts = new RawInserts(option("mongo", "mongodb://127.0.0.1:27117/articles"),
						sample)) {
					inserts = rawInserts.run(writers, warmUp, duration);
				}
				this.raw.put("raw insertOne", answered("raw insertOne", inserts));
				this.rows.add(Row.throughput(
						"article create, straight at articles-service, " + writers + " connections", creates,
						"the driver's `insertOne` of the same document into the same store, " + writers + " threads",
						inserts, 0.5));
			}

			if (selected("streams")) {
				guarded("10 000 SSE streams", "≤ 30 KB, ≤ 1 000 ms", () -> streams(gateway, articles, run, tokens));
			}
			startUp();
			if (selected("depth") || selected("publish")) {
				Articles editor = new Articles(Http.client(articles, this.loops, editorPool),
						tokens.mint("bench-editor", "articles:write"), this.json);
				if (selected("depth")) {
					guarded("keyset page at depth", "≤ 1.2 ×",
							() -> depth(viaGateway, direct, editor, run, readers, warmUp, duration));
				}
				if (selected("publish")) {
					guarded("publish request → `added` on the SSE stream", "≤ 25 ms at 100/s",
							() -> publishLatency(viaGateway, editor, run, duration));
				}
			}
			if (selected("bootstrap")) {
				guarded("gateway bootstrap from the topics", "≥ 50 000 items/s", () -> bootstrap(run));
			}
			if (selected("search")) {
				guarded("search: index built at start, queries", "≥ 10 000 items/s, p99 ≤ 20 ms", () -> search(run));
			}
		}
		finally {
			readerPool.dispose();
			writerPool.dispose();
			editorPool.dispose();
		}
		Report.Machine measured = LoadScript.machine(loadBefore);
		// The generator runs held to its own CPUs: the machine's cores come from the
		// script.
		Report.Machine machine = new Report.Machine(
				Integer.parseInt(option("cores", Integer.toString(measured.cores()))), measured.cpu(),
				measured.memoryBytes(), measured.os(), measured.loadBefore(), measured.loadAfter());
		PerformanceReport report = new PerformanceReport(run, started,
				Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), machine, option("generator-cpus", "all"),
				option("stack-cpus", "all"), option("app-jvm-options", "unknown"), readers, writers,
				Long.parseLong(option("stack-warm-up-seconds", "0")), warmUp.toSeconds(), duration.toSeconds(),
				this.rows, this.growth, this.raw);
		Path markdown = Path.of(option("markdown", "target/bench/performance.md"));
		Path jsonFile = Path.of(option("json", "target/bench/performance.json"));
		Files.createDirectories(markdown.toAbsolutePath().getParent());
		Files.createDirectories(jsonFile.toAbsolutePath().getParent());
		Files.writeString(markdown, report.markdown(), StandardCharsets.UTF_8);
		Files.writeString(jsonFile, this.json.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n",
				StandardCharsets.UTF_8);
		System.out.println(markdown.toAbsolutePath());
	}

	/**
	 * A page {@code depth} items deep against the first page, on the feed and on the
	 * articles list; publishes enough articles first.
	 */
	private void depth(HttpClient viaGateway, HttpClient direct, Articles editor, String run, int readers,
			Duration warmUp, Duration duration) {
		int depth = Integer.parseInt(option("depth", "1000"));
		int limit = 20;
		progress("depth: publishing " + (depth + 2 * limit) + " articles first");
		Flux.range(0, depth + 2 * limit)
			// A write the store failed (the stand-in drops a connection now and then
			// under
			// concurrent writes) is tried again: this is set-up, not a measure.
			.flatMap((i) -> editor.create(run + "-depth", i)
				.flatMap(editor::publish)
				.retryWhen(Retry.backoff(3, Duration.ofMillis(200))), 8)
			.blockLast();
		KeysetDepth pages = new KeysetDepth(this.json);
		for (String[] list : new String[][] { { "feed", "/api/feed?limit=20", "gateway" },
				{ "articles list", "/api/articles?limit=20", "direct" } }) {
			HttpClient client = "gateway".equals(list[2]) ? viaGateway : direct;
			String deep = pages.deepPage(client, list[1], depth, limit);
			if (deep == null) {
				this.rows.add(Row.notMeasured("keyset page at depth " + Row.format(depth) + ", " + list[0], "≤ 1.2 ×",
						"the list is shorter"));
				continue;
			}
			LoadResult[] results = pair(list[0] + " at depth " + depth, list[0] + " first page", readers, warmUp,
					duration, client, deep, client, list[1]);
			this.rows.add(Row.depth("keyset page at depth " + Row.format(depth) + " / the first page, " + list[0]
					+ " (`" + list[1] + "`)", results[0], results[1], 1.2));
		}
	}

	/**
	 * The documents in the articles collection: what the MongoDB stand-in scans for every
	 * conditional update (docs/performance-notes.md).
	 */
	private long articleDocuments() {
		com.mongodb.ConnectionString uri = new com.mongodb.ConnectionString(
				option("mongo", "mongodb://127.0.0.1:27117/articles"));
		try (com.mongodb.client.MongoClient client = com.mongodb.client.MongoClients.create(uri)) {
			return client.getDatabase((uri.getDatabase() != null) ? uri.getDatabase() : "articles")
				.getCollection("articles")
				.countDocuments();
		}
	}

	/** A measure that may throw. */
	private interface Measure {

		void run() throws Exception;

	}

	/**
	 * Runs a measure; if it fails, the report says so in its row and the other measures
	 * still run, unless {@code --strict true} (the smoke run: a harness that fails must
	 * fail CI).
	 */
	private void guarded(String name, String target, Measure measure) throws IOException {
		try {
			measure.run();
		}
		catch (IOException | RuntimeException ex) {
			if (Boolean.parseBoolean(option("strict", "false"))) {
				throw ex;
			}
			ex.printStackTrace();
			this.rows.add(Row.notMeasured(name, target, "the measure failed: " + ex));
		}
		catch (Exception ex) {
			throw new IllegalStateException(name, ex);
		}
	}

	/**
	 * Before any measure, every kind of request the run measures, in turns, for
	 * {@code --stack-warm-up-seconds} (none counted): the JIT of the whole stack compiles
	 * on the CPUs the stack shares, and a first measure taken while it still does reads
	 * low (the feed against its baseline read 0.68 × on a stack just started and 0.88 × a
	 * minute later).
	 */
	private void warmStack(String run, HttpClient viaGateway, HttpClient direct, String item, String articlePage,
			HttpClient writeClient, DevTokens tokens, int readers, int writers) {
		Duration total = Duration.ofSeconds(Long.parseLong(option("stack-warm-up-seconds", "0")));
		if (total.isZero()) {
			return;
		}
		List<String> kinds = new ArrayList<>();
		if (selected("feed") || selected("depth")) {
			kinds.add("feed");
		}
		if (selected("page")) {
			kinds.add("page");
		}
		if (selected("routed")) {
			kinds.add("routed");
		}
		if (selected("writes") || selected("publish")) {
			kinds.add("writes");
		}
		if (kinds.isEmpty()) {
			return;
		}
		progress("warming the stack for " + total.toSeconds() + " s: " + String.join(", ", kinds) + ", in turns");
		Duration slice = total.dividedBy(2L * kinds.size());
		Articles writes = new Articles(writeClient, tokens.mint("bench-warm-up", "articles:write"), this.json);
		AtomicInteger number = new AtomicInteger();
		for (int turn = 0; turn < 2; turn++) {
			for (String kind : kinds) {
				switch (kind) {
					case "feed" -> ClosedLoop.alternate(readers, Duration.ZERO, slice, 2,
							get(viaGateway, "/api/feed?limit=20"), get(viaGateway, BARE_FEED));
					case "page" -> ClosedLoop.alternate(readers, Duration.ZERO, slice, 2, get(viaGateway, articlePage),
							get(viaGateway, "/api/feed?limit=20"));
					case "routed" -> ClosedLoop.alternate(readers, Duration.ZERO, slice, 2, get(viaGateway, item),
							get(direct, item));
					default -> ClosedLoop.run(writers, Duration.ZERO, slice,
							(client) -> writes.create(run + "-warm", number.incrementAndGet()).map((id) -> 201));
				}
			}
		}
	}

	/**
	 * What one create cost each process of the stack in CPU time, over the measured part
	 * of the load (the JIT compiling meanwhile included).
	 */
	/**
	 * A routed read against the same read straight at the service, twice: first with the
	 * gateway on a CPU of its own (the generator's, when {@code --generator-cpu-list} is
	 * given), as in production where it runs apart from the services, then with the whole
	 * stack on the stack's CPUs, where every routed request passes between two processes
	 * on one CPU.
	 */
	private void routed(int readers, Duration warmUp, Duration duration, HttpClient viaGateway, HttpClient direct,
			String item) {
		String generatorCpus = this.options.get("generator-cpu-list");
		String stackCpus = this.options.get("stack-cpu-list");
		if (generatorCpus != null && stackCpus != null) {
			long gatewayPid = this.cpu.pid("gateway");
			StackCpu.hold(gatewayPid, generatorCpus);
			try {
				LoadResult[] apart = pair("routed item, gateway apart",
						"item straight at articles-service, gateway apart", readers, warmUp, duration, viaGateway, item,
						direct, item);
				this.rows.add(Row.throughput(
						"routed `GET /api/articles/{id}`, " + readers
								+ " readers, the gateway on a CPU of its own (shared with the load generator)",
						apart[0], "the same request straight at articles-service", apart[1], 0.7));
				this.rows.add(Row.info("CPU time per routed `GET /api/articles/{id}`, gateway apart, by process",
						cpuCost(apart[0]) + "; straight at the service: " + cpuCost(apart[1])));
			}
			finally {
				StackCpu.hold(gatewayPid, stackCpus);
			}
		}
		LoadResult[] together = pair("routed item", "item straight at articles-service", readers, warmUp, duration,
				viaGateway, item, direct, item);
		String measure = "routed `GET /api/articles/{id}`, " + readers + " readers, the gateway "
				+ ((stackCpus != null) ? "on the stack's CPUs with the services" : "on every CPU with the stack");
		String baseline = "the same request straight at articles-service";
		this.rows.add(
				(generatorCpus != null && stackCpus != null) ? Row.compared(measure, together[0], baseline, together[1])
						: Row.throughput(measure, together[0], baseline, together[1], 0.7));
		this.rows.add(Row.info("CPU time per routed `GET /api/articles/{id}`, by process",
				cpuCost(together[0]) + "; straight at the service: " + cpuCost(together[1])));
	}

	/** What each measured process spent per 2xx answer of a load. */
	private static String cpuCost(LoadResult load) {
		if (load.cpuSeconds().isEmpty() || load.ok() == 0) {
			return "not measured";
		}
		StringBuilder costs = new StringBuilder();
		load.cpuSeconds().keySet().forEach((process) -> {
			if (!costs.isEmpty()) {
				costs.append(", ");
			}
			costs.append(process)
				.append(' ')
				.append(String.format(Locale.ROOT, "%.2f ms", load.cpuMillisPerOk(process)));
		});
		return costs.toString();
	}

	/**
	 * The gateway's bootstrap at each of {@code --bootstrap-items} against its start on
	 * empty topics.
	 */
	private void bootstrap(String run) throws IOException {
		Bootstrap bootstrap = gateways();
		try {
			double empty = emptyGateway(run).feedReadySeconds();
			this.growth.add(Row.growth("gateway ready, from its process start", "0 items (empty topics)",
					String.format(Locale.ROOT, "%.1f s", empty)));
			int readers = Integer.parseInt(option("readers", "32"));
			Duration warmUp = Duration.ofSeconds(Long.parseLong(option("warm-up-seconds", "20")));
			Duration duration = Duration.ofSeconds(Long.parseLong(option("seconds", "20")));
			for (String items : option("bootstrap-items", "100000,1000000").split(",")) {
				int count = Integer.parseInt(items.strip());
				progress("bootstrap: writing " + Row.format(count) + " items, then a gateway on them");
				ConnectionProvider pool = Http.pool("bench-bootstrap", readers);
				Bootstrap.Result result;
				try {
					result = bootstrap.run(run, count, empty, (uri) -> {
						progress("bootstrap: the feed's first page from the gateway that read " + Row.format(count)
								+ " items");
						// A gateway just started: a longer warm-up than the stack's
						// measures.
						return ClosedLoop.run(readers, warmUp.multipliedBy(3), duration,
								get(Http.client(uri, this.loops, pool), "/api/feed?limit=20"));
					});
				}
				finally {
					pool.dispose();
				}
				this.raw.put("bootstrap " + count, result);
				this.rows.add(Row.atLeast("gateway bootstrap from the topics, " + Row.format(count) + " items",
						Math.floor(result.itemsPerSecond()), "items/s",
						String.format(Locale.ROOT,
								"ready %.1f s after its start, %.1f s on empty topics (the same start without records)",
								result.readySeconds(), empty),
						50_000));
				this.growth
					.add(Row.growth("gateway ready, from its process start", Row.format(count) + " items on the topics",
							String.format(Locale.ROOT, "%.1f s (%,.0f items/s beyond the empty start)",
									result.readySeconds(), result.itemsPerSecond())));
				LoadResult feed = result.feed();
				if (feed != null) {
					this.growth.add(
							Row.growth("`GET /api/feed?limit=20`, " + readers + " readers",
									Row.format(result.heldItems()) + " items in memory (of " + Row.format(count)
											+ " read; the horizon keeps the newest 10 000 a type)",
									Row.perSecond(feed)));
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/**
	 * Starts gateway processes on topics of their own: the built jar, the apps' JVM
	 * options, on {@code --bootstrap-cpu-list} while catching up and on the stack's CPUs
	 * once caught up; ports 18280 and 18380.
	 * @param arguments the gateway's own arguments beside those
	 */
	/**
	 * The baseline of the bootstrap and the search measures: a gateway on empty topics,
	 * until {@code /api/search} answers (its feed's readiness recorded on the way),
	 * started once a run.
	 */
	private Bootstrap.Up<SearchMeasure.Sample> emptyGateway(String run) throws IOException {
		if (this.emptyGateway == null) {
			progress("a gateway on empty topics (the baseline of the bootstrap and the search), until /api/search "
					+ "answers");
			try {
				this.emptyGateway = searchMeasure().empty(run);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
		}
		return this.emptyGateway;
	}

	private SearchMeasure searchMeasure() throws IOException {
		return new SearchMeasure(gateways(), this.loops, Path.of(option("data-dir", "target/bench/data")));
	}

	private Bootstrap gateways(String... arguments) throws IOException {
		Path dataDir = Path.of(option("data-dir", "target/bench/data"));
		List<String> command = new ArrayList<>();
		// A gateway catching up has the CPUs a gateway of its own would have (every CPU
		// here: the rest of the stack idles but for the broker serving it, the generator
		// waits); it serves its feed load from the stack's.
		String cpus = this.options.getOrDefault("bootstrap-cpu-list", this.options.get("stack-cpu-list"));
		if (cpus != null) {
			command.addAll(List.of("taskset", "-c", cpus));
		}
		command.add("java");
		for (String jvmOption : option("app-jvm-options", "-Xmx512m -XX:+UseG1GC").split("\\s+")) {
			if (!jvmOption.isBlank()) {
				command.add(jvmOption);
			}
		}
		command.addAll(List.of("-jar", option("gateway-jar", "gateway/target/gateway.jar"),
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=urn:newsroom:local-stack",
				"--spring.security.oauth2.resourceserver.jwt.audiences=newsroom",
				"--spring.security.oauth2.resourceserver.jwt.public-key-location="
						+ dataDir.resolve("security/token-signing-key.pub.pem").toAbsolutePath().toUri()));
		command.addAll(List.of(arguments));
		Path logs = dataDir.resolve("logs");
		Files.createDirectories(logs);
		return new Bootstrap(option("kafka", "127.0.0.1:19092"), command, logs, 18280, 18380,
				this.options.get("stack-cpu-list"));
	}

	/**
	 * The search (issue 17, {@link SearchMeasure}): its index built at the gateway's
	 * start, its queries against the feed's first page on the same gateway, and the
	 * index's memory per item.
	 */
	private void search(String run) throws IOException {
		int items = Integer.parseInt(option("search-items", "100000"));
		int clients = Integer.parseInt(option("search-clients", "8"));
		Duration warmUp = Duration.ofSeconds(Long.parseLong(option("warm-up-seconds", "20")));
		Duration duration = Duration.ofSeconds(Long.parseLong(option("seconds", "20")));
		SearchMeasure.Result result;
		try {
			// A gateway just started: a longer warm-up than the stack's measures, as the
			// bootstrap's. The index where a gateway keeps it by default: in a temporary
			// directory, memory-mapped (off the heap, in the page cache), as on disk.
			result = searchMeasure().run(run, emptyGateway(run), items, clients, warmUp.multipliedBy(3), duration,
					ROUNDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
		this.raw.put("search", result);
		String with = Row.format(items) + " items of Danish text";
		this.rows.add(Row.atLeast("search index built at the gateway's start, " + with,
				Math.floor(result.itemsPerSecond()), "items/s",
				String.format(Locale.ROOT,
						"`/api/search` answered 200 %.1f s after the gateway's start, %.1f s on empty topics; its "
								+ "feed was ready at %.1f s (%.1f s): the index alone, from then, %,.0f items/s",
						result.readySeconds(), result.emptyReadySeconds(), result.feedReadySeconds(),
						result.emptyFeedReadySeconds(), result.indexItemsPerSecond()),
				10_000));
		LoadResult search = result.search();
		LoadResult feed = result.feed();
		SearchMeasure.Hits hits = result.hits();
		String answers = result.allOk() ? "all " + Row.format(search.requests()) + " answers 200"
				: Row.format(search.ok()) + " of " + Row.format(search.requests()) + " answers 200: "
						+ search.statuses();
		this.rows.add(new Row(String.format(Locale.ROOT,
				"`GET /api/search`, %d queries in turn (1–3 words, phrases, typos, filters, newest first; %,.0f hits each "
						+ "on average, %d of them none), %d clients, %s (%s; the gateway's own timer: %.1f ms a search "
						+ "on average)",
				hits.queries(), hits.meanHits(), hits.withoutHits(), clients, with, answers, result.searchMillis()),
				String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", search.latency().p50Ms(),
						search.latency().p99Ms()),
				String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms (`GET %s`, the same gateway and clients)",
						feed.latency().p50Ms(), feed.latency().p99Ms(), SearchMeasure.FEED),
				(feed.latency().p99Ms() > 0) ? search.latency().p99Ms() / feed.latency().p99Ms() : null, "p99 ≤ 20 ms",
				search.latency().p99Ms() <= 20 && result.allOk()));
		this.rows.add(Row.compared("`GET /api/search` throughput, " + clients + " clients, " + with, search,
				"`GET " + SearchMeasure.FEED + "`, the same gateway and clients", feed));
		SearchMeasure.Sample sample = result.sample();
		this.rows.add(new Row("search index per item, on disk and in the page cache, " + with,
				String.format(Locale.ROOT, "%,.0f bytes", result.indexBytesPerItem()),
				String.format(Locale.ROOT,
						"%s documents, %.1f MiB of index files (`newsroom_search_index_size_bytes`), memory-mapped "
								+ "from the index's directory: off the heap, in the operating system's page cache",
						Row.format(sample.documents()), sample.indexBytes() / 1048576.0),
				null, "—", null));
		this.rows.add(new Row("gateway heap per item with the search index, " + with,
				String.format(Locale.ROOT, "%,.0f bytes", result.heapBytesPerItem()),
				String.format(Locale.ROOT,
						"heap %s: %.1f MiB with the items, %.1f MiB on empty topics; includes the feed's own "
								+ "projection (the newest 10 000 items a type) and the index's map of versions, "
								+ "not the index files (the row above)",
						(sample.heap().gcForced() && result.emptySample().heap().gcForced())
								? "after a full GC (`jcmd GC.run`)" : "as read (`jvm_memory_used_bytes`), no GC forced",
						sample.heap().heapBytes() / 1048576.0, result.emptySample().heap().heapBytes() / 1048576.0),
				null, "—", null));
		this.growth.add(Row.growth("`/api/search` answers 200, from the gateway's start", "0 items (empty topics)",
				String.format(Locale.ROOT, "%.1f s", result.emptyReadySeconds())));
		this.growth.add(Row.growth("`/api/search` answers 200, from the gateway's start", with + " on the topics",
				String.format(Locale.ROOT, "%.1f s (%,.0f items/s beyond the empty start)", result.readySeconds(),
						result.itemsPerSecond())));
		this.growth.add(Row.growth("`GET /api/search`, " + clients + " clients", with + " in the index",
				Row.perSecond(search)));
	}

	/** Publish → {@code added} at rising publish rates. */
	private void publishLatency(HttpClient viaGateway, Articles editor, String run, Duration duration) {
		PublishLatency latency = new PublishLatency(viaGateway, editor, this.json);
		for (String rate : option("publish-rates", "10,40,100").split(",")) {
			double perSecond = Double.parseDouble(rate);
			progress("publish: " + rate + " publishes/s for " + duration.toSeconds() + " s");
			PublishLatency.Result result = latency.run(run, perSecond, duration);
			this.growth.add(Row.growth("publish request → `added`, " + rate + " publishes/s",
					Row.format(articleDocuments()) + " documents in the articles collection after it",
					String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", result.latency().p50Ms(),
							result.latency().p99Ms())));
			this.raw.put("publish at " + rate + "/s", result);
			String measure = "publish request → `added` on the SSE stream at " + rate + " publishes/s ("
					+ result.published() + " published, " + result.missed() + " missed, " + result.failed()
					+ " failed)";
			if (perSecond >= 100) {
				this.rows.add(Row.atMost(measure + ", p99",
						result.missed() + result.failed() == 0 ? result.latency().p99Ms() : Double.POSITIVE_INFINITY,
						"ms", 25));
			}
			else {
				this.rows.add(Row.info(measure, String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms",
						result.latency().p50Ms(), result.latency().p99Ms())));
			}
		}
	}

	/** Two GET loads in alternation (see {@link ClosedLoop#alternate}); ours first. */
	private LoadResult[] pair(String name, String baselineName, int readers, Duration warmUp, Duration duration,
			HttpClient client, String path, HttpClient baselineClient, String baselinePath) {
		progress(name + " (GET " + path + ") and " + baselineName + " (GET " + baselinePath + "), " + readers
				+ " readers, " + warmUp.toSeconds() + " s warm-up, then " + ROUNDS + " rounds of each, "
				+ duration.toSeconds() + " s in all");
		LoadResult[] results = ClosedLoop.alternate(readers, warmUp, duration, ROUNDS, get(client, path),
				get(baselineClient, baselinePath), this.cpu);
		this.raw.put(name, answered(name, results[0]));
		this.raw.put(baselineName, answered(baselineName, results[1]));
		return results;
	}

	private static IntFunction<Mono<Integer>> get(HttpClient client, String path) {
		return (reader) -> client.get()
			.uri(path)
			.responseSingle((response, body) -> body.asByteArray()
				.map((bytes) -> response.status().code())
				.defaultIfEmpty(response.status().code()));
	}

	/**
	 * A run without one 2xx answer measures nothing: the harness or the stack is broken.
	 */
	private static LoadResult answered(String name, LoadResult result) {
		if (result.ok() == 0) {
			throw new IllegalStateException(
					name + ": no 2xx answer in " + result.requests() + " requests: " + result.statuses());
		}
		return result;
	}

	private void streams(URI gateway, URI articles, String run, DevTokens tokens) {
		int streams = Integer.parseInt(option("streams", "10000"));
		if (streams == 0) {
			this.rows.add(Row.notMeasured("heap per idle SSE stream", "≤ 30 KB", "--streams 0"));
			return;
		}
		ConnectionProvider small = Http.pool("bench-control", 8);
		try {
			HttpClient control = Http.client(gateway, this.loops, small);
			GatewayJvm jvm = GatewayJvm.find(null, Path.of(option("data-dir", "target/bench/data")),
					URI.create(option("management", "http://127.0.0.1:18180")), control);
			Articles writer = new Articles(control, tokens.mint("bench-streams", "articles:write"), this.json);
			StreamsResult result = new LiveStreams(gateway, this.loops, this.json, jvm, Benchmark::progress).run(
					streams, 200, 500, Duration.ofSeconds(180), Duration.ofSeconds(30),
					Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), writer, run);
			this.raw.put("streams", result);
			String label = Row.format(streams) + " SSE streams";
			if (result.heapBytesPerStream() != null) {
				this.rows
					.add(Row.atMost("heap per idle stream, " + label, result.heapBytesPerStream() / 1024.0, "KB", 30));
			}
			this.rows
				.add(Row.atMost("publish answer → `added`, p99 over " + label + " (missed: " + result.missed() + ")",
						result.delay().p99Ms(), "ms", 1000));
			this.growth.add(Row.growth("publish answer → `added` on every stream", label, String.format(Locale.ROOT,
					"p50 %.1f ms, p99 %.1f ms", result.delay().p50Ms(), result.delay().p99Ms())));
		}
		finally {
			small.dispose();
		}
	}

	private void startUp() {
		String first = this.options.get("first-start-seconds");
		String restart = this.options.get("restart-seconds");
		if (first != null) {
			this.rows.add(Row.atMost("`./run.sh` until the stack is up, first start (empty data, demo content)",
					Double.parseDouble(first), "s", 30));
		}
		if (restart != null) {
			this.rows
				.add(Row.atMost("`./run.sh` until the stack is up, restart", Double.parseDouble(restart), "s", 30));
		}
	}

	/**
	 * The newest article on the feed; waits up to two minutes for the demo content to
	 * reach it, and publishes one of its own after 20 s without.
	 */
	/**
	 * The newest article on the feed (its feed item), publishing one if the stack has
	 * none.
	 */
	private JsonNode newestArticle(HttpClient gateway, Articles editor, String run) {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		long publishAt = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		boolean published = false;
		while (true) {
			String page = gateway.get()
				.uri("/api/feed?type=article&limit=1")
				.responseSingle((response, body) -> body.asString(StandardCharsets.UTF_8))
				.block();
			JsonNode items = this.json.readTree(page).path("items");
			if (!items.isEmpty()) {
				return items.get(0);
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("no article on the feed to read after 2 minutes");
			}
			if (!published && System.nanoTime() > publishAt) {
				// A stack without demo content (the compose stack): one article of our
				// own.
				editor.create(run + "-first", 0).flatMap(editor::publish).block(Duration.ofSeconds(30));
				published = true;
			}
			Mono.delay(Duration.ofSeconds(1)).block();
		}
	}

	/**
	 * Whether a measure is to run: all unless {@code --only} lists some
	 * (comma-separated).
	 */
	private boolean selected(String measure) {
		String only = this.options.get("only");
		return only == null || List.of(only.split(",")).contains(measure);
	}

	private String option(String name, String fallback) {
		return this.options.getOrDefault(name, fallback);
	}

	static void progress(String message) {
		System.err.println(LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " bench: " + message);
	}

}
