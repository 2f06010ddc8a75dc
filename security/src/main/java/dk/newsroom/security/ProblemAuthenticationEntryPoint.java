package dk.newsroom.security;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;

/**
 * 401 as problem+json, with the RFC 6750 {@code WWW-Authenticate: Bearer} challenge: no
 * token, or one that is expired, not yet valid, from another issuer or for another
 * audience, badly signed, or unsigned.
 */
public class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		if (ex instanceof OAuth2AuthenticationException oauth) {
			OAuth2Error error = oauth.getError();
			String description = (error.getDescription() != null) ? error.getDescription() : error.getErrorCode();
			return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED,
					"The bearer token is not accepted: " + description, HttpHeaders.WWW_AUTHENTICATE,
					"Bearer error=\"" + error.getErrorCode() + "\", error_description=\"" + quoted(description) + "\"");
		}
		return ProblemResponses.write(exchange, HttpStatus.UNAUTHORIZED, "This request needs a bearer token",
				HttpHeaders.WWW_AUTHENTICATE, "Bearer");
	}

	private static String quoted(String value) {
		return value.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
