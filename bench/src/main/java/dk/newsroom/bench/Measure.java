package dk.newsroom.bench;

import java.util.Locale;

/**
 * The measures of the load script, in the order they run. The rate limit probes come
 * last: they use up client addresses' buckets on purpose.
 */
public enum Measure {

	/** Routed reads through the gateway and straight at articles-service. */
	ROUTED,

	/** The feed's heap: heap after GC and items in the feed. */
	MEMORY,

	/** Many live streams, the delay of a publish to each, and the heap per stream. */
	STREAMS,

	/** The rate limit: a non-bearer Authorization header, an invalid token, anonymous. */
	PROBES;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Measure of(String name) {
		for (Measure measure : values()) {
			if (measure.wireName().equals(name)) {
				return measure;
			}
		}
		throw new IllegalArgumentException("unknown measure '" + name + "' (routed, memory, streams, probes)");
	}

}
