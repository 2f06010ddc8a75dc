package dk.newsroom.events.event;

import java.util.regex.Pattern;

import dk.newsroom.platform.content.ResourceNotFoundException;

/**
 * An event's id: 24 lowercase hex digits, URL-safe. Also the tie-breaker of every
 * ordering by start time, so the keyset is {@code startsAt|id}.
 */
public record EventId(String value) {

	private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{24}");

	public static boolean isWellFormed(String value) {
		return value != null && FORMAT.matcher(value).matches();
	}

	/** An id from a URL; anything that is not one of ours cannot name an event. */
	public static EventId fromPath(String value) {
		if (!isWellFormed(value)) {
			throw new ResourceNotFoundException("Event " + value);
		}
		return new EventId(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
