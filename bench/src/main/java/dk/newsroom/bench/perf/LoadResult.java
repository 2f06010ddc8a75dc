package dk.newsroom.bench.perf;

import java.util.Map;

import dk.newsroom.bench.Latency;

/**
 * One measured closed-loop run.
 *
 * @param clients how many clients at once
 * @param seconds how long it ran
 * @param requests the requests answered (or failed)
 * @param ok the 2xx answers
 * @param perSecond requests a second
 * @param okPerSecond 2xx answers a second
 * @param latency of the 2xx answers
 * @param statuses every status (or error) and how often
 * @param cpuSeconds the CPU time each of the stack's processes used while it was measured
 * (empty when not measured)
 */
record LoadResult(int clients, double seconds, long requests, long ok, double perSecond, double okPerSecond,
		Latency latency, Map<String, Long> statuses, Map<String, Double> cpuSeconds) {

	/**
	 * The CPU time of a process per 2xx answer, in milliseconds, or NaN if not measured.
	 */
	double cpuMillisPerOk(String process) {
		Double seconds = this.cpuSeconds.get(process);
		return (seconds != null && this.ok > 0) ? seconds * 1000 / this.ok : Double.NaN;
	}

}
