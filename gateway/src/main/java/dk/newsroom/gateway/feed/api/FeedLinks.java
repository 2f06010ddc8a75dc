package dk.newsroom.gateway.feed.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.newsroom.gateway.feed.query.FeedParameters;

import org.springframework.util.MultiValueMap;

/**
 * Builds the {@code Link: <…>; rel="next"} header value: the same path and filters, with
 * the next cursor. Relative, so it stays right behind any proxy.
 */
final class FeedLinks {

	private FeedLinks() {
	}

	static String next(String path, MultiValueMap<String, String> params, String cursor) {
		StringBuilder uri = new StringBuilder(path).append('?');
		for (String name : FeedParameters.FILTERS) {
			List<String> values = params.get(name);
			if (values != null) {
				for (String value : values) {
					if (value != null && !value.isBlank()) {
						uri.append(name)
							.append('=')
							.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
							.append('&');
					}
				}
			}
		}
		uri.append(FeedParameters.CURSOR).append('=').append(cursor);
		return "<" + uri + ">; rel=\"next\"";
	}

}
