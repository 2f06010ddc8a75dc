package dk.newsroom.webhooks.delivery;

/** Where a delivery stands. */
enum DeliveryStatus {

	/** Waiting to be sent, or to be retried. */
	PENDING,

	/** A receiver answered 2xx. */
	DELIVERED,

	/** Every attempt of the retry schedule failed. */
	FAILED

}
