package dk.newsroom.gateway.feed.formats;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
	record Feed(String version, String title, String description, @JsonProperty("home_page_url") String homePageUrl,
			@JsonProperty("feed_url") String feedUrl, @JsonProperty("next_url") @Nullable String nextUrl,
			String language, List<Author> authors, List<Item> items) {

	}

	record Author(String name) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "id", "url", "title", "summary", "content_text", "image", "date_published", "tags" })
	record Item(String id, String url, String title, @Nullable String summary,
			@JsonProperty("content_text") String contentText, @Nullable String image,
			@JsonProperty("date_published") String datePublished, @Nullable List<String> tags) {

	}

}
