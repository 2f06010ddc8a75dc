/**
 * The events-service: industry events and conferences in MongoDB, every change published
 * to {@code newsroom.events.v1}, and iCalendar feeds for calendar apps.
 */
package dk.newsroom.events;
