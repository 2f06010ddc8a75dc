package dk.newsroom.webhooks.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dk.newsroom.contracts.ChangesToken;
import dk.newsroom.platform.content.InvalidInputException;
import dk.newsroom.platform.content.ResourceNotFoundException;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.web.PageRequest;
import dk.newsroom.webhooks.signing.WebhookSigner;
import dk.newsroom.webhooks.subscription.SubscriptionDeleted;
import dk.newsroom.webhooks.subscription.Subscriptions;
import dk.newsroom.webhooks.endpoint.TargetGuard;
import dk.newsroom.webhooks.endpoint.TargetRefusedException;
import org.bson.types.ObjectId;
import reactor.core.publisher.Mono;

import org.springframework.context.event.EventListener;

/** The use cases of a subscription's deliveries: the log, redelivery, replay, ping. */
class Deliveries {

	private final Subscriptions subscriptions;

	private final DeliveryStore store;

	private final DeliveryIntake intake;

	private final Replayer replayer;

	private final Dispatcher dispatcher;

	private final TargetGuard targets;

	private final WebhookSender sender;

	private final CloudEventBodies bodies;

	private final Clock clock;

	Deliveries(Subscriptions subscriptions, DeliveryStore store, DeliveryIntake intake, Replayer replayer,
			Dispatcher dispatcher, TargetGuard targets, WebhookSender sender, CloudEventBodies bodies, Clock clock) {
		this.subscriptions = subscriptions;
		this.store = store;
		this.intake = intake;
		this.replayer = replayer;
		this.dispatcher = dispatcher;
		this.targets = targets;
		this.sender = sender;
		this.bodies = bodies;
		this.clock = clock;
	}

	Mono<Page<AttemptResponse>> attempts(String subscriptionId, PageRequest page) {
		return this.subscriptions.existing(subscriptionId)
			.thenMany(this.store.attempts(subscriptionId, page.after(), page.limit() + 1))
			.collectList()
			.map((found) -> Page.fromLookahead(found, page.limit(), AttemptDocument::id).map(AttemptResponse::of));
	}

	Mono<DeliveryResponse> delivery(String subscriptionId, String deliveryId) {
		return this.store.find(subscriptionId, deliveryId)
			.switchIfEmpty(Mono.error(() -> notFound(deliveryId)))
			.map(DeliveryResponse::of);
	}

	Mono<DeliveryResponse> redeliver(String subscriptionId, String deliveryId) {
		return this.store.redeliver(subscriptionId, deliveryId, this.clock.instant())
			.switchIfEmpty(Mono.error(() -> notFound(deliveryId)))
			.doOnNext((delivery) -> this.dispatcher.wake())
			.map(DeliveryResponse::of);
	}

	/**
	 * Queues again what the subscription's filter matches of the changes since a time or
	 * after a {@code /api/changes} token (exactly one of them).
	 */
	Mono<ReplayResponse> replay(String subscriptionId, ReplayRequest request) {
		Mono<List<Change>> changes;
		if ((request.since() == null) == (request.after() == null)) {
			return Mono.error(new InvalidInputException(request.since() == null ? "since" : "after",
					"give either since (a time) or after (a /api/changes token), not both"));
		}
		if (request.since() != null) {
			changes = this.replayer.since(request.since());
		}
		else {
			ChangesToken token = ChangesToken.parse(request.after()).orElse(null);
			if (token == null) {
				return Mono.error(new InvalidInputException("after", "is not a token of /api/changes"));
			}
			changes = this.replayer.after(token);
		}
		return this.subscriptions.existing(subscriptionId)
			.zipWith(changes)
			.flatMap((found) -> this.intake.replay(found.getT1(), found.getT2(), UUID.randomUUID().toString()))
			.doOnNext((queued) -> this.dispatcher.wake())
			.map(ReplayResponse::new);
	}

	/** Sends a ping, signed like a delivery, and says what the receiver answered. */
	Mono<PingResponse> ping(String subscriptionId) {
		return this.subscriptions.existing(subscriptionId).flatMap((subscription) -> {
			Instant now = this.clock.instant();
			String body = this.bodies.ping(subscriptionId, now);
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			String id = body.substring(body.indexOf("ping_"), body.indexOf('"', body.indexOf("ping_")));
			return this.targets.check(subscription.url())
				.flatMap(
						(target) -> this.sender.send(target, id, now.getEpochSecond(),
								WebhookSigner.signature(id, now.getEpochSecond(), bytes,
										subscription.signingSecrets(now)),
								bytes))
				.onErrorResume(TargetRefusedException.class,
						(ex) -> Mono
							.just(new AttemptResult(null, 0, "target refused: the URL " + ex.getMessage(), null)))
				.flatMap((result) -> this.store
					.log(new AttemptDocument(new ObjectId().toHexString(), subscriptionId, null, id, now,
							result.statusCode(), result.latencyMs(), result.error(), result.response(), null, "ping"))
					.thenReturn(new PingResponse(result.success(), result.statusCode(), result.latencyMs(),
							result.error())));
		});
	}

	@EventListener
	void onDeleted(SubscriptionDeleted deleted) {
		this.store.deleteAll(deleted.id()).subscribe();
	}

	private static ResourceNotFoundException notFound(String deliveryId) {
		return new ResourceNotFoundException("Delivery " + deliveryId);
	}

}
