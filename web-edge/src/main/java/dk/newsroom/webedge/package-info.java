/**
 * What every reactive application of the platform (the services and the gateway) needs at
 * its web edge beyond tokens: static files served off the event loop.
 */
package dk.newsroom.webedge;
