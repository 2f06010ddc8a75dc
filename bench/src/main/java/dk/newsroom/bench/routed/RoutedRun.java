package dk.newsroom.bench.routed;

import java.util.Map;

import dk.newsroom.bench.Latency;

/**
 * One run: {@code readers} readers on one path against one target for a fixed time.
 *
 * @param target {@code gateway} or {@code direct}
 * @param path the request path
 * @param budget whose rate-limit budget applied (gateway), or that none did (direct)
 * @param seconds from the first request to the last answer
 * @param requests requests answered or failed
 * @param statuses answers by status, and failed requests by error
 * @param okBeforeFirst429 200s counted when the first 429 arrived (all 200s if none did)
 * @param all latency of every answer, whatever its status
 * @param ok latency of the 200s
 * @param okShare 200s / requests
 */
public record RoutedRun(String target, String path, String budget, double seconds, long requests,
		Map<String, Long> statuses, long ok, long tooMany, long unavailable, long otherServerErrors, long others,
		long errors, long okBeforeFirst429, double requestsPerSecond, double okPerSecond, double okShare, long bytes,
		Latency all, Latency okLatency) {
}
