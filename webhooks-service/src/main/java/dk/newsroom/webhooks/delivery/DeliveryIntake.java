package dk.newsroom.webhooks.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.webhooks.subscription.Subscription;
import dk.newsroom.webhooks.subscription.SubscriptionStore;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Queues each change for every subscription whose filter it matches (active and paused
 * ones): one delivery document each, written before the consumer commits its position, so
 * a change is never lost; its id makes a change read twice queue once.
 */
class DeliveryIntake {

	private final SubscriptionStore subscriptions;

	private final DeliveryStore deliveries;

	private final CloudEventBodies bodies;

	private final Clock clock;

	DeliveryIntake(SubscriptionStore subscriptions, DeliveryStore deliveries, CloudEventBodies bodies, Clock clock) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.bodies = bodies;
		this.clock = clock;
	}

	/** Queues the changes; the number of deliveries newly queued. */
	Mono<Long> accept(List<Change> changes) {
		if (changes.isEmpty()) {
			return Mono.just(0L);
		}
		return this.subscriptions.queueing().collectList().flatMap((subscribers) -> {
			Instant now = this.clock.instant();
			List<DeliveryDocument> queued = new ArrayList<>();
			for (Change change : changes) {
				String body = null;
				for (Subscription subscription : subscribers) {
					if (subscription.filter().matches(change.facts())) {
						body = (body != null) ? body : this.bodies.of(change);
						queued.add(DeliveryDocument.queued(subscription.id() + ":" + change.eventId(),
								subscription.id(), change, body, now));
					}
				}
			}
			return Flux.fromIterable(queued)
				.flatMap(this.deliveries::insertIfAbsent, 16)
				.filter(Boolean::booleanValue)
				.count();
		});
	}

	/** Queues changes for one subscription again (a replay), under ids of their own. */
	Mono<Long> replay(Subscription subscription, List<Change> changes, String replayId) {
		Instant now = this.clock.instant();
		return Flux.fromIterable(changes)
			.filter((change) -> subscription.filter().matches(change.facts()))
			.map((change) -> DeliveryDocument.queued(subscription.id() + ":" + change.eventId() + ":replay-" + replayId,
					subscription.id(), change, this.bodies.of(change), now))
			.flatMap(this.deliveries::insertIfAbsent, 16)
			.filter(Boolean::booleanValue)
			.count();
	}

}
