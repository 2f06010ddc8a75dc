/**
 * The backends the apps connect to, run inside the launcher's JVM: the Kafka broker and
 * the MongoDB stand-in.
 */
package dk.newsroom.localstack.backend;
