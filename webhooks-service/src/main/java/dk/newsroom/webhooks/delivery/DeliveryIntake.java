package dk.newsroom.webhooks.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
			return insert(queued);
		});
	}

	/** Queues changes for one subscription again (a replay), under ids of their own. */
	Mono<Long> replay(Subscription subscription, List<Change> changes, String replayId) {
		Instant now = this.clock.instant();
		return insert(changes.stream()
			.filter((change) -> subscription.filter().matches(change.facts()))
			.map((change) -> DeliveryDocument.queued(subscription.id() + ":" + change.eventId() + ":replay-" + replayId,
					subscription.id(), change, this.bodies.of(change), now))
			.toList());
	}

	/**
	 * Stores the deliveries, those of one subscription and key one after the other in
	 * offset order (the order they come in), other lanes at once. A sender lets a key's
	 * delivery go once no earlier one of the key is pending: were a later version stored
	 * while an earlier one's insert is still under way, the later could go first.
	 * @return the number newly stored
	 */
	private Mono<Long> insert(List<DeliveryDocument> deliveries) {
		Map<String, List<DeliveryDocument>> lanes = new LinkedHashMap<>();
		for (DeliveryDocument delivery : deliveries) {
			lanes.computeIfAbsent(delivery.subscriptionId() + '\u0000' + delivery.key(), (lane) -> new ArrayList<>())
				.add(delivery);
		}
		return Flux.fromIterable(lanes.values())
			.flatMap((lane) -> Flux.fromIterable(lane).concatMap(this.deliveries::insertIfAbsent), 16)
			.filter(Boolean::booleanValue)
			.count();
	}

}
