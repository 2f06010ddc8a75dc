package dk.newsroom.gateway.reader.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the site shows them: in Copenhagen, in Danish, e.g. "4. december 2026 kl.
 * 16.48".
 */
public final class DanishTime {

	public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM uuuu 'kl.' HH.mm", DANISH)
		.withZone(COPENHAGEN);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", DANISH).withZone(COPENHAGEN);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM uuuu", DANISH)
		.withZone(COPENHAGEN);

	private static final DateTimeFormatter CALENDAR_DATE = DateTimeFormatter.ofPattern("d. MMMM uuuu", DANISH);

	private static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(COPENHAGEN);

	private DanishTime() {
	}

	/** "4. december 2026 kl. 16.48" */
	public static String dateTime(Instant instant) {
		return DATE_TIME.format(instant);
	}

	/** "fredag den 4. december 2026" */
	public static String day(Instant instant) {
		return DAY.format(instant);
	}

	/** "1. januar 2027" */
	public static String date(LocalDate date) {
		return CALENDAR_DATE.format(date);
	}

	/**
	 * A time range: "4. december 2026 kl. 09.00–16.00" within a day, else both ends in
	 * full ("4. december 2026 kl. 09.00 – 5. december 2026 kl. 16.00").
	 */
	public static String range(Instant start, Instant end) {
		ZonedDateTime from = start.atZone(COPENHAGEN);
		ZonedDateTime to = end.atZone(COPENHAGEN);
		if (from.toLocalDate().equals(to.toLocalDate())) {
			return DATE_TIME.format(start) + "–" + TIME.format(end);
		}
		return DATE_TIME.format(start) + " – " + DATE_TIME.format(end);
	}

	/** ISO 8601 with Copenhagen's offset, e.g. {@code 2026-12-04T16:48:00+01:00}. */
	public static String iso(Instant instant) {
		return ISO_OFFSET.format(instant);
	}

	/** The start of the next day in Copenhagen, when {@link #day} changes. */
	public static Instant nextDay(Instant instant) {
		return instant.atZone(COPENHAGEN).toLocalDate().plusDays(1).atStartOfDay(COPENHAGEN).toInstant();
	}

}
