/**
 * The launcher's settings, read from system properties and environment variables.
 */
package dk.newsroom.localstack.settings;
