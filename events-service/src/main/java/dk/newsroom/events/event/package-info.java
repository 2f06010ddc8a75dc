/**
 * Events and conferences: what an event is, its lifecycle, its queries, its API and its
 * storage.
 */
package dk.newsroom.events.event;
