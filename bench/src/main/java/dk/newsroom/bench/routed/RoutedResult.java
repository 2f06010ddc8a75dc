package dk.newsroom.bench.routed;

import java.util.List;

/**
 * The routed reads: the four runs and, per path, gateway against direct.
 *
 * @param itemId the published article read by the item runs
 */
public record RoutedResult(int readers, double secondsPerRun, String itemId, List<RoutedRun> runs,
		List<Comparison> comparisons) {

	/**
	 * @param throughputRatio gateway req/s / direct req/s (every answer)
	 * @param okThroughputRatio gateway 200/s / direct 200/s
	 */
	public record Comparison(String path, double throughputRatio, double okThroughputRatio, double gatewayOkShare,
			double directOkShare) {
	}

}
