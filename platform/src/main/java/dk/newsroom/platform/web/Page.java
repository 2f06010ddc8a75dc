package dk.newsroom.platform.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * One page of a keyset-paginated list.
 *
 * @param items the items of this page
 * @param next the cursor of the next page, or null on the last page
 */
@Schema(description = "One page of a list")
public record Page<T>(
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "The items of this page") List<T> items,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, description = """
				The cursor of the next page: pass it back as `cursor`, unchanged; null on the last page""",
				example = "NmIwODcxZDEzY2RlYjk4NTJkYTZkNmFl") String next) {

	/**
	 * The page from a query that fetched {@code limit + 1} items: the extra one only says
	 * that more follow, and the last item kept gives the cursor.
	 * @param keyOf the keyset key of an item, encoded into the opaque cursor
	 */
	public static <T> Page<T> fromLookahead(List<T> found, int limit, Function<T, String> keyOf) {
		if (found.size() <= limit) {
			return new Page<>(found, null);
		}
		List<T> items = found.subList(0, limit);
		return new Page<>(items, Cursors.encode(keyOf.apply(items.get(limit - 1))));
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.next);
	}

}
