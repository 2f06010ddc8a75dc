package dk.newsroom.bench.probes;

import java.util.Map;

/**
 * One probe: {@code requests} requests one after another.
 *
 * @param authorization what the requests sent as {@code Authorization}
 * @param source the client address the requests came from ({@code default}: the system's
 * choice)
 * @param first429 the number of the first request answered 429 (1-based), or 0
 */
public record Probe(String name, String authorization, String source, int requests, Map<String, Long> statuses,
		int first429) {
}
