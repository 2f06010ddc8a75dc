/**
 * No server-side request forgery: which webhook targets are allowed, checked at
 * registration and again, after DNS resolution, before every delivery.
 */
package dk.newsroom.webhooks.endpoint;
