/**
 * Bearer tokens on the local stack: the signing key in the data folder that the services
 * and the gateway trust, the tokens the demo load sends, and the developer's
 * {@code ./dev-token.sh}.
 */
package dk.newsroom.localstack.token;
