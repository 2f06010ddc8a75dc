package dk.newsroom.webhooks.subscription;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.platform.content.InvalidInputException;
import dk.newsroom.platform.content.ResourceNotFoundException;
import dk.newsroom.platform.web.Page;
import dk.newsroom.platform.web.PageRequest;
import dk.newsroom.webhooks.signing.WebhookSigner;
import dk.newsroom.webhooks.endpoint.TargetGuard;
import dk.newsroom.webhooks.endpoint.TargetRefusedException;
import org.bson.types.ObjectId;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** The use cases of subscriptions. */
@Service
public class Subscriptions {

	private final SubscriptionStore store;

	private final TargetGuard targets;

	private final SubscriptionProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	Subscriptions(SubscriptionStore store, TargetGuard targets, SubscriptionProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.targets = targets;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	Mono<SubscriptionResponse> create(SubscriptionRequest request) {
		return checkTarget(request.url())
			// The id's and the secret's randomness may read /dev/urandom: off the event
			// loop.
			.then(Mono.fromCallable(() -> new ObjectId().toHexString() + " " + WebhookSigner.newSecret(this.random))
				.subscribeOn(Schedulers.boundedElastic()))
			.flatMap((idAndSecret) -> {
				String[] parts = idAndSecret.split(" ");
				Instant now = this.clock.instant();
				Subscription subscription = new Subscription(parts[0], request.url(), request.description(),
						request.changeFilter(), SubscriptionStatus.ACTIVE, null,
						List.of(new SigningSecret(parts[1], null)), now, now, null);
				return this.store.insert(subscription).map((stored) -> SubscriptionResponse.of(stored, now, parts[1]));
			});
	}

	Mono<Page<SubscriptionResponse>> list(PageRequest page) {
		Instant now = this.clock.instant();
		return this.store.page(page.after(), page.limit() + 1)
			.collectList()
			.map((found) -> Page.fromLookahead(found, page.limit(), Subscription::id)
				.map((subscription) -> SubscriptionResponse.of(subscription, now)));
	}

	Mono<SubscriptionResponse> get(String id) {
		return existing(id).map((subscription) -> SubscriptionResponse.of(subscription, this.clock.instant()));
	}

	Mono<SubscriptionResponse> replace(String id, SubscriptionRequest request) {
		return existing(id).then(checkTarget(request.url()))
			.then(Mono.defer(() -> this.store.replace(id, request.url(), request.description(), request.changeFilter(),
					this.clock.instant())))
			.switchIfEmpty(Mono.error(() -> notFound(id)))
			.map((subscription) -> SubscriptionResponse.of(subscription, this.clock.instant()));
	}

	Mono<SubscriptionResponse> pause(String id) {
		return setStatus(id, SubscriptionStatus.PAUSED);
	}

	/** Sends again: a paused or disabled subscription becomes active. */
	Mono<SubscriptionResponse> resume(String id) {
		return setStatus(id, SubscriptionStatus.ACTIVE);
	}

	Mono<Void> delete(String id) {
		return this.store.delete(id).flatMap((deleted) -> {
			if (!deleted) {
				return Mono.error(notFound(id));
			}
			this.events.publishEvent(new SubscriptionDeleted(id));
			return Mono.empty();
		});
	}

	/**
	 * A new secret; the current one keeps signing deliveries (beside the new one) for the
	 * rotation overlap, and any older one stops now.
	 */
	Mono<SubscriptionResponse> rotateSecret(String id) {
		return existing(id)
			.zipWith(Mono.fromCallable(() -> WebhookSigner.newSecret(this.random))
				.subscribeOn(Schedulers.boundedElastic()))
			.flatMap((found) -> {
				Instant now = this.clock.instant();
				String fresh = found.getT2();
				List<SigningSecret> secrets = new ArrayList<>();
				secrets.add(new SigningSecret(fresh, null));
				found.getT1()
					.secrets()
					.stream()
					.filter((secret) -> secret.expiresAt() == null)
					.forEach((current) -> secrets
						.add(new SigningSecret(current.secret(), now.plus(this.properties.rotationOverlap()))));
				return this.store.setSecrets(id, secrets, now)
					.map((subscription) -> SubscriptionResponse.of(subscription, now, fresh));
			});
	}

	private Mono<SubscriptionResponse> setStatus(String id, SubscriptionStatus status) {
		return this.store.setStatus(id, status, this.clock.instant())
			.switchIfEmpty(Mono.error(() -> notFound(id)))
			.map((subscription) -> SubscriptionResponse.of(subscription, this.clock.instant()));
	}

	/** The subscription, or a 404. */
	public Mono<Subscription> existing(String id) {
		return this.store.find(id).switchIfEmpty(Mono.error(() -> notFound(id)));
	}

	private Mono<Void> checkTarget(String url) {
		return this.targets.check(url)
			.onErrorMap(TargetRefusedException.class, (ex) -> new InvalidInputException("url", ex.getMessage()))
			.then();
	}

	private static ResourceNotFoundException notFound(String id) {
		return new ResourceNotFoundException("Subscription " + id);
	}

}
