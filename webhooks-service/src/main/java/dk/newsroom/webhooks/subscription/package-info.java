/**
 * Subscriptions: who receives which changes, where, signed with which secret; the
 * {@code /api/webhooks/subscriptions} API.
 */
package dk.newsroom.webhooks.subscription;
