package dk.newsroom.gateway.feed.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedQuery;
import org.jspecify.annotations.Nullable;

/**
 * Where the items older than the feed's horizon are: the services' own lists, with the
 * feed's filters where the service has the same filter. Linked from the feed's last page
 * when the gateway let older items of the query's types go.
 */
final class OlderItems {

	private OlderItems() {
	}

	/**
	 * The lists to continue in, one per content type the query can match whose filters
	 * the service's list can apply (people news has no section filter).
	 * @param query the feed query
	 * @return the links, in type order
	 */
	static List<Link> of(FeedQuery query) {
		List<Link> links = new ArrayList<>(3);
		for (ContentType type : ContentType.values()) {
			if (!query.types().isEmpty() && !query.types().contains(type)) {
				continue;
			}
			if (query.eventsOnly() && type != ContentType.EVENT) {
				continue;
			}
			String href = switch (type) {
				case ARTICLE -> uri("/api/articles", "tag", query.tag(), "section", query.section());
				case EVENT -> uri("/api/events?when=past", "tag", query.tag(), "track",
						(query.track() != null) ? query.track() : query.section(), "city", query.city());
				case PERSON -> (query.section() != null) ? null : uri("/api/people", "tag", query.tag());
				// No route to a podcasts service: the type is the example of
				// docs/adding-a-content-type.md, whose last step adds the route and this
				// link.
				case PODCAST -> null;
			};
			if (href != null) {
				links.add(new Link(type, href));
			}
		}
		return links;
	}

	/** The links as the body's {@code "older"} member: {@code [{"type":…,"href":…}]}. */
	static byte[] json(List<Link> links) {
		StringBuilder json = new StringBuilder(64 * links.size() + 2).append('[');
		for (Link link : links) {
			if (json.length() > 1) {
				json.append(',');
			}
			// Wire names and percent-encoded URIs: nothing to escape.
			json.append("{\"type\":\"")
				.append(link.type().wireName())
				.append("\",\"href\":\"")
				.append(link.href())
				.append("\"}");
		}
		return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The links as {@code Link} header values, relation {@code archives}. */
	static List<String> headers(List<Link> links) {
		return links.stream().map((link) -> "<" + link.href() + ">; rel=\"archives\"").toList();
	}

	private static String uri(String path, @Nullable String... namesAndValues) {
		StringBuilder uri = new StringBuilder(path);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			String value = namesAndValues[i + 1];
			if (value != null) {
				uri.append((uri.indexOf("?") < 0) ? '?' : '&')
					.append(namesAndValues[i])
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		}
		return uri.toString();
	}

	/**
	 * @param type the content type
	 * @param href the service's list, relative to the gateway
	 */
	record Link(ContentType type, String href) {

	}

}
