package dk.newsroom.events.event;

import java.util.Arrays;
import java.util.Locale;

import dk.newsroom.platform.content.InvalidInputException;

/**
 * Which part of the programme a list shows, and in which order.
 */
enum Timeline {

	/** Not yet ended (ends after now): soonest first. */
	UPCOMING("u", false),

	/** Ended: the most recent first. */
	PAST("p", true),

	/** Both, in programme order: soonest first; for browsing a date range. */
	ALL("a", false);

	private final String code;

	private final boolean newestFirst;

	Timeline(String code, boolean newestFirst) {
		this.code = code;
		this.newestFirst = newestFirst;
	}

	/** Tags cursors, so a cursor of one timeline is not read as another's. */
	String code() {
		return this.code;
	}

	boolean newestFirst() {
		return this.newestFirst;
	}

	/**
	 * The {@code when} parameter: {@code upcoming} (the default), {@code past},
	 * {@code all}.
	 */
	static Timeline parse(String when) {
		if (when == null || when.isEmpty()) {
			return UPCOMING;
		}
		return Arrays.stream(values())
			.filter((timeline) -> timeline.name().equalsIgnoreCase(when))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("when", "must be one of upcoming, past, all"));
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}

}
