package dk.newsroom.gateway.feed.content;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;

/**
 * Reads the instants of the content topics. The services write them in one form, UTC with
 * an optional fraction ({@code 2026-12-04T09:30:00Z}, {@code 2026-12-04T09:30:00.123Z});
 * that form is read here directly, and anything else (an offset, a leap second, a number,
 * a malformed value) by Jackson's own {@link InstantDeserializer}, with its answers and
 * errors. Jackson's reading goes through {@code DateTimeFormatter}, which was 12 % of the
 * feed reader's time while the gateway caught up with 1 000 000 records
 * (docs/performance-notes.md).
 */
final class IsoInstants extends ValueDeserializer<Instant> {

	private static final int[] NANOS_SCALE = { 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1 };

	@Override
	public Instant deserialize(JsonParser parser, DeserializationContext context) {
		if (parser.currentToken() == JsonToken.VALUE_STRING) {
			Instant instant = parseUtc(parser.getString());
			if (instant != null) {
				return instant;
			}
		}
		return InstantDeserializer.INSTANT.deserialize(parser, context);
	}

	/**
	 * @return the instant, or {@code null} if the text is not
	 * {@code uuuu-MM-ddTHH:mm:ss[.f{1,9}]Z} with a valid date and time
	 */
	static @Nullable Instant parseUtc(String text) {
		int length = text.length();
		if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
				|| text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
				|| text.charAt(16) != ':') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = digits(text, 11, 2);
		int minute = digits(text, 14, 2);
		int second = digits(text, 17, 2);
		if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
			return null;
		}
		int nanos = 0;
		if (length > 20) {
			int fraction = length - 21;
			if (text.charAt(19) != '.' || fraction < 1) {
				return null;
			}
			int value = digits(text, 20, fraction);
			if (value < 0) {
				return null;
			}
			nanos = value * NANOS_SCALE[fraction - 1];
		}
		long epochDay;
		try {
			epochDay = LocalDate.of(year, month, day).toEpochDay();
		}
		catch (DateTimeException ex) {
			return null;
		}
		return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
	}

	/** The decimal number of {@code count} ASCII digits at {@code from}, or -1. */
	private static int digits(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			int digit = text.charAt(i) - '0';
			if (digit < 0 || digit > 9) {
				return -1;
			}
			value = value * 10 + digit;
		}
		return value;
	}

}
