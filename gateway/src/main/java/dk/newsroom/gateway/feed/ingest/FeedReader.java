package dk.newsroom.gateway.feed.ingest;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link FeedTopicsReader} on a thread of its own, never on an event loop, from
 * application start to shutdown. A failed round (broker unreachable …) is reported to
 * {@link FeedCatchUp} and retried after a pause.
 */
public final class FeedReader implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FeedReader.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

	private final Supplier<Consumer<String, byte[]>> consumers;

	private final Function<Consumer<String, byte[]>, FeedTopicsReader> readers;

	private final FeedCatchUp catchUp;

	private final Duration idlePause;

	private final Duration retryBackoff;

	private final String threadName;

	private volatile boolean running;

	private @Nullable Thread thread;

	private @Nullable Consumer<String, byte[]> consumer;

	private CountDownLatch stopSignal = new CountDownLatch(1);

	FeedReader(Supplier<Consumer<String, byte[]>> consumers,
			Function<Consumer<String, byte[]>, FeedTopicsReader> readers, FeedCatchUp catchUp, Duration idlePause,
			Duration retryBackoff) {
		this(consumers, readers, catchUp, idlePause, retryBackoff, "feed-reader");
	}

	FeedReader(Supplier<Consumer<String, byte[]>> consumers,
			Function<Consumer<String, byte[]>, FeedTopicsReader> readers, FeedCatchUp catchUp, Duration idlePause,
			Duration retryBackoff, String threadName) {
		this.threadName = threadName;
		this.consumers = consumers;
		this.readers = readers;
		this.catchUp = catchUp;
		this.idlePause = idlePause;
		this.retryBackoff = retryBackoff;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		Consumer<String, byte[]> created = this.consumers.get();
		FeedTopicsReader reader = this.readers.apply(created);
		this.consumer = created;
		this.stopSignal = new CountDownLatch(1);
		this.running = true;
		Thread started = new Thread(() -> run(reader, created), this.threadName);
		started.setDaemon(true);
		started.setUncaughtExceptionHandler(
				(t, ex) -> log.error("The {} died; what it builds is no longer updated", this.threadName, ex));
		started.start();
		this.thread = started;
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		this.stopSignal.countDown();
		Consumer<String, byte[]> current = this.consumer;
		if (current != null) {
			current.wakeup();
		}
		Thread reading = this.thread;
		if (reading != null) {
			try {
				reading.join(STOP_TIMEOUT.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.thread = null;
		this.consumer = null;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void run(FeedTopicsReader reader, Consumer<String, byte[]> consumer) {
		try (consumer) {
			while (this.running) {
				try {
					if (!reader.pollOnce()) {
						pause(this.idlePause);
					}
				}
				catch (WakeupException ex) {
					// stop() woke us up; the loop condition decides
				}
				catch (InterruptException ex) {
					log.warn("The feed reader was interrupted and stops");
					this.running = false;
				}
				catch (RuntimeException ex) {
					this.catchUp.failed(ex);
					log.warn("Reading the feed topics failed, retrying in {}: {}", this.retryBackoff, ex.toString());
					pause(this.retryBackoff);
				}
			}
		}
		catch (RuntimeException ex) {
			log.debug("Closing the feed consumer failed", ex);
		}
	}

	private void pause(Duration duration) {
		try {
			this.stopSignal.await(duration.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
