package dk.newsroom.gateway.reader.site;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.web.server.ServerWebExchange;

/**
 * The site's absolute address, for canonical URLs, sharing tags and sitemaps: the
 * configured public URL ({@code newsroom.reader.base-url}), or else the scheme, host and
 * port the request was made to.
 */
public final class SiteLinks {

	private final @Nullable String baseUrl;

	/**
	 * @param baseUrl the public URL, e.g. {@code https://newsroom.dk}; blank for none
	 */
	public SiteLinks(@Nullable String baseUrl) {
		this.baseUrl = (baseUrl == null || baseUrl.isBlank()) ? null
				: (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
	}

	/** The scheme, host and port links are made absolute with, without a final slash. */
	public String base(ServerWebExchange exchange) {
		if (this.baseUrl != null) {
			return this.baseUrl;
		}
		URI uri = exchange.getRequest().getURI();
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

}
