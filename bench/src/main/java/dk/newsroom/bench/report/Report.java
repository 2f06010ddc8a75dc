package dk.newsroom.bench.report;

import java.util.List;
import java.util.Map;

import dk.newsroom.bench.memory.FeedMemoryResult;
import dk.newsroom.bench.probes.ProbesResult;
import dk.newsroom.bench.routed.RoutedResult;
import dk.newsroom.bench.streams.StreamsResult;

/**
 * Everything a run measured, and where. A measure that was not selected is null; one that
 * failed is in {@code failures} with its reason.
 */
public record Report(String run, String started, String finished, List<String> measures, Map<String, Object> settings,
		Machine machine, Generator generator, Gateway gateway, RoutedResult routed, FeedMemoryResult memory,
		StreamsResult streams, ProbesResult probes, Map<String, String> failures) {

	/**
	 * @param loadBefore {@code /proc/loadavg} when the run started
	 */
	public record Machine(int cores, String cpu, long memoryBytes, String os, String loadBefore, String loadAfter) {
	}

	/** The load generator's JVM. */
	public record Generator(String java, List<String> jvmArguments, long maxHeapBytes, int eventLoopThreads) {
	}

	/** The gateway under test. */
	public record Gateway(String url, String articlesUrl, String managementUrl, Long pid, String pidSource,
			String jvmArguments) {
	}

}
