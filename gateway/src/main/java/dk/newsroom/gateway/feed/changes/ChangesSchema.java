package dk.newsroom.gateway.feed.changes;

import java.util.List;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedItem;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import org.jspecify.annotations.Nullable;

/**
 * The shape of an answer of {@code GET /api/changes} for its OpenAPI document only: the
 * answer is written as bytes ({@link ChangesJson}), which springdoc cannot see into.
 *
 * @param reset whether the client starts over
 * @param changes the changes, in order
 * @param next the token to ask with next time
 * @param more whether more changes follow at once
 */
@Schema(name = "Changes", description = "The changes of the public feed after a position, each resource once")
record ChangesSchema(@Schema(requiredMode = RequiredMode.REQUIRED, description = """
		True when `since` was not a position this gateway can continue from (malformed, of the older form, or \
		before a change it has forgotten): drop your copy and apply this answer and its pages as a fresh \
		start""") boolean reset,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "In log order; each resource once, with its latest state") List<Change> changes,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "The token to ask with next time (`since`); also a stream event id",
				example = "1.tpjbz7_3hzge9_0_.4_7_7..") String next,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "Whether more changes follow at once (also a `Link: rel=\"next\"`)") boolean more) {

	/**
	 * @param change what happened
	 * @param type the content type
	 * @param id the resource id
	 * @param item the item, on an upsert
	 */
	@Schema(name = "Change", description = "One resource's latest change")
	record Change(@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {
			"upsert", "remove" }, description = """
					`upsert`: the item became visible or changed (`item` is it, as `/api/feed` lists it); `remove`: \
					it left the feed (withdrawn, deleted, rescheduled)""") String change,
			@Schema(requiredMode = RequiredMode.REQUIRED) ContentType type,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "6745a1f0c2a4b81e2f3d9a10") String id,
			@Schema(description = "On an upsert only") @Nullable FeedItem item){

	}

}
