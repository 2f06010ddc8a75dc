/**
 * Bearer tokens for the services and the gateway: the decoder, the scopes, 401 and 403 as
 * problem+json; and signing keys and token minting for the local stack and the tests.
 */
package dk.newsroom.security;
