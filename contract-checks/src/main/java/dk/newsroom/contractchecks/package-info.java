/**
 * What checks the event contract (docs/design.md §4, docs/contracts.md), for tests and
 * the build only: {@link dk.newsroom.contractchecks.ContractSchemas} validates values
 * against the JSON Schemas of the {@code contracts} module, and
 * {@link dk.newsroom.contractchecks.compatibility} guards their evolution.
 */
package dk.newsroom.contractchecks;
