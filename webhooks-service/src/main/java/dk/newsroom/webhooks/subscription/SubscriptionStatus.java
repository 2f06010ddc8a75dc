package dk.newsroom.webhooks.subscription;

/** Whether a subscription's deliveries are sent. */
public enum SubscriptionStatus {

	/** Changes are queued and sent. */
	ACTIVE,

	/** Changes are queued but not sent until it is resumed. */
	PAUSED,

	/**
	 * Turned off by the service (the receiver answered {@code 410 Gone}, or failed for
	 * too long); nothing new is queued. Resuming turns it on again.
	 */
	DISABLED

}
