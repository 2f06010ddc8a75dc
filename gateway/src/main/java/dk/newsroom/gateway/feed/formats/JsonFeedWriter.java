package dk.newsroom.gateway.feed.formats;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import dk.newsroom.gateway.feed.FeedImage;
import dk.newsroom.gateway.feed.FeedItem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** Writes a feed page as JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
final class JsonFeedWriter {

	static final String VERSION = "https://jsonfeed.org/version/1.1";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private JsonFeedWriter() {
	}

	static byte[] write(FeedDocument document) {
		List<Item> items = document.items().stream().map((item) -> item(document, item)).toList();
		return MAPPER.writeValueAsBytes(
				new Feed(VERSION, document.title(), document.description(), document.homePageUrl(), document.selfUrl(),
						document.nextUrl(), FeedDocument.LANGUAGE, List.of(new Author(FeedDocument.AUTHOR)), items));
	}

	private static Item item(FeedDocument document, FeedItem item) {
		FeedImage image = item.image();
		return new Item(FeedDocument.id(item), document.url(item), item.title(), item.summary(),
				FeedDocument.text(item), (image != null) ? image.url() : null, item.publishedAt().toString(),
				item.tags().isEmpty() ? null : item.tags());
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "version", "title", "description", "home_page_url", "feed_url", "next_url", "language",
			"authors", "items" })
	@Schema(name = "JsonFeed", description = "A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/)")
	record Feed(@Schema(requiredMode = RequiredMode.REQUIRED, example = VERSION) String version,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "Newsroom – seneste nyt") String title,
			@Schema(requiredMode = RequiredMode.REQUIRED,
					example = "De nyeste artikler, arrangementer og navnenyt fra Newsroom.") String description,
			@Schema(requiredMode = RequiredMode.REQUIRED, format = "uri",
					example = "https://newsroom.dk/") @JsonProperty("home_page_url") String homePageUrl,
			@Schema(requiredMode = RequiredMode.REQUIRED, format = "uri",
					example = "https://newsroom.dk/feed.json") @JsonProperty("feed_url") String feedUrl,
			@Schema(format = "uri",
					description = "The next page; absent on the last page") @JsonProperty("next_url") @Nullable String nextUrl,
			@Schema(requiredMode = RequiredMode.REQUIRED, example = "da") String language,
			@Schema(requiredMode = RequiredMode.REQUIRED) List<Author> authors,
			@Schema(requiredMode = RequiredMode.REQUIRED) List<Item> items) {

	}

	@Schema(name = "JsonFeedAuthor")
	record Author(@Schema(requiredMode = RequiredMode.REQUIRED, example = "Newsroom") String name) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "id", "url", "title", "summary", "content_text", "image", "date_published", "tags" })
	@Schema(name = "JsonFeedItem")
	record Item(
			@Schema(requiredMode = RequiredMode.REQUIRED, description = "Stable, whatever URL the item is served under",
					example = "urn:newsroom:article:6745a1f0c2a4b81e2f3d9a10") String id,
			@Schema(requiredMode = RequiredMode.REQUIRED, format = "uri",
					description = "The item's page (its API resource for a type without pages)",
					example = "https://newsroom.dk/artikler/ny-sikkerhedsaftale-mellem-eu-og-ukraine") String url,
			@Schema(requiredMode = RequiredMode.REQUIRED,
					example = "Ny sikkerhedsaftale mellem EU og Ukraine") String title,
			@Schema(example = "EU og Ukraine vil samarbejde tættere om cyberforsvar.") @Nullable String summary,
			@Schema(requiredMode = RequiredMode.REQUIRED, description = "The summary, or the title when there is none",
					example = "EU og Ukraine vil samarbejde tættere om cyberforsvar.") @JsonProperty("content_text") String contentText,
			@Schema(format = "uri", example = "https://billeder.newsroom.dk/eu.jpg") @Nullable String image,
			@Schema(requiredMode = RequiredMode.REQUIRED, format = "date-time",
					example = "2026-11-26T09:00:00Z") @JsonProperty("date_published") String datePublished,
			@Schema(description = "Absent when the item has none") @Nullable List<String> tags) {

	}

}
