package dk.newsroom.bench.perf;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.newsroom.bench.report.Report;
import org.jspecify.annotations.Nullable;

/**
 * docs/performance.md's table and setup; serialised as it is, with every raw result, it
 * is docs/performance.json (and {@code --render} reads it back).
 */
record PerformanceReport(String run, String started, String finished, Report.Machine machine, String generatorCpus,
		String stackCpus, String appJvmOptions, int readers, int writers, long stackWarmUpSeconds, long warmUpSeconds,
		long seconds, List<Row> rows, @Nullable List<Row> growth, Map<String, Object> raw) {

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# Performance\n\n");
		md.append("Written by `scripts/bench.sh` (run ")
			.append(this.run)
			.append(", ")
			.append(this.started)
			.append(" to ")
			.append(this.finished)
			.append("); do not edit by hand. How it measures: [below](#how-it-is-measured). ")
			.append("The raw results are in [performance.json](performance.json); what the figures mean, and ")
			.append("which are the MongoDB stand-in's: [performance-notes.md](performance-notes.md).\n\n");
		md.append("| measure | ours | baseline | ratio | target | met? |\n");
		md.append("| --- | ---: | ---: | ---: | --- | --- |\n");
		for (Row row : this.rows) {
			md.append("| ")
				.append(row.measure())
				.append(" | ")
				.append(row.ours())
				.append(" | ")
				.append((row.baseline() != null) ? row.baseline() : "—")
				.append(" | ")
				.append((row.ratio() != null) ? String.format(Locale.ROOT, "%.2f ×", row.ratio()) : "—")
				.append(" | ")
				.append(row.target())
				.append(" | ")
				.append((row.met() == null) ? "—" : row.met() ? "yes" : "**no**")
				.append(" |\n");
		}
		if (this.growth != null && !this.growth.isEmpty()) {
			md.append("\n## How cost grows with work\n\n");
			md.append("The same stack, the same run: each figure next to how much work there was.\n\n");
			md.append("| measure | with | figure |\n");
			md.append("| --- | --- | ---: |\n");
			for (Row row : this.growth) {
				md.append("| ")
					.append(row.measure())
					.append(" | ")
					.append(row.baseline())
					.append(" | ")
					.append(row.ours())
					.append(" |\n");
			}
		}
		md.append("\n## How it is measured\n\n");
		md.append("- Machine: ")
			.append(this.machine.cores())
			.append(" cores (")
			.append(this.machine.cpu())
			.append("), ")
			.append(this.machine.memoryBytes() / (1024 * 1024 * 1024))
			.append(" GiB, ")
			.append(this.machine.os())
			.append("; load average before ")
			.append(this.machine.loadBefore())
			.append(", after ")
			.append(this.machine.loadAfter())
			.append(".\n");
		md.append(
				"- CPUs: the stack (the launcher with Kafka and the MongoDB stand-in, the three services, the gateway) on ")
			.append(this.stackCpus)
			.append("; the load generator on ")
			.append(this.generatorCpus)
			.append(" (`taskset`), so it does not take the measured processes' CPU. One exception: for the first ")
			.append("routed measure the gateway is moved to the generator's CPU (a CPU apart from the service, as in ")
			.append("production, though shared with the generator), then back. With the gateway on the service's CPU, ")
			.append("a routed request costs that CPU the gateway's work and the service's, one after the other (the ")
			.append("CPU rows say how much each).\n");
		md.append("- The apps run with `")
			.append(this.appJvmOptions)
			.append("`: the full JIT, unlike `./run.sh` (C1 only, for start-up).\n");
		md.append("- First the whole stack warms up for ")
			.append(this.stackWarmUpSeconds)
			.append(" s: every kind of request measured, in turns, none counted (the JIT of every app compiles on ")
			.append("the CPUs the stack shares; a measure taken while it still does reads low).\n");
		md.append("- Every measure runs after a warm-up of ")
			.append(this.warmUpSeconds)
			.append(" s whose answers are not counted, then ")
			.append(this.seconds)
			.append(" s measured, closed loop (each client sends its next request when the answer is read); ")
			.append(this.readers)
			.append(" readers, ")
			.append(this.writers)
			.append(" writers. Throughput is 2xx answers a second; latencies from HdrHistogram.\n");
		md.append(
				"- Baselines run in the same run, on the same stack: the bare endpoint (the gateway's `bench` profile, "
						+ "never in production, which also lifts the rate limit's budget so that no reader is refused), the same "
						+ "request straight at the service, the driver's `insertOne` into a collection with the articles "
						+ "collection's indexes, the first page of the same list. Two loads compared with each other run in "
						+ "alternation (four rounds each, after both warmed up), so neither gains from running later.\n");
		md.append(
				"- Publish latency: drafts are written first, then published on a fixed schedule (open loop) while one "
						+ "reader holds `/api/feed/stream?type=article`; from when each publish request was due to that reader "
						+ "getting its `added`. Streams: the load script's measure ([load.md](load.md)), heap after forced GCs. "
						+ "Start-up: `./run.sh --no-build` with its own JVM settings on every core, until it prints that the "
						+ "stack is up.\n");
		md.append("- Bootstrap: the records of published items (80 % articles, 16 % events, 4 % people, the services' "
				+ "envelope) on three fresh topics of the stack's broker; a gateway process (the built jar, the apps' JVM "
				+ "options) timed from its start until its readiness says it caught up, against the same start on empty "
				+ "topics; items a second = items ÷ the difference. It starts on every CPU, as a gateway with CPUs of its "
				+ "own would (the stack idles meanwhile but for the broker serving it; the generator waits): on one CPU "
				+ "its garbage collector and JIT compiler take two thirds of the CPU from the thread reading the topics "
				+ "([performance-notes.md](performance-notes.md#the-bootstrap)). Once caught up it is held to the "
				+ "stack's CPUs and its feed read as above, after a warm-up three times as long (a JVM just started).\n");
		md.append("- Search: the records of published items in the same shapes and shares as the bootstrap's, but with "
				+ "varied Danish text (a seeded generator composes headlines of 6–10 words, leads of about 20 and bodies "
				+ "of about 80 in 2–4 paragraphs from a vocabulary of IT and news words in their inflected forms, 4 000 "
				+ "compounds of two of its nouns (each rare, their parts common), names, companies, venues and cities; "
				+ "the queries' nouns drawn with a flatter skew than the texts', so a query matches 4 % of the items on "
				+ "average and a median one 0.3 %), on three fresh topics; a gateway started on "
				+ "them as above, its index where a gateway keeps it by default (a temporary directory, memory-mapped: "
				+ "off the heap), timed until `/api/search` "
				+ "answers 200 instead of 503 (its own reader caught up with the topics), against the same start on "
				+ "empty topics; items a second = items ÷ the difference. The search's reader starts once the feed "
				+ "has caught up, so the row also gives the index's own rate, from when the gateway's readiness "
				+ "answered 200 (the same wait on empty topics taken off). Once it answers it is held to the stack's CPUs; its `newsroom_search_documents` and "
				+ "`newsroom_search_index_size_bytes` (the bytes of the index's files, on disk and in the page cache) "
				+ "give the index's bytes per item, and its heap after a full GC (`jcmd GC.run`) less the empty "
				+ "gateway's gives the heap per item (the feed's own projection included, the index's files not). The "
				+ "empty gateway is the bootstrap's baseline too (one start a run). "
				+ "Then a fixed, seeded list of 240 queries (one to three words in any form, quoted phrases, a typo in "
				+ "a word of eight letters or more, names and places; some filtered by type or section, some newest "
				+ "first; ten results) is asked once, every answer a 200 and its hits counted, and read in turn by "
				+ "closed-loop clients, in alternation with the same clients on `/api/feed?limit=10` of the same "
				+ "gateway, after a warm-up three times as long as the others (a JVM just started; the queries asked "
				+ "once count toward it). The gateway's own search timer (`newsroom_search_queries_seconds`) over "
				+ "the measured rounds is given beside the latencies.\n");
		md.append("- The store is the MongoDB stand-in (`mongo-java-server`, in the launcher's JVM), not MongoDB: the "
				+ "figures that involve the store (writes, the services' lists) are the stand-in's. Against real MongoDB "
				+ "the compose stack is the way ([performance-notes.md](performance-notes.md#against-real-mongodb)); "
				+ "it is not measured here.\n");
		return md.toString();
	}

}
