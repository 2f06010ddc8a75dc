/**
 * The web edge the services and the gateway share beyond tokens: static files served off
 * the event loop.
 */
package dk.newsroom.security.web;
