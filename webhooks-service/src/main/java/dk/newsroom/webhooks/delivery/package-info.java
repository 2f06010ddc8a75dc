/**
 * Deliveries: changes read from the content topics, queued durably per matching
 * subscription, sent signed with retries, and their log; replay and redelivery.
 */
package dk.newsroom.webhooks.delivery;
