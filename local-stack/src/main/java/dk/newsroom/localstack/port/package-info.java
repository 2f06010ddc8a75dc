/**
 * Checks, before anything starts, that the ports the stack needs are free.
 */
package dk.newsroom.localstack.port;
