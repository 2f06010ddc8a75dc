package dk.newsroom.platform.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a date-time only from ISO-8601 text with an offset
 * ({@code 2026-03-12T09:00:00+01:00} or {@code …Z}). The default reader also takes a
 * number as epoch seconds, which would turn a client's mistake into a wrong date instead
 * of a 400.
 */
public class OffsetDateTimeText extends ValueDeserializer<OffsetDateTime> {

	@Override
	public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
		}
		String text = parser.getString().strip();
		try {
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text,
					"not an ISO-8601 date-time with an offset");
		}
	}

}
