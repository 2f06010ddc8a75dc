package dk.newsroom.gateway.feed.formats;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedPage;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.query.FeedParameters;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * Builds a {@link FeedDocument} from a request and its page: Danish titles naming the
 * filters, and absolute links (feed readers resolve nothing against the request) built
 * from the request's base URI.
 */
final class FeedDocuments {

	static final String TITLE = "Newsroom – seneste nyt";

	private FeedDocuments() {
	}

	static FeedDocument of(URI requestUri, FeedQuery query, MultiValueMap<String, String> params, FeedPage page) {
		String base = baseUri(requestUri);
		String path = requestUri.getRawPath();
		String self = base + path + ((requestUri.getRawQuery() != null) ? "?" + requestUri.getRawQuery() : "");
		FeedKey next = page.next();
		String nextUrl = (next != null) ? base + path + query(params, FeedParameters.cursor(next)) : null;
		String firstUrl = base + path + query(params, null);
		return new FeedDocument(firstUrl, title(query), description(query), base + "/", self, nextUrl, base,
				FeedDocument.items(page.entries()));
	}

	/** The scheme, host and port of the request: what the body's links depend on. */
	static String baseUri(URI requestUri) {
		return requestUri.getScheme() + "://" + requestUri.getRawAuthority();
	}

	static String title(FeedQuery query) {
		List<String> parts = new ArrayList<>();
		if (!query.types().isEmpty()) {
			List<String> types = new ArrayList<>();
			for (ContentType type : ContentType.values()) {
				if (query.types().contains(type)) {
					types.add(typeName(type));
				}
			}
			parts.add(String.join(", ", types));
		}
		if (query.section() != null) {
			parts.add("sektion " + query.section());
		}
		if (query.tag() != null) {
			parts.add("emne " + query.tag().toLowerCase(Locale.ROOT));
		}
		if (query.track() != null) {
			parts.add("spor " + query.track());
		}
		if (query.city() != null) {
			parts.add("by " + query.city());
		}
		return parts.isEmpty() ? TITLE : TITLE + ": " + String.join(" · ", parts);
	}

	private static String description(FeedQuery query) {
		return "De nyeste artikler, arrangementer og navnenyt fra Newsroom"
				+ ((query.types().isEmpty() && query.tag() == null && query.section() == null && !query.eventsOnly())
						? "." : ", filtreret efter " + title(query).substring(TITLE.length() + 2) + ".");
	}

	private static String typeName(ContentType type) {
		return switch (type) {
			case ARTICLE -> "artikler";
			case EVENT -> "arrangementer";
			case PERSON -> "navnenyt";
			case PODCAST -> "podcasts";
		};
	}

	private static String query(MultiValueMap<String, String> params, @Nullable String cursor) {
		StringBuilder query = new StringBuilder();
		for (String name : FeedParameters.FILTERS) {
			List<String> values = params.get(name);
			if (values == null) {
				continue;
			}
			for (String value : values) {
				if (value != null && !value.isBlank()) {
					query.append((query.isEmpty()) ? '?' : '&')
						.append(name)
						.append('=')
						.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				}
			}
		}
		if (cursor != null) {
			query.append((query.isEmpty()) ? '?' : '&').append(FeedParameters.CURSOR).append('=').append(cursor);
		}
		return query.toString();
	}

}
