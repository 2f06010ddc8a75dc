/**
 * Real backends started in-process: a Kafka broker in KRaft mode and the
 * mongo-java-server MongoDB stand-in, for the local stack and for tests on machines
 * without Docker.
 */
package dk.newsroom.embedded;
