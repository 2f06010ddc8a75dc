/**
 * Standard Webhooks signatures: secrets, and the {@code webhook-signature} of a message.
 * Plain Java.
 */
package dk.newsroom.webhooks.signing;
