package dk.newsroom.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.bench.Measure;
import dk.newsroom.bench.Options;
import dk.newsroom.bench.memory.FeedMemory;
import dk.newsroom.bench.memory.FeedMemoryResult;
import dk.newsroom.bench.probes.ProbesResult;
import dk.newsroom.bench.probes.RateLimitProbes;
import dk.newsroom.bench.report.MarkdownReport;
import dk.newsroom.bench.report.Report;
import dk.newsroom.bench.routed.RoutedReads;
import dk.newsroom.bench.routed.RoutedResult;
import dk.newsroom.bench.stack.Articles;
import dk.newsroom.bench.stack.DevTokens;
import dk.newsroom.bench.stack.GatewayJvm;
import dk.newsroom.bench.stack.Http;
import dk.newsroom.bench.streams.LiveStreams;
import dk.newsroom.bench.streams.StreamsResult;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load script: checks that the gateway is ready, runs the selected measures in order
 * (routed, memory, streams, probes), each on its own so one that fails does not stop the
 * others, and writes {@code load-<time>.md} and {@code .json} into the output folder. The
 * last line on standard output is the markdown report's path; progress goes to standard
 * error. Exit code 0 when every measure ran, 1 when one failed, 2 for a bad command line
 * or a stack that is not there.
 */
public final class LoadScript {

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private LoadScript() {
	}

	public static void main(String[] args) {
		Options options;
		try {
			if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
				System.err.print(Options.USAGE);
				return;
			}
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("load: " + ex.getMessage());
			System.err.print(Options.USAGE);
			System.exit(2);
			return;
		}
		System.exit(run(options));
	}

	static int run(Options options) {
		long epochSecond = Instant.now().getEpochSecond();
		String run = Long.toString(epochSecond, 36);
		String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		String loadBefore = loadAverage();
		JsonMapper json = JsonMapper.builder().build();
		LoopResources loops = LoopResources.create("load", options.loopThreads(), true);
		ConnectionProvider small = Http.pool("load-control", 8);
		try {
			HttpClient control = Http.client(options.gateway(), loops, small);
			if (!ready(control, options)) {
				return 2;
			}
			GatewayJvm jvm = GatewayJvm.find(options.gatewayPid(), options.dataDir(), options.management(), control);
			progress("run " + run + ": " + options.measures() + "; gateway pid "
					+ jvm.pid().map(String::valueOf).orElse("none (" + jvm.pidSource() + ")"));
			DevTokens tokens = new DevTokens(options.devToken(), run);
			Map<String, String> failures = new LinkedHashMap<>();
			RoutedResult routed = null;
			FeedMemoryResult memory = null;
			StreamsResult streams = null;
			ProbesResult probes = null;
			Articles viaGateway = null;
			Articles direct = null;
			if (options.measures().contains(Measure.MEMORY) || options.measures().contains(Measure.STREAMS)) {
				DevTokens.Token writer = tokens.mint("writer", "articles:write");
				viaGateway = new Articles(control, writer, json);
				direct = new Articles(Http.client(options.articles(), loops, small), writer, json);
			}
			for (Measure measure : options.measures()) {
				try {
					switch (measure) {
						case ROUTED -> routed = new RoutedReads(options.gateway(), options.articles(), loops, json,
								LoadScript::progress)
							.run(options.readers(), options.duration());
						case MEMORY -> memory = new FeedMemory(jvm, LoadScript::progress).run(options.extraItems(),
								options.writeConcurrency(), direct, run);
						case STREAMS ->
							streams = new LiveStreams(options.gateway(), loops, json, jvm, LoadScript::progress).run(
									options.streams(), options.streamsPerAddress(), options.openConcurrency(),
									options.openTimeout(), options.streamWait(), options.loopThreads(), viaGateway,
									run);
						case PROBES -> probes = new RateLimitProbes(options.gateway(), loops, LoadScript::progress).run(
								options.probeRequests(), tokens.mint("probe", "load:read"),
								(int) (epochSecond % 65000));
					}
				}
				catch (RuntimeException ex) {
					progress(measure.wireName() + " failed: " + ex);
					failures.put(measure.wireName(), String.valueOf(ex.getMessage()));
				}
			}
			Report report = new Report(run, started, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
					options.measures().stream().map(Measure::wireName).toList(), settings(options), machine(loadBefore),
					generator(options),
					new Report.Gateway(options.gateway().toString(), options.articles().toString(),
							options.management().toString(), jvm.pid().orElse(null), jvm.pidSource(),
							jvm.jvmArguments()),
					routed, memory, streams, probes, failures);
			Path markdown = write(report, options.out(), json);
			System.out.println(markdown);
			return failures.isEmpty() ? 0 : 1;
		}
		catch (IOException ex) {
			progress("cannot write the report: " + ex.getMessage());
			return 1;
		}
		finally {
			small.dispose();
			loops.dispose();
		}
	}

	/** The gateway's readiness on its management port: UP, or a message and false. */
	private static boolean ready(HttpClient control, Options options) {
		String url = options.management() + "/actuator/health/readiness";
		Integer status = control.baseUrl(options.management().toString())
			.get()
			.uri("/actuator/health/readiness")
			.responseSingle((response, body) -> body.asByteArray().then(Mono.just(response.status().code())))
			.onErrorResume((error) -> Mono.just(-1))
			.block();
		if (status == null || status != 200) {
			progress("the gateway is not ready (" + url + " answered "
					+ ((status == null || status < 0) ? "nothing" : status)
					+ "); start the stack with ./run.sh and wait for its URLs");
			return false;
		}
		return true;
	}

	private static Map<String, Object> settings(Options options) {
		Map<String, Object> settings = new LinkedHashMap<>();
		if (options.measures().contains(Measure.ROUTED)) {
			settings.put("readers", options.readers());
			settings.put("duration", options.duration().toMillis() / 1000.0 + " s");
		}
		if (options.measures().contains(Measure.MEMORY)) {
			settings.put("extra-items", options.extraItems());
			settings.put("write-concurrency", options.writeConcurrency());
		}
		if (options.measures().contains(Measure.STREAMS)) {
			settings.put("streams", options.streams());
			settings.put("streams-per-address", options.streamsPerAddress());
			settings.put("open-concurrency", options.openConcurrency());
			settings.put("open-timeout", options.openTimeout().toSeconds() + " s");
			settings.put("stream-wait", options.streamWait().toSeconds() + " s");
		}
		if (options.measures().contains(Measure.PROBES)) {
			settings.put("probe-requests", options.probeRequests());
		}
		return settings;
	}

	public static Report.Machine machine(String loadBefore) {
		String cpu = "unknown CPU";
		long memory = 0;
		try {
			for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
				if (line.startsWith("model name")) {
					cpu = line.substring(line.indexOf(':') + 1).strip();
					break;
				}
			}
			for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					memory = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux: leave them unknown
		}
		return new Report.Machine(Runtime.getRuntime().availableProcessors(), cpu, memory,
				System.getProperty("os.name") + " " + System.getProperty("os.version"), loadBefore, loadAverage());
	}

	private static Report.Generator generator(Options options) {
		return new Report.Generator(
				System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
				ManagementFactory.getRuntimeMXBean().getInputArguments(), Runtime.getRuntime().maxMemory(),
				options.loopThreads());
	}

	public static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException ex) {
			return "unknown";
		}
	}

	private static Path write(Report report, Path folder, JsonMapper json) throws IOException {
		Files.createDirectories(folder);
		String name = "load-" + LocalDateTime.now().format(FILE_TIME);
		Path markdown = folder.resolve(name + ".md");
		Files.writeString(markdown, MarkdownReport.of(report), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve(name + ".json"),
				json.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n", StandardCharsets.UTF_8);
		return markdown.toAbsolutePath();
	}

	static void progress(String message) {
		System.err.println(LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " load: " + message);
	}

}
