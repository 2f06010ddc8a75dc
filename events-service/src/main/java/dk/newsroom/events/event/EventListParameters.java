package dk.newsroom.events.event;

import java.time.Instant;
import java.util.List;

import dk.newsroom.platform.content.PublicationStatus;
import dk.newsroom.platform.content.Slugs;
import dk.newsroom.platform.content.InvalidInputException;
import dk.newsroom.platform.web.PageRequest;
import dk.newsroom.platform.web.QueryParameters;

/**
 * The query parameters of {@code GET /api/events} as they arrive (all optional), and
 * their checking: every bad one is a 400 that names it.
 */
record EventListParameters(String when, String status, String track, String city, String tag, String from, String to,
		Integer limit, String cursor) {

	/**
	 * @param publicOnly whether the caller may see only public events; such a caller
	 * cannot ask for another status
	 */
	EventQuery toQuery(boolean publicOnly) {
		Timeline timeline = Timeline.parse(this.when);
		PageRequest page = PageRequest.of(this.limit, this.cursor);
		PublicationStatus wanted = parseStatus(this.status);
		if (publicOnly && wanted != null && wanted != PublicationStatus.PUBLISHED) {
			throw new InvalidInputException("status",
					"only PUBLISHED events are public; reading others needs editor access");
		}
		Instant lower = present(this.from) ? CopenhagenTime.lowerBound("from", this.from) : null;
		Instant upper = present(this.to) ? CopenhagenTime.upperBound("to", this.to) : null;
		if (lower != null && upper != null && !upper.isAfter(lower)) {
			throw new InvalidInputException("to", "must be after from");
		}
		return new EventQuery(timeline, wanted, key("track", this.track), key("city", this.city),
				filter("tag", this.tag), lower, upper, page.limit(),
				(page.after() != null) ? EventCursor.parse(page.after(), timeline) : null, publicOnly);
	}

	/** Filters on names match regardless of case and accents, as slugs do. */
	private static String key(String parameter, String value) {
		String text = filter(parameter, value);
		return (text != null) ? Slugs.of(text) : null;
	}

	private static String filter(String parameter, String value) {
		if (!present(value)) {
			return null;
		}
		return QueryParameters.filter(parameter, value).strip();
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static PublicationStatus parseStatus(String status) {
		if (!present(status)) {
			return null;
		}
		try {
			return PublicationStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "must be one of " + List.of(PublicationStatus.values()));
		}
	}

}
