package dk.newsroom.bench.perf;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import dk.newsroom.bench.Latency;
import dk.newsroom.bench.StatusCounts;
import org.HdrHistogram.ConcurrentHistogram;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Closed-loop clients: each sends a request, waits for the whole answer, records its
 * latency and sends the next. First a warm-up whose answers are not counted (the JIT of
 * the measured JVMs compiles the hot path meanwhile), then the measured run.
 */
final class ClosedLoop {

	private ClosedLoop() {
	}

	/**
	 * @param clients how many at once
	 * @param warmUp how long to run uncounted first
	 * @param duration how long to measure
	 * @param request the next request of a client (its number): emits the answer's status
	 * @return what was measured
	 */
	static LoadResult run(int clients, Duration warmUp, Duration duration, IntFunction<Mono<Integer>> request) {
		return run(clients, warmUp, duration, request, null);
	}

	/**
	 * @param cpu the stack's processes, whose CPU time during the measured part the
	 * result tells, or {@code null}
	 */
	static LoadResult run(int clients, Duration warmUp, Duration duration, IntFunction<Mono<Integer>> request,
			@Nullable StackCpu cpu) {
		if (!warmUp.isZero()) {
			loop(clients, warmUp, request, null, null);
		}
		Tally tally = new Tally(cpu);
		tally.time(clients, duration, request);
		return tally.result(clients);
	}

	/**
	 * Two loads measured in alternation, so neither gains from running later (a JIT that
	 * compiled more, a cache that filled): both warm up, then {@code rounds} rounds of
	 * {@code duration / rounds} each, first one then the other, added up.
	 * @return the first's result and the second's
	 */
	static LoadResult[] alternate(int clients, Duration warmUp, Duration duration, int rounds,
			IntFunction<Mono<Integer>> first, IntFunction<Mono<Integer>> second) {
		return alternate(clients, warmUp, duration, rounds, first, second, null);
	}

	/**
	 * @param cpu the stack's processes, whose CPU time during each load's measured rounds
	 * its result tells, or {@code null}
	 */
	static LoadResult[] alternate(int clients, Duration warmUp, Duration duration, int rounds,
			IntFunction<Mono<Integer>> first, IntFunction<Mono<Integer>> second, @Nullable StackCpu cpu) {
		warmUp(clients, warmUp, first, second);
		Tally[] tallies = { new Tally(cpu), new Tally(cpu) };
		Duration round = duration.dividedBy(rounds);
		for (int i = 0; i < rounds; i++) {
			tallies[0].time(clients, round, first);
			tallies[1].time(clients, round, second);
		}
		return new LoadResult[] { tallies[0].result(clients), tallies[1].result(clients) };
	}

	/**
	 * The warm-up of {@link #alternate}: both loads in turns, twice, for
	 * {@code warmUp / 2} each, nothing counted.
	 */
	static void warmUp(int clients, Duration warmUp, IntFunction<Mono<Integer>> first,
			IntFunction<Mono<Integer>> second) {
		if (!warmUp.isZero()) {
			loop(clients, warmUp.dividedBy(2), first, null, null);
			loop(clients, warmUp.dividedBy(2), second, null, null);
			loop(clients, warmUp.dividedBy(2), first, null, null);
			loop(clients, warmUp.dividedBy(2), second, null, null);
		}
	}

	/** What several measured rounds of one load add up to. */
	private static final class Tally {

		private final StatusCounts statuses = new StatusCounts();

		private final ConcurrentHistogram ok = new ConcurrentHistogram(3);

		private final @Nullable StackCpu cpu;

		private final Map<String, Double> cpuSeconds = new LinkedHashMap<>();

		private long nanos;

		Tally(@Nullable StackCpu cpu) {
			this.cpu = cpu;
		}

		void time(int clients, Duration duration, IntFunction<Mono<Integer>> request) {
			Map<String, Double> cpuBefore = (this.cpu != null) ? this.cpu.seconds() : Map.of();
			long start = System.nanoTime();
			loop(clients, duration, request, this.statuses, this.ok);
			this.nanos += System.nanoTime() - start;
			if (this.cpu != null) {
				StackCpu.between(cpuBefore, this.cpu.seconds())
					.forEach((process, seconds) -> this.cpuSeconds.merge(process, seconds, Double::sum));
			}
		}

		LoadResult result(int clients) {
			double seconds = this.nanos / 1e9;
			Map<String, Long> counts = this.statuses.snapshot();
			long requests = StatusCounts.total(counts);
			long okCount = counts.getOrDefault("200", 0L) + counts.getOrDefault("201", 0L);
			return new LoadResult(clients, seconds, requests, okCount, requests / seconds, okCount / seconds,
					Latency.of(this.ok), counts, new LinkedHashMap<>(this.cpuSeconds));
		}

	}

	private static void loop(int clients, Duration duration, IntFunction<Mono<Integer>> request,
			@Nullable StatusCounts statuses, @Nullable ConcurrentHistogram ok) {
		long deadline = System.nanoTime() + duration.toNanos();
		Flux.range(0, clients).flatMap((client) -> Mono.defer(() -> {
			long sent = System.nanoTime();
			return request.apply(client).doOnNext((status) -> {
				if (statuses != null && ok != null) {
					statuses.status(status);
					if (status / 100 == 2) {
						ok.recordValue((System.nanoTime() - sent) / 1000);
					}
				}
			}).onErrorResume((error) -> {
				if (statuses != null) {
					statuses.error(error);
				}
				return Mono.empty();
			}).then();
		}).repeat(() -> System.nanoTime() < deadline), clients).blockLast();
	}

}
