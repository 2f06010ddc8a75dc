/**
 * The webhooks-service: durable, signed deliveries of the three content topics to HTTP
 * receivers that cannot read Kafka (docs/webhooks.md).
 */
package dk.newsroom.webhooks;
