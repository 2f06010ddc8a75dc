/**
 * The schema evolution guard: tells whether a current JSON Schema would break consumers
 * of its released version (a property removed, a type narrowed or widened, a closed enum
 * changed, a constraint tightened, a field made required or non-nullable …), so the build
 * fails before such a change reaches a topic without a new major version.
 */
package dk.newsroom.contractchecks.compatibility;
