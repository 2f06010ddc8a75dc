package dk.newsroom.webhooks.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import dk.newsroom.webhooks.subscription.SubscriptionStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple3;

import org.springframework.context.SmartLifecycle;

/**
 * The service's meters (docs/webhooks.md, "Metrics"): deliveries by outcome, attempts by
 * result and their duration, and, refreshed every {@link #REFRESH}, each subscription's
 * pending deliveries and lag (the age of its oldest pending delivery), and the age of the
 * oldest undelivered change of all.
 */
class DeliveryMetrics implements SmartLifecycle {

	static final Duration REFRESH = Duration.ofSeconds(10);

	private final MeterRegistry registry;

	private final DeliveryStore deliveries;

	private final SubscriptionStore subscriptions;

	private final Clock clock;

	private final Timer duration;

	private final MultiGauge lag;

	private final MultiGauge pending;

	private final AtomicLong oldestAgeSeconds = new AtomicLong();

	private volatile Disposable refreshing;

	DeliveryMetrics(MeterRegistry registry, DeliveryStore deliveries, SubscriptionStore subscriptions, Clock clock) {
		this.registry = registry;
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
		this.clock = clock;
		this.duration = Timer.builder("webhooks.attempt.duration")
			.description("How long receivers took to answer an attempt")
			.register(registry);
		this.lag = MultiGauge.builder("webhooks.subscription.lag")
			.baseUnit("seconds")
			.description("Age of the subscription's oldest pending delivery")
			.register(registry);
		this.pending = MultiGauge.builder("webhooks.subscription.pending")
			.description("Deliveries queued for the subscription and not yet delivered")
			.register(registry);
		Gauge.builder("webhooks.undelivered.oldest.age", this.oldestAgeSeconds, AtomicLong::get)
			.baseUnit("seconds")
			.description("Age of the oldest pending delivery of any subscription")
			.register(registry);
	}

	/** A delivery ended its attempt: delivered, retrying, failed, gone or refused. */
	void delivery(String outcome) {
		Counter.builder("webhooks.deliveries")
			.description("Delivery attempts' outcomes")
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
	}

	void attempt(AttemptResult result) {
		Counter.builder("webhooks.attempts")
			.description("Requests sent to receivers, by result (2xx, 4xx, 5xx, timeout, error)")
			.tag("result", result.result())
			.register(this.registry)
			.increment();
		this.duration.record(Duration.ofMillis(result.latencyMs()));
	}

	/** Reads the lag of every subscription that queues changes. */
	Mono<Void> refresh() {
		Instant now = this.clock.instant();
		return this.subscriptions.queueing()
			.flatMap((subscription) -> Mono.zip(Mono.just(subscription.id()),
					this.deliveries.oldestPending(subscription.id())
						.map((oldest) -> Duration.between(oldest.createdAt(), now).toSeconds())
						.defaultIfEmpty(0L),
					this.deliveries.countPending(subscription.id())), 4)
			.collectList()
			.doOnNext(this::publish)
			.then();
	}

	private void publish(List<Tuple3<String, Long, Long>> rows) {
		this.lag.register(rows.stream()
			.map((row) -> MultiGauge.Row.of(Tags.of("subscription", row.getT1()), row.getT2()))
			.toList(), true);
		this.pending.register(rows.stream()
			.map((row) -> MultiGauge.Row.of(Tags.of("subscription", row.getT1()), row.getT3()))
			.toList(), true);
		this.oldestAgeSeconds.set(rows.stream().mapToLong(Tuple3::getT2).max().orElse(0));
	}

	@Override
	public void start() {
		this.refreshing = Flux.interval(Duration.ZERO, REFRESH)
			.onBackpressureDrop()
			.concatMap((tick) -> refresh().onErrorResume((ex) -> Mono.empty()))
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable current = this.refreshing;
		if (current != null) {
			current.dispose();
		}
		this.refreshing = null;
	}

	@Override
	public boolean isRunning() {
		return this.refreshing != null;
	}

}
