package dk.newsroom.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Answers counted by HTTP status ({@code "200"}, {@code "429"}, …) and requests that got
 * none by the exception's class ({@code "error: PrematureCloseException"}); safe to count
 * from several threads.
 */
public final class StatusCounts {

	public static final String ERROR_PREFIX = "error: ";

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	public void status(int status) {
		count(Integer.toString(status));
	}

	public void error(Throwable error) {
		count(ERROR_PREFIX + error.getClass().getSimpleName());
	}

	private void count(String key) {
		this.counts.computeIfAbsent(key, (k) -> new LongAdder()).increment();
	}

	/** Sorted by key: statuses first, then errors. */
	public Map<String, Long> snapshot() {
		Map<String, Long> snapshot = new TreeMap<>();
		this.counts.forEach((key, count) -> snapshot.put(key, count.sum()));
		return snapshot;
	}

	/**
	 * @return the answers with this status in a snapshot
	 */
	public static long of(Map<String, Long> counts, int status) {
		return counts.getOrDefault(Integer.toString(status), 0L);
	}

	/**
	 * @return the answers 500–599 other than those listed
	 */
	public static long serverErrorsOtherThan(Map<String, Long> counts, int... except) {
		long sum = 0;
		outer: for (Map.Entry<String, Long> entry : counts.entrySet()) {
			if (entry.getKey().length() == 3 && entry.getKey().startsWith("5")) {
				for (int status : except) {
					if (entry.getKey().equals(Integer.toString(status))) {
						continue outer;
					}
				}
				sum += entry.getValue();
			}
		}
		return sum;
	}

	/**
	 * @return the requests that got no answer
	 */
	public static long errors(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(ERROR_PREFIX))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	public static long total(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
