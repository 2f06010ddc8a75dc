package dk.newsroom.platform.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Strings and instants read only from what they are: a JSON string for a string (an
 * array, object, number or boolean is a 400 naming the field, also inside a list, where
 * Jackson's own list reader loses the path), and an ISO-8601 date-time with an offset for
 * an instant (no epoch numbers, no {@code "42"}).
 */
final class StrictScalars {

	private StrictScalars() {
	}

	static SimpleModule module() {
		SimpleModule module = new SimpleModule("newsroom-strict-scalars");
		module.addDeserializer(String.class, new StrictString());
		module.addDeserializer(Instant.class, new StrictInstant());
		return module;
	}

	static final class StrictString extends ValueDeserializer<String> {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.hasToken(JsonToken.VALUE_STRING)) {
				return parser.getString();
			}
			return context.reportInputMismatch(String.class, "expected a JSON string, got %s", parser.currentToken());
		}

	}

	static final class StrictInstant extends ValueDeserializer<Instant> {

		@Override
		public Instant deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return context.reportInputMismatch(Instant.class, "expected an ISO-8601 date-time string, got %s",
						parser.currentToken());
			}
			String text = parser.getString();
			try {
				return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
			}
			catch (DateTimeParseException ex) {
				return (Instant) context.handleWeirdStringValue(Instant.class, text,
						"must be an ISO-8601 date-time with an offset, e.g. 2030-01-01T08:00:00Z");
			}
		}

	}

}
