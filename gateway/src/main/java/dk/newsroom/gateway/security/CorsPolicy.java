package dk.newsroom.gateway.security;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The CORS rules for the front end's origins: reads and writes, with the headers the API
 * uses (bearer token, conditional requests, resuming the stream), and the response
 * headers it needs to read (ETag, paging links, where a new resource is, when to retry).
 * No credentials: the API takes bearer tokens, never cookies.
 */
final class CorsPolicy {

	static final List<String> METHODS = List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(),
			HttpMethod.OPTIONS.name(), HttpMethod.POST.name(), HttpMethod.PUT.name(), HttpMethod.PATCH.name(),
			HttpMethod.DELETE.name());

	static final List<String> REQUEST_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
			HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "Last-Event-ID");

	static final List<String> EXPOSED_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LINK, HttpHeaders.LOCATION,
			HttpHeaders.RETRY_AFTER);

	private CorsPolicy() {
	}

	/**
	 * Without allowed origins the source has no configuration: browsers then refuse every
	 * cross-origin call, as the same-origin policy has it.
	 */
	static CorsConfigurationSource source(CorsProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!properties.allowedOrigins().isEmpty()) {
			CorsConfiguration cors = new CorsConfiguration();
			cors.setAllowedOrigins(properties.allowedOrigins());
			cors.setAllowedMethods(METHODS);
			cors.setAllowedHeaders(REQUEST_HEADERS);
			cors.setExposedHeaders(EXPOSED_HEADERS);
			cors.setAllowCredentials(false);
			cors.setMaxAge(properties.maxAge());
			source.registerCorsConfiguration("/**", cors);
		}
		return source;
	}

}
