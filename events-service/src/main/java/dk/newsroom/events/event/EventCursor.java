package dk.newsroom.events.event;

import java.time.Instant;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.content.InvalidInputException;
import dk.newsroom.platform.store.ContentIds;

/**
 * The keyset position of a page: the start time and id of its last event, tagged with the
 * timeline it belongs to ({@code u|1773302400000|6745a1f0c2a4b81e2f3d9a10}). Encoded into
 * the opaque cursor by the platform's {@code Cursors}.
 */
record EventCursor(Instant startsAt, String id) {

	static EventCursor of(ContentItem<EventContent> event) {
		return new EventCursor(event.content().startsAt(), event.id());
	}

	String key(Timeline timeline) {
		return timeline.code() + "|" + this.startsAt.toEpochMilli() + "|" + this.id;
	}

	/**
	 * @param key a decoded cursor
	 * @throws InvalidInputException naming {@code cursor} when the key is not one this
	 * timeline's pages returned
	 */
	static EventCursor parse(String key, Timeline timeline) {
		String[] parts = key.split("\\|", -1);
		if (parts.length != 3 || !parts[0].equals(timeline.code()) || !ContentIds.isWellFormed(parts[2])) {
			throw invalid(timeline);
		}
		try {
			return new EventCursor(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]);
		}
		catch (RuntimeException ex) {
			throw invalid(timeline);
		}
	}

	private static InvalidInputException invalid(Timeline timeline) {
		return new InvalidInputException("cursor", "is not a cursor this API returned for when=" + timeline);
	}

}
