package dk.newsroom.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import dk.newsroom.platform.content.InvalidInputException;

/**
 * Reads the date bounds of a query the way a Danish reader means them: a date is a whole
 * day in Europe/Copenhagen, a date-time without an offset is Copenhagen wall-clock time.
 */
final class CopenhagenTime {

	static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

	private static final String FORMATS = "must be a date (2026-03-12) or a date-time (2026-03-12T09:00:00+01:00)";

	private CopenhagenTime() {
	}

	/** An inclusive lower bound: a date means from the start of that day. */
	static Instant lowerBound(String parameter, String value) {
		return parse(parameter, value, false);
	}

	/** An exclusive upper bound: a date means up to the end of that day. */
	static Instant upperBound(String parameter, String value) {
		return parse(parameter, value, true);
	}

	private static Instant parse(String parameter, String value, boolean dayInclusive) {
		// A '+' of an offset that was not percent-encoded arrives as a space.
		String text = value.strip().replace(' ', '+');
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (dayInclusive ? day.plusDays(1) : day).atStartOfDay(ZONE).toInstant();
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			return wallClock(parameter, text);
		}
	}

	private static Instant wallClock(String parameter, String text) {
		try {
			return LocalDateTime.parse(text).atZone(ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(parameter, FORMATS);
		}
	}

}
