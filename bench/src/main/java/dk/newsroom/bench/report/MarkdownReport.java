package dk.newsroom.bench.report;

import java.util.Locale;
import java.util.Map;

import dk.newsroom.bench.Latency;
import dk.newsroom.bench.memory.FeedMemoryResult;
import dk.newsroom.bench.probes.Probe;
import dk.newsroom.bench.probes.ProbesResult;
import dk.newsroom.bench.routed.RoutedResult;
import dk.newsroom.bench.routed.RoutedRun;
import dk.newsroom.bench.stack.GatewaySample;
import dk.newsroom.bench.streams.StreamsResult;

/** The report as markdown: the setup, then a section per measure that ran. */
public final class MarkdownReport {

	private final StringBuilder out = new StringBuilder();

	private MarkdownReport() {
	}

	public static String of(Report report) {
		MarkdownReport markdown = new MarkdownReport();
		markdown.write(report);
		return markdown.out.toString();
	}

	private void write(Report report) {
		line("# Load report " + report.run());
		line();
		line("Started " + report.started() + ", finished " + report.finished() + ". Measures: "
				+ String.join(", ", report.measures()) + ". How to read it: docs/load.md.");
		line();
		setup(report);
		if (report.routed() != null) {
			routed(report.routed());
		}
		if (report.memory() != null) {
			memory(report.memory());
		}
		if (report.streams() != null) {
			streams(report.streams());
		}
		if (report.probes() != null) {
			probes(report.probes());
		}
		if (!report.failures().isEmpty()) {
			line("## Failed measures");
			line();
			report.failures().forEach((measure, reason) -> line("- **" + measure + "**: " + reason));
			line();
		}
	}

	private void setup(Report report) {
		Report.Machine machine = report.machine();
		Report.Generator generator = report.generator();
		Report.Gateway gateway = report.gateway();
		line("## Setup");
		line();
		line("- Machine: " + machine.cores() + " cores (" + machine.cpu() + "), "
				+ num(machine.memoryBytes() / 1073741824.0, 1) + " GiB" + " memory, " + machine.os()
				+ "; load average before " + machine.loadBefore() + ", after " + machine.loadAfter() + ".");
		line("- **The load generator runs on the same machine as the stack and shares its " + machine.cores()
				+ " cores with it** (and with whatever else runs there): the figures are those of the stack and the"
				+ " generator together, not of a server with the machine to itself.");
		line("- Load generator: one JVM, " + generator.java() + ", Reactor Netty HTTP client on "
				+ generator.eventLoopThreads() + " event loop threads; JVM flags `"
				+ String.join(" ", generator.jvmArguments()) + "` (heap bounded: max " + mib(generator.maxHeapBytes())
				+ ").");
		line("- Gateway " + gateway.url() + " (management " + gateway.managementUrl() + "), articles-service "
				+ gateway.articlesUrl() + ".");
		line("- Gateway process: " + ((gateway.pid() != null) ? "pid " + gateway.pid() + " (from " + gateway.pidSource()
				+ "), JVM flags `" + gateway.jvmArguments() + "`" : "none found (" + gateway.pidSource() + ")") + ".");
		line("- Settings: " + report.settings() + ".");
		line();
	}

	private void routed(RoutedResult routed) {
		line("## Routed reads");
		line();
		line(routed.readers() + " concurrent readers per run, closed loop (each sends its next request when its answer"
				+ " is read), " + num(routed.secondsPerRun(), 0)
				+ " s per run, one run after another. Item: `/api/articles/" + routed.itemId()
				+ "`. Latencies from HdrHistogram, request sent to answer read.");
		line();
		line("| target | path | requests | 200 | 429 | 503 | other 5xx | other | errors | req/s | 200/s | share of 200 "
				+ "| p50 ms | p99 ms | max ms | 200s: p50 / p99 ms |");
		line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
		for (RoutedRun run : routed.runs()) {
			Latency all = run.all();
			line("| " + run.target() + " | `" + run.path() + "` | " + run.requests() + " | " + run.ok() + " | "
					+ run.tooMany() + " | " + run.unavailable() + " | " + run.otherServerErrors() + " | " + run.others()
					+ " | " + run.errors() + " | " + num(run.requestsPerSecond(), 0) + " | " + num(run.okPerSecond(), 0)
					+ " | " + percent(run.okShare()) + " | " + ms(all, all.p50Ms()) + " | " + ms(all, all.p99Ms())
					+ " | " + ms(all, all.maxMs()) + " | " + ms(run.okLatency(), run.okLatency().p50Ms()) + " / "
					+ ms(run.okLatency(), run.okLatency().p99Ms()) + " |");
		}
		line();
		line("| path | gateway / direct, req/s | gateway / direct, 200/s | share of 200, gateway | share of 200, direct |");
		line("| --- | ---: | ---: | ---: | ---: |");
		for (RoutedResult.Comparison comparison : routed.comparisons()) {
			line("| `" + comparison.path() + "` | " + num(comparison.throughputRatio(), 2) + " | "
					+ num(comparison.okThroughputRatio(), 2) + " | " + percent(comparison.gatewayOkShare()) + " | "
					+ percent(comparison.directOkShare()) + " |");
		}
		line();
		line("Rate limit budget of each run, and every status or error seen:");
		line();
		for (RoutedRun run : routed.runs()) {
			line("- " + run.target() + " `" + run.path() + "`: budget " + run.budget()
					+ (run.tooMany() > 0 ? "; " + run.okBeforeFirst429() + " 200s before the first 429" : "")
					+ "; answers " + run.statuses() + ", " + mib(run.bytes()) + " read.");
		}
		line();
	}

	private void memory(FeedMemoryResult memory) {
		line("## Feed memory");
		line();
		line("The gateway's heap right after a forced full GC (`jcmd <pid> GC.run`, twice), from its management port: "
				+ "`jvm.memory.used` summed over the heap pools and `jvm.gc.live.data.size` (old generation after the GC), "
				+ "and the items in its feed (`newsroom.feed.items`, all types).");
		line();
		line("| when | items | heap used | live data after GC | heap / item |");
		line("| --- | ---: | ---: | ---: | ---: |");
		sampleRow("before", memory.before());
		if (memory.extraItems() > 0) {
			sampleRow("after " + memory.loaded() + " more", memory.after());
		}
		line();
		if (memory.extraItems() > 0) {
			line("- Loaded " + memory.loaded() + " of " + memory.extraItems()
					+ " articles (create and publish, straight at" + " articles-service) in "
					+ num(memory.loadSeconds(), 1) + " s; the feed "
					+ (memory.feedCaughtUp() ? "held them all" : "had **not** caught up within 60 s") + ".");
			line("- **Heap per added item: " + bytes(memory.marginalBytesPerItem())
					+ "** ((heap after − heap before) / "
					+ "(items after − items before), on the live data after GC).");
		}
		line("- Whole heap / items: " + bytes(memory.heapBytesPerItem())
				+ " (an upper bound: it counts everything else the gateway holds; load extra items with `--extra-items K`"
				+ " for the per-item figure).");
		line();
	}

	private void sampleRow(String when, GatewaySample sample) {
		line("| " + when + " | " + sample.feedItems() + " | " + mib(sample.heapUsedBytes()) + " | "
				+ ((sample.liveDataBytes() != null) ? mib(sample.liveDataBytes()) : "–") + " | "
				+ ((sample.feedItems() > 0) ? bytes((double) sample.heapBytes() / sample.feedItems()) : "–") + " |");
	}

	private void streams(StreamsResult streams) {
		line("## Live streams");
		line();
		line(streams.requested()
				+ " concurrent `GET /api/feed/stream` connections (Reactor Netty, a new connection each),"
				+ " spread over " + streams.clientAddresses() + " loopback client address(es) of at most "
				+ streams.streamsPerAddress()
				+ " streams each (the stream looks at no token: caps and the rate limit apply per address).");
		line();
		line("| figure | value |");
		line("| --- | ---: |");
		row("streams asked for", Integer.toString(streams.requested()));
		row("ready (got their first event)", Long.toString(streams.ready()));
		row("first answers", streams.answers().toString());
		row("time to open them all", num(streams.openSeconds(), 1) + " s");
		row("gateway heap before, live data after GC",
				(streams.before().gcForced()) ? mib(streams.before().heapBytes()) : "not measured");
		row("gateway heap with the streams open, live data after GC",
				(streams.after().gcForced()) ? mib(streams.after().heapBytes()) : "not measured");
		row("**gateway heap per stream**", bytes(streams.heapBytesPerStream()));
		row("gateway's `newsroom.feed.stream.clients` before / with them open",
				streams.before().streamClients() + " / " + streams.after().streamClients());
		row("published article", "`" + streams.articleId() + "`");
		row("publish call (through the gateway)", num(streams.publishMs(), 1) + " ms");
		row("ready streams that got its `added`", Long.toString(streams.received()));
		row("**missed** (no `added` within the wait of " + num(streams.waitSeconds(), 0) + " s)",
				Long.toString(streams.missed()));
		row("waited", num(streams.waitedSeconds(), 1) + " s");
		row("of those missed: stream ended by the gateway", Long.toString(streams.closedEarly()));
		row("received before the publish answer (counted as 0 ms)", Long.toString(streams.beforeAnswer()));
		Latency delay = streams.delay();
		row("delay publish answer → `added`: p50 / p99 / max",
				ms(delay, delay.p50Ms()) + " / " + ms(delay, delay.p99Ms()) + " / " + ms(delay, delay.maxMs()) + " ms");
		line();
	}

	private void probes(ProbesResult probes) {
		line("## Rate limit probes");
		line();
		line("`GET " + probes.path() + "`, requests one after another, each probe from its own client address where the"
				+ " gateway is on loopback (so the probes do not share an address's buckets).");
		line();
		line("| probe | Authorization | from | requests | statuses | first 429 at request |");
		line("| --- | --- | --- | ---: | --- | ---: |");
		for (Probe probe : probes.probes()) {
			line("| " + probe.name() + " | `" + probe.authorization() + "` | " + probe.source() + " | "
					+ probe.requests() + " | " + statuses(probe.statuses()) + " | "
					+ ((probe.first429() > 0) ? probe.first429() : "none") + " |");
		}
		line();
	}

	private static String statuses(Map<String, Long> statuses) {
		StringBuilder text = new StringBuilder();
		statuses.forEach((status,
				count) -> text.append((text.length() > 0) ? ", " : "").append(status).append(": ").append(count));
		return text.toString();
	}

	private void row(String figure, String value) {
		line("| " + figure + " | " + value + " |");
	}

	private static String ms(Latency latency, double value) {
		return (latency.count() > 0) ? num(value, (value < 10) ? 2 : 1) : "–";
	}

	private static String percent(double share) {
		return num(share * 100, 1) + " %";
	}

	private static String bytes(Double value) {
		return (value != null) ? num(value, 0) + " B" : "–";
	}

	private static String mib(long bytes) {
		return num(bytes / 1048576.0, 1) + " MiB";
	}

	private static String num(double value, int decimals) {
		return String.format(Locale.ROOT, "%,." + decimals + "f", value);
	}

	private void line(String text) {
		this.out.append(text).append('\n');
	}

	private void line() {
		this.out.append('\n');
	}

}
