package dk.newsroom.gateway.feed.formats;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.springframework.http.MediaType;

/** The formats the feed is offered in, each with its path, media type and writer. */
enum FeedFormat {

	JSON("/feed.json", new MediaType("application", "feed+json"), JsonFeedWriter::write),

	RSS("/feed.rss", new MediaType("application", "rss+xml", StandardCharsets.UTF_8), RssFeedWriter::write),

	ATOM("/feed.atom", new MediaType("application", "atom+xml", StandardCharsets.UTF_8), AtomFeedWriter::write);

	private final String path;

	private final MediaType mediaType;

	private final Function<FeedDocument, byte[]> writer;

	FeedFormat(String path, MediaType mediaType, Function<FeedDocument, byte[]> writer) {
		this.path = path;
		this.mediaType = mediaType;
		this.writer = writer;
	}

	String path() {
		return this.path;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	byte[] write(FeedDocument document) {
		return this.writer.apply(document);
	}

}
