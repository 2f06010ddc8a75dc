/**
 * The embedded outbox (docs/design.md §5): a change and its event are written in one
 * document update, and a relay publishes pending events to Kafka as CloudEvents before
 * removing them.
 */
package dk.newsroom.platform.outbox;
