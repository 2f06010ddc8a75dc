package dk.newsroom.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;

/**
 * The outbox's meters, all tagged with the content {@code type} (the last part of the
 * event type prefix: {@code article}, {@code event}, {@code person}):
 * <ul>
 * <li>{@code newsroom.outbox.pending.entries} (gauge): documents whose latest change is
 * not yet on the topic (one entry each), as last measured (every sweep);</li>
 * <li>{@code newsroom.outbox.oldest.pending.age} (gauge, seconds): how long the document
 * waiting longest has had a change not on the topic, at that measurement; 0 when none is
 * pending;</li>
 * <li>{@code newsroom.outbox.publish} (timer, tag {@code outcome} success|failure): from
 * the change ({@link OutboxEntry#time()}) to the broker's acknowledgement, with a
 * percentile histogram.</li>
 * </ul>
 * The backlog is measured through the index on {@code pendingSince}: a count and the
 * oldest, the same queries on MongoDB and on the stand-in.
 */
public class OutboxMetrics {

	private final Clock clock;

	private final AtomicLong pending = new AtomicLong();

	private final AtomicReference<Double> oldestAgeSeconds = new AtomicReference<>(0.0);

	private final Timer published;

	private final Timer failed;

	public OutboxMetrics(MeterRegistry registry, OutboxProperties properties, Clock clock) {
		this.clock = clock;
		String type = typeOf(properties.eventTypePrefix());
		Gauge.builder("newsroom.outbox.pending.entries", this.pending, AtomicLong::get)
			.description("Documents whose latest change is not yet on the topic, as last measured")
			.tag("type", type)
			.register(registry);
		Gauge.builder("newsroom.outbox.oldest.pending.age", this.oldestAgeSeconds, AtomicReference::get)
			.description("Age of the oldest pending outbox entry's change at the last measurement; 0 when none")
			.tag("type", type)
			.baseUnit("seconds")
			.register(registry);
		this.published = publishTimer(registry, type, "success");
		this.failed = publishTimer(registry, type, "failure");
	}

	private static Timer publishTimer(MeterRegistry registry, String type, String outcome) {
		return Timer.builder("newsroom.outbox.publish")
			.description("From a change to the broker's acknowledgement of its event")
			.tags("type", type, "outcome", outcome)
			.publishPercentileHistogram()
			.maximumExpectedValue(Duration.ofMinutes(10))
			.register(registry);
	}

	/** {@code dk.newsroom.article} → {@code article}. */
	static String typeOf(String eventTypePrefix) {
		return eventTypePrefix.substring(eventTypePrefix.lastIndexOf('.') + 1);
	}

	/** The broker acknowledged the entry's event. */
	void published(OutboxEntry entry) {
		this.published.record(sinceChange(entry));
	}

	/** Sending the entry's event failed or timed out; it stays pending. */
	void failed(OutboxEntry entry) {
		this.failed.record(sinceChange(entry));
	}

	private Duration sinceChange(OutboxEntry entry) {
		Duration elapsed = Duration.between(entry.time(), this.clock.instant());
		return elapsed.isNegative() ? Duration.ZERO : elapsed;
	}

	/**
	 * Shows a new measurement of the backlog; the relay takes one every sweep.
	 * @return completes once the gauges show it
	 */
	Mono<Void> measure(Mono<PendingChanges.Backlog> backlog) {
		return backlog.doOnNext((measured) -> {
			this.pending.set(measured.pending());
			Instant oldest = measured.oldest();
			double age = (oldest != null)
					? Math.max(0, Duration.between(oldest, this.clock.instant()).toMillis() / 1000.0) : 0.0;
			this.oldestAgeSeconds.set(age);
		}).then();
	}

}
