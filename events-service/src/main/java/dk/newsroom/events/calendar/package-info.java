/**
 * Events as iCalendar (RFC 5545): one event to download, and a feed per track that
 * calendar apps subscribe to, written by the shared writer of the {@code calendar}
 * module.
 */
package dk.newsroom.events.calendar;
