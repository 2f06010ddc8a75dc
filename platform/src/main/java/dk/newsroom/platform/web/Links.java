package dk.newsroom.platform.web;

import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/** RFC 8288 links for keyset pages. */
public final class Links {

	private Links() {
	}

	/**
	 * The {@code Link} header value for the next page: this request's path and filters
	 * with the cursor replaced, relative so it holds behind the gateway too.
	 */
	public static String next(ServerWebExchange exchange, String cursor) {
		String link = UriComponentsBuilder.fromPath(exchange.getRequest().getPath().value())
			.query(exchange.getRequest().getURI().getRawQuery())
			.replaceQueryParam("cursor", cursor)
			.build()
			.toUriString();
		return "<" + link + ">; rel=\"next\"";
	}

}
