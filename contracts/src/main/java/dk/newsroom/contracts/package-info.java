/**
 * The Kafka event contract (docs/design.md §4) as data: the topics, the CloudEvents
 * headers, a JSON Schema per content type and the AsyncAPI document (resources under
 * {@code META-INF/resources/contracts/}, so a WebFlux app with this jar serves them at
 * {@code /contracts/<file>}). What checks it is the {@code contract-checks} module, which
 * no running app carries. Plain Java, no Spring.
 */
package dk.newsroom.contracts;
