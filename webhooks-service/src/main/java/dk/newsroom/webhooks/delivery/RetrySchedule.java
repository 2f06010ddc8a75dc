package dk.newsroom.webhooks.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a delivery again: exponential steps from the configured schedule, each with
 * random jitter.
 */
class RetrySchedule {

	private final List<Duration> waits;

	private final double jitter;

	private final DoubleSupplier random;

	RetrySchedule(List<Duration> waits, double jitter, DoubleSupplier random) {
		this.waits = List.copyOf(waits);
		this.jitter = jitter;
		this.random = random;
	}

	/**
	 * The wait after the given number of failed attempts, or empty when the delivery has
	 * failed for good.
	 */
	Optional<Duration> after(int failedAttempts) {
		if (failedAttempts < 1 || failedAttempts > this.waits.size()) {
			return Optional.empty();
		}
		Duration wait = this.waits.get(failedAttempts - 1);
		double factor = 1 + this.jitter * (2 * this.random.getAsDouble() - 1);
		return Optional.of(Duration.ofMillis(Math.max(0, Math.round(wait.toMillis() * factor))));
	}

	/** The longest the schedule can take from the first attempt to the last. */
	Duration span() {
		return this.waits.stream()
			.map((wait) -> Duration.ofMillis(Math.round(wait.toMillis() * (1 + this.jitter))))
			.reduce(Duration.ZERO, Duration::plus);
	}

	int attempts() {
		return this.waits.size() + 1;
	}

}
