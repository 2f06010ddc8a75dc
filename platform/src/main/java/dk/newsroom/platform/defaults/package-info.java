/**
 * The configuration every content service shares, so a service's application.yml holds
 * only what is its own (name, port, database, scope, topic).
 */
package dk.newsroom.platform.defaults;
