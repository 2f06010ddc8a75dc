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
 */
record LoadResult(int clients, double seconds, long requests, long ok, double perSecond, double okPerSecond,
		Latency latency, Map<String, Long> statuses) {

}
