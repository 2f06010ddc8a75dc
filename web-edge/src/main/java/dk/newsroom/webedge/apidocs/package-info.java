/**
 * The OpenAPI vocabulary the services' and the gateway's documents share: the problem
 * schema, the bearer scheme and the common answers. Used only where springdoc is on the
 * class path.
 */
package dk.newsroom.webedge.apidocs;
