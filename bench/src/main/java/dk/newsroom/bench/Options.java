package dk.newsroom.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line of the load script: the measures to run (all when none is named) and
 * {@code --name value} options. See {@link #USAGE} and docs/load.md.
 */
public record Options(Set<Measure> measures, URI gateway, URI articles, URI management, int readers, Duration duration,
		int streams, int streamsPerAddress, int openConcurrency, Duration openTimeout, Duration streamWait,
		int extraItems, int writeConcurrency, int probeRequests, int loopThreads, Path out, Path devToken, Path dataDir,
		Long gatewayPid) {

	public static final String USAGE = """
			Usage: scripts/load.sh [routed] [memory] [streams] [probes] [--option value ...]
			Runs the named measures (all four when none is named) against the running local stack (./run.sh)
			and writes a report (markdown and JSON). See docs/load.md.
			  --readers N             routed: concurrent readers (64)
			  --duration D            routed: length of each of the four runs (30s)
			  --streams N             streams: concurrent SSE connections (10000)
			  --streams-per-address N streams: connections per loopback client address (200: the gateway's max-streams-per-client)
			  --open-concurrency N    streams: connections being opened at a time (500)
			  --open-timeout D        streams: how long all of them may take to get their first event (180s)
			  --stream-wait D         streams: how long to wait for the published article on every stream (30s)
			  --extra-items K         memory: first create and publish K articles through articles-service (0)
			  --write-concurrency N   memory: concurrent writers of those articles (8)
			  --probe-requests N      probes: requests of each probe (400)
			  --gateway URL           (http://127.0.0.1:8080)
			  --articles URL          articles-service, for the direct reads and the extra items (http://127.0.0.1:8081)
			  --management URL        the gateway's management port (http://127.0.0.1:8180)
			  --gateway-pid PID       the gateway's process, for its heap (default: <data>/run/gateway.pid, else jps)
			  --data-dir DIR          the local stack's data folder (NEWSROOM_DATA_DIR, else ./data)
			  --dev-token PATH        the script that mints tokens (./dev-token.sh)
			  --loop-threads N        the load generator's event loop threads (2 x cores, at least 4)
			  --out DIR               where the reports go (target/load)
			Durations: 30, 30s, 2m, 500ms.
			""";

	private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

	public static Options parse(String[] args) {
		Set<Measure> measures = EnumSet.noneOf(Measure.class);
		Map<String, String> values = new LinkedHashMap<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--")) {
				String name = arg.substring(2);
				String value;
				int equals = name.indexOf('=');
				if (equals >= 0) {
					value = name.substring(equals + 1);
					name = name.substring(0, equals);
				}
				else if (i + 1 < args.length) {
					value = args[++i];
				}
				else {
					throw new IllegalArgumentException("--" + name + " needs a value");
				}
				values.put(name, value);
			}
			else {
				measures.add(Measure.of(arg.toLowerCase(Locale.ROOT)));
			}
		}
		if (measures.isEmpty()) {
			measures = EnumSet.allOf(Measure.class);
		}
		Map<String, String> v = values;
		int cores = Runtime.getRuntime().availableProcessors();
		String dataDirDefault = System.getenv().getOrDefault("NEWSROOM_DATA_DIR", "data");
		Options options = new Options(measures, uri(take(v, "gateway", "http://127.0.0.1:8080")),
				uri(take(v, "articles", "http://127.0.0.1:8081")), uri(take(v, "management", "http://127.0.0.1:8180")),
				positive(v, "readers", 64), duration(take(v, "duration", "30s")), positive(v, "streams", 10_000),
				positive(v, "streams-per-address", 200), positive(v, "open-concurrency", 500),
				duration(take(v, "open-timeout", "180s")), duration(take(v, "stream-wait", "30s")),
				atLeastZero(v, "extra-items", 0), positive(v, "write-concurrency", 8),
				positive(v, "probe-requests", 400), positive(v, "loop-threads", Math.max(4, 2 * cores)),
				Path.of(take(v, "out", "target/load")), Path.of(take(v, "dev-token", "./dev-token.sh")),
				Path.of(take(v, "data-dir", dataDirDefault)),
				v.containsKey("gateway-pid") ? Long.parseLong(v.remove("gateway-pid")) : null);
		unknown.addAll(v.keySet());
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("unknown option(s) --" + String.join(", --", unknown));
		}
		return options;
	}

	private static String take(Map<String, String> values, String name, String fallback) {
		String value = values.remove(name);
		return (value != null) ? value : fallback;
	}

	private static int positive(Map<String, String> values, String name, int fallback) {
		int value = atLeastZero(values, name, fallback);
		if (value == 0) {
			throw new IllegalArgumentException("--" + name + " must be at least 1");
		}
		return value;
	}

	private static int atLeastZero(Map<String, String> values, String name, int fallback) {
		String text = values.remove(name);
		if (text == null) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text.strip().replace("_", ""));
			if (value < 0) {
				throw new NumberFormatException();
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number >= 0, not '" + text + "'");
		}
	}

	static Duration duration(String text) {
		Matcher matcher = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a duration: '" + text + "' (e.g. 30, 30s, 2m, 500ms)");
		}
		long amount = Long.parseLong(matcher.group(1));
		String unit = (matcher.group(2) != null) ? matcher.group(2) : "s";
		Duration duration = switch (unit) {
			case "ms" -> Duration.ofMillis(amount);
			case "m" -> Duration.ofMinutes(amount);
			default -> Duration.ofSeconds(amount);
		};
		if (duration.isZero()) {
			throw new IllegalArgumentException("a duration must be positive, not '" + text + "'");
		}
		return duration;
	}

	private static URI uri(String text) {
		URI uri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
		if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
			throw new IllegalArgumentException("not an http URL: '" + text + "'");
		}
		return uri;
	}

}
