package dk.newsroom.bench.perf;

import org.jspecify.annotations.Nullable;

/**
 * One line of the performance table.
 *
 * @param measure what is measured
 * @param ours our figure, as written in the table
 * @param baseline the baseline's figure and what it is, or {@code null} when the target
 * is absolute
 * @param ratio ours / baseline (throughput) or the figure itself against an absolute
 * target, or {@code null} when not measured
 * @param target the target, as written in the table
 * @param met whether the target is met, or {@code null} when not measured
 */
record Row(String measure, String ours, @Nullable String baseline, @Nullable Double ratio, String target,
		@Nullable Boolean met) {

	/** A throughput measured against a baseline: met when ours ≥ {@code atLeast} × it. */
	static Row throughput(String measure, LoadResult ours, String baselineName, LoadResult baseline, double atLeast) {
		double ratio = (baseline.okPerSecond() > 0) ? ours.okPerSecond() / baseline.okPerSecond() : 0;
		return new Row(measure, perSecond(ours), perSecond(baseline) + " (" + baselineName + ")", ratio,
				"≥ " + atLeast + " ×", ratio >= atLeast);
	}

	/** A throughput against its baseline's, with no target: the ratio is information. */
	static Row compared(String measure, LoadResult ours, String baselineName, LoadResult baseline) {
		double ratio = (baseline.okPerSecond() > 0) ? ours.okPerSecond() / baseline.okPerSecond() : 0;
		return new Row(measure, perSecond(ours), perSecond(baseline) + " (" + baselineName + ")", ratio, "—", null);
	}

	/** A figure against an absolute bound: met when it is at most {@code atMost}. */
	static Row atMost(String measure, double figure, String unit, double atMost) {
		return new Row(measure, format(figure) + " " + unit, null, null, "≤ " + format(atMost) + " " + unit,
				figure <= atMost);
	}

	/** A figure against an absolute floor: met when it is at least {@code atLeast}. */
	static Row atLeast(String measure, double figure, String unit, @Nullable String baseline, double atLeast) {
		return new Row(measure, format(figure) + " " + unit, baseline, null, "≥ " + format(atLeast) + " " + unit,
				figure >= atLeast);
	}

	/**
	 * A cost at depth against the cost at the start: met when the deep one takes at most
	 * {@code atMost} × the time (throughput ratio start / deep).
	 */
	static Row depth(String measure, LoadResult deep, LoadResult start, double atMost) {
		double ratio = (deep.okPerSecond() > 0) ? start.okPerSecond() / deep.okPerSecond() : Double.MAX_VALUE;
		return new Row(measure, perSecond(deep), perSecond(start) + " (the first page)", ratio, "≤ " + atMost + " ×",
				ratio <= atMost);
	}

	/** A figure shown for context, without a target of its own. */
	static Row info(String measure, String ours) {
		return new Row(measure, ours, null, null, "—", null);
	}

	/**
	 * A line of the growth table: a figure at an amount of work (kept in
	 * {@code baseline}).
	 */
	static Row growth(String measure, String with, String figure) {
		return new Row(measure, figure, with, null, "—", null);
	}

	/** A measure this run did not take, and why. */
	static Row notMeasured(String measure, String target, String why) {
		return new Row(measure, "not measured: " + why, null, null, target, null);
	}

	/** Throughput and p99, as every row writes them. */
	static String perSecond(LoadResult result) {
		return String.format(java.util.Locale.ROOT, "%,.0f/s, p99 %.1f ms", result.okPerSecond(),
				result.latency().p99Ms());
	}

	static String format(double value) {
		return (value == Math.rint(value) && Math.abs(value) < 1e12)
				? String.format(java.util.Locale.ROOT, "%,.0f", value)
				: String.format(java.util.Locale.ROOT, "%,.1f", value);
	}

}
