package dk.newsroom.gateway.feed.api;

import java.util.List;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedItem;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a page of {@code GET /api/feed} for its OpenAPI document only: the page is
 * written as bytes ({@link FeedPageJson}), which springdoc cannot see into.
 *
 * @param items the items of the page
 * @param next the cursor of the next page
 * @param older where older items are
 */
@Schema(name = "FeedPage", description = "One page of the unified feed, newest first")
record FeedPageSchema(@Schema(requiredMode = RequiredMode.REQUIRED) List<FeedItem> items, @Schema(
		requiredMode = RequiredMode.REQUIRED, nullable = true, description = """
				The cursor of the next page: pass it back as `cursor`, unchanged; null on the last page""",
		example = "MXwyMDI2LTExLTI2VDA5OjAwOjAwWnxhcnRpY2xlfDY3NDVhMWYwYzJhNGI4MWUyZjNkOWExMA") @Nullable String next,
		@Schema(description = """
				On the last page, when the gateway has let older items of the asked types go: the services' own \
				lists to continue in, with the same filters where the service has them""") @Nullable List<OlderLink> older) {

	/**
	 * @param type the content type
	 * @param href the service's list, relative to the gateway
	 */
	@Schema(name = "OlderItems", description = "Where the older items of one type are")
	record OlderLink(@Schema(requiredMode = RequiredMode.REQUIRED) ContentType type,
			@Schema(requiredMode = RequiredMode.REQUIRED, description = "The service's list, relative to the gateway",
					example = "/api/events?when=past&tag=eu") String href) {

	}

}
