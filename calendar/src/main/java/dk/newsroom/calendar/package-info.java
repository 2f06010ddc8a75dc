/**
 * Events as iCalendar (RFC 5545), written with ical4j: one event to download or import,
 * and a feed that calendar apps subscribe to. The one writer of the VEVENT, so every app
 * that offers an event as a calendar file (the events-service, the gateway) writes the
 * same UID, SEQUENCE, status and text for it. Plain Java, no Spring: an app configures a
 * {@link dk.newsroom.calendar.CalendarWriter} and maps its own event to a
 * {@link dk.newsroom.calendar.CalendarEvent}.
 */
@NullMarked
package dk.newsroom.calendar;

import org.jspecify.annotations.NullMarked;
