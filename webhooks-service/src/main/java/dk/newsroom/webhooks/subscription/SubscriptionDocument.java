package dk.newsroom.webhooks.subscription;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A subscription as stored; never leaves the service (the API has its own records). */
@Document(SubscriptionDocument.COLLECTION)
record SubscriptionDocument(@Id String id, String url, String description, ChangeFilter filter,
		SubscriptionStatus status, String disabledReason, List<SigningSecret> secrets, Instant createdAt,
		Instant updatedAt, Instant failingSince) {

	static final String COLLECTION = "subscriptions";

	static SubscriptionDocument of(Subscription subscription) {
		return new SubscriptionDocument(subscription.id(), subscription.url(), subscription.description(),
				subscription.filter(), subscription.status(), subscription.disabledReason(), subscription.secrets(),
				subscription.createdAt(), subscription.updatedAt(), subscription.failingSince());
	}

	Subscription toSubscription() {
		return new Subscription(this.id, this.url, this.description,
				(this.filter != null) ? this.filter : ChangeFilter.everything(), this.status, this.disabledReason,
				(this.secrets != null) ? this.secrets : List.of(), this.createdAt, this.updatedAt, this.failingSince);
	}

}
