package dk.newsroom.gateway.feed.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DueTimer} on one daemon thread of its own, never a Netty event loop. It wakes
 * a millisecond after the due time; a task that finds nothing due yet asks again.
 */
final class ExecutorDueTimer implements DueTimer, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ExecutorDueTimer.class);

	private final Clock clock;

	private final ScheduledExecutorService executor;

	private @Nullable ScheduledFuture<?> pending;

	ExecutorDueTimer(Clock clock) {
		this.clock = clock;
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "feed-stream-timer");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public synchronized void wakeUpAt(@Nullable Instant due, Runnable task) {
		if (this.pending != null) {
			this.pending.cancel(false);
			this.pending = null;
		}
		if (due == null || this.executor.isShutdown()) {
			return;
		}
		long delay = Math.max(0, Duration.between(this.clock.instant(), due).toMillis()) + 1;
		try {
			this.pending = this.executor.schedule(() -> run(task), delay, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// shut down meanwhile: nothing to wake any more
		}
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	private static void run(Runnable task) {
		try {
			task.run();
		}
		catch (RuntimeException ex) {
			log.error("Releasing scheduled feed items failed", ex);
		}
	}

}
