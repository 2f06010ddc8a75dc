/**
 * Who may do what through the gateway: public reads, scoped writes to the content
 * services, bearer tokens checked for issuer and audience, security headers with a strict
 * Content-Security-Policy on the reader page, CORS for the site's front end, and a rate
 * limit on anonymous reads per client.
 */
@NullMarked
package dk.newsroom.gateway.security;

import org.jspecify.annotations.NullMarked;
