package dk.newsroom.webhooks.subscription;

/** Published when a subscription is deleted, so its queued deliveries can go too. */
public record SubscriptionDeleted(String id) {

}
