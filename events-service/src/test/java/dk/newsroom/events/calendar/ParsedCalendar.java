package dk.newsroom.events.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * iCalendar text read back by ical4j, the way a calendar app would read it, with the
 * checks every output must pass: it parses, it validates, and no line is longer than 75
 * octets.
 */
record ParsedCalendar(String text, Calendar calendar) {

	static ParsedCalendar parse(String text) {
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(text.split("\r\n")).allSatisfy(
				(line) -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
		try {
			Calendar calendar = new CalendarBuilder().build(new StringReader(text));
			assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
			return new ParsedCalendar(text, calendar);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParserException ex) {
			throw new AssertionError("Not iCalendar: " + ex.getMessage() + "\n" + text, ex);
		}
	}

	List<VEvent> events() {
		return this.calendar.getComponents(Component.VEVENT);
	}

	VEvent event(String uid) {
		return events().stream()
			.filter((event) -> uid.equals(value(event, Property.UID)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No VEVENT " + uid + " in\n" + this.text));
	}

	VEvent onlyEvent() {
		assertThat(events()).hasSize(1);
		return events().get(0);
	}

	String value(String name) {
		return this.calendar.getProperty(name).map(Property::getValue).orElse(null);
	}

	static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElse(null);
	}

	/** A DTSTART or DTEND, checked to be UTC, as an instant. */
	static Instant utc(VEvent event, String name) {
		DateProperty<? extends Temporal> property = event.<DateProperty<? extends Temporal>>getProperty(name)
			.orElseThrow(() -> new AssertionError("No " + name));
		assertThat(property.isUtc()).as(name + " in UTC").isTrue();
		assertThat(property.<Parameter>getParameter(Parameter.TZID)).as(name + " without TZID").isEmpty();
		return Instant.from(property.getDate());
	}

}
