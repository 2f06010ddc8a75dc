package dk.newsroom.platform.web;

import dk.newsroom.platform.content.InvalidInputException;

/**
 * A keyset page request: at most {@code limit} items after the opaque {@code cursor}.
 *
 * @param limit the page size, already checked against the caps
 * @param after the decoded cursor, or null for the first page
 */
public record PageRequest(int limit, String after) {

	public static final int DEFAULT_LIMIT = 20;

	public static final int MAX_LIMIT = 100;

	/**
	 * Checks the raw query parameters; bad ones are a 400 naming {@code limit} or
	 * {@code cursor}.
	 */
	public static PageRequest of(Integer limit, String cursor) {
		int size = (limit != null) ? limit : DEFAULT_LIMIT;
		if (size < 1 || size > MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
		}
		return new PageRequest(size, (cursor != null && !cursor.isEmpty()) ? Cursors.decode(cursor) : null);
	}

}
