package dk.newsroom.webhooks.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dk.newsroom.webhooks.signing.WebhookSigner;
import dk.newsroom.webhooks.subscription.Subscription;
import dk.newsroom.webhooks.subscription.SubscriptionStatus;
import dk.newsroom.webhooks.subscription.SubscriptionStore;
import dk.newsroom.webhooks.endpoint.TargetGuard;
import dk.newsroom.webhooks.endpoint.TargetRefusedException;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.context.SmartLifecycle;

/**
 * Sends due deliveries. Every active subscription has a lane of its own, started at each
 * poll (or when new changes wake it) unless it is running: a slow or failing receiver
 * holds up its own lane only. In a lane a resource's deliveries go one at a time in
 * offset (= version) order; different resources go side by side, up to the lane's
 * concurrency. A delivery is claimed with a lease before it is sent, so two senders never
 * send it at once.
 */
class Dispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final DeliveryStore deliveries;

	private final SubscriptionStore subscriptions;

	private final TargetGuard targets;

	private final WebhookSender sender;

	private final RetrySchedule schedule;

	private final DeliveryProperties properties;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	private final Sinks.Many<Boolean> wakes = Sinks.many().multicast().directBestEffort();

	private volatile Disposable polling;

	Dispatcher(DeliveryStore deliveries, SubscriptionStore subscriptions, TargetGuard targets, WebhookSender sender,
			RetrySchedule schedule, DeliveryProperties properties, DeliveryMetrics metrics, Clock clock) {
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
		this.targets = targets;
		this.sender = sender;
		this.schedule = schedule;
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock;
	}

	/** New deliveries were queued: look for work now rather than at the next poll. */
	void wake() {
		this.wakes.tryEmitNext(true);
	}

	/** Starts the lanes of active subscriptions that have none running. */
	Mono<Void> round() {
		return this.subscriptions.active().doOnNext((subscription) -> {
			if (this.running.add(subscription.id())) {
				lane(subscription.id()).doFinally((signal) -> this.running.remove(subscription.id()))
					.subscribe(null, (ex) -> log.warn("Lane of {} failed: {}", subscription.id(), ex.toString()));
			}
		}).then();
	}

	/** Rounds of the subscription's due deliveries until a round sends nothing. */
	private Mono<Void> lane(String subscriptionId) {
		return Mono
			.defer(() -> this.subscriptions.find(subscriptionId)
				.filter((subscription) -> subscription.status() == SubscriptionStatus.ACTIVE)
				.flatMap(this::laneRound)
				.defaultIfEmpty(0))
			.repeat()
			.takeWhile((sent) -> sent > 0)
			.then();
	}

	private Mono<Integer> laneRound(Subscription subscription) {
		Instant now = this.clock.instant();
		return this.deliveries.due(subscription.id(), now, this.properties.batchSize())
			.collectList()
			.flatMapMany((due) -> {
				Map<String, DeliveryDocument> heads = new LinkedHashMap<>();
				due.forEach((delivery) -> heads.putIfAbsent(delivery.key(), delivery));
				return Flux.fromIterable(heads.values());
			})
			.flatMap((delivery) -> sendIfFirst(subscription, delivery), this.properties.laneConcurrency())
			.reduce(0, Integer::sum);
	}

	/**
	 * Sends the delivery unless an earlier one of its resource is still pending; then it
	 * waits until that one's next attempt. 1 when it was sent.
	 */
	private Mono<Integer> sendIfFirst(Subscription subscription, DeliveryDocument delivery) {
		Instant now = this.clock.instant();
		return this.deliveries.earlierPending(subscription.id(), delivery.key(), delivery.offset())
			.flatMap((earlier) -> earlier.dueAt().isAfter(now)
					? this.deliveries.postpone(delivery.id(), earlier.dueAt()).thenReturn(0) : Mono.just(0))
			.switchIfEmpty(Mono.defer(() -> this.deliveries.claim(delivery.id(), now, now.plus(this.properties.lease()))
				.flatMap((claimed) -> attempt(subscription, claimed).thenReturn(1))
				.defaultIfEmpty(0)));
	}

	private Mono<Void> attempt(Subscription subscription, DeliveryDocument delivery) {
		byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
		return this.targets.check(subscription.url()).flatMap((target) -> {
			Instant now = this.clock.instant();
			String signature = WebhookSigner.signature(delivery.eventId(), now.getEpochSecond(), body,
					subscription.signingSecrets(now));
			return this.sender.send(target, delivery.eventId(), now.getEpochSecond(), signature, body);
		})
			.onErrorResume(TargetRefusedException.class,
					(ex) -> Mono.just(new AttemptResult(null, 0, "target refused: the URL " + ex.getMessage(), null)))
			.flatMap((result) -> record(subscription, delivery, result));
	}

	private Mono<Void> record(Subscription subscription, DeliveryDocument delivery, AttemptResult result) {
		Instant now = this.clock.instant();
		this.metrics.attempt(result);
		if (result.success()) {
			this.metrics.delivery("delivered");
			return this.deliveries.delivered(delivery.id(), now, result.statusCode())
				.then(log(delivery, result, now, null, "delivered"))
				.then(this.subscriptions.markHealthy(subscription.id()))
				.then(this.deliveries.wakeFollowers(subscription.id(), delivery.key(), now));
		}
		if (result.gone()) {
			this.metrics.delivery("gone");
			return this.deliveries.retryAt(delivery.id(), now, result.statusCode(), "410 Gone", now)
				.then(log(delivery, result, now, null, "gone"))
				.then(this.subscriptions.disable(subscription.id(), "The receiver answered 410 Gone at " + now, now));
		}
		String error = (result.error() != null) ? result.error() : "HTTP " + result.statusCode();
		Optional<Duration> wait = this.schedule.after(delivery.attempts() + 1);
		Mono<Void> stored;
		if (wait.isPresent()) {
			this.metrics.delivery("retrying");
			Instant next = now.plus(wait.get());
			stored = this.deliveries.retryAt(delivery.id(), now, result.statusCode(), error, next)
				.then(log(delivery, result, now, next, "retrying"));
		}
		else {
			this.metrics.delivery("failed");
			stored = this.deliveries.failed(delivery.id(), now, result.statusCode(), error)
				.then(log(delivery, result, now, null, "failed"))
				.then(this.deliveries.wakeFollowers(subscription.id(), delivery.key(), now));
		}
		return stored.then(this.subscriptions.markFailing(subscription.id(), now)).flatMap((failing) -> {
			Instant since = failing.failingSince();
			if (since != null && !since.plus(this.properties.disableAfter()).isAfter(now)) {
				return this.subscriptions.disable(subscription.id(),
						"Deliveries failed continuously since " + since + " (" + this.properties.disableAfter() + ")",
						now);
			}
			return Mono.empty();
		});
	}

	private Mono<Void> log(DeliveryDocument delivery, AttemptResult result, Instant at, Instant next, String outcome) {
		return this.deliveries.log(new AttemptDocument(new ObjectId().toHexString(), delivery.subscriptionId(),
				delivery.id(), delivery.eventId(), at, result.statusCode(), result.latencyMs(), result.error(),
				result.response(), next, outcome));
	}

	@Override
	public void start() {
		this.polling = Flux
			.merge(Flux.interval(this.properties.pollInterval()).map((tick) -> true),
					this.wakes.asFlux().onBackpressureLatest())
			.onBackpressureDrop()
			.concatMap((tick) -> round().onErrorResume((ex) -> {
				log.warn("Looking for due deliveries failed: {}", ex.toString());
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable current = this.polling;
		if (current != null) {
			current.dispose();
		}
		this.polling = null;
	}

	@Override
	public boolean isRunning() {
		return this.polling != null;
	}

}
