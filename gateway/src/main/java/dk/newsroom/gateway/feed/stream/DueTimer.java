package dk.newsroom.gateway.feed.stream;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Wakes the {@link FeedEventLog} when the next item of its {@link FeedSchedule} becomes
 * visible.
 */
@FunctionalInterface
interface DueTimer {

	/**
	 * Replaces the pending wake-up, if any.
	 * @param due when to run the task, or {@code null} for never
	 * @param task what to run then, on a thread of the timer's own
	 */
	void wakeUpAt(@Nullable Instant due, Runnable task);

}
