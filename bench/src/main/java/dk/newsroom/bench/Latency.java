package dk.newsroom.bench;

import org.HdrHistogram.AbstractHistogram;

/**
 * Percentiles of one HdrHistogram of microseconds, in milliseconds. All zero when nothing
 * was recorded ({@code count} 0).
 */
public record Latency(long count, double p50Ms, double p99Ms, double maxMs) {

	public static Latency of(AbstractHistogram micros) {
		if (micros.getTotalCount() == 0) {
			return new Latency(0, 0, 0, 0);
		}
		return new Latency(micros.getTotalCount(), millis(micros.getValueAtPercentile(50)),
				millis(micros.getValueAtPercentile(99)), millis(micros.getMaxValue()));
	}

	private static double millis(long micros) {
		return micros / 1000.0;
	}

}
