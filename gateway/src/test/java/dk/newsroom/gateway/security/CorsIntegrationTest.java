package dk.newsroom.gateway.security;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's front end (an allowed origin) may call the gateway from a browser; other
 * origins may not.
 */
@NewsroomIntegrationTest(properties = CorsIntegrationTest.ALLOWED_ORIGIN_PROPERTY)
class CorsIntegrationTest {

	static final String FRONT_END = "https://www.newsroom.dk";

	static final String ALLOWED_ORIGIN_PROPERTY = "newsroom.cors.allowed-origins=" + FRONT_END;

	@Autowired
	private WebTestClient client;

	@Test
	void aPreflightFromTheFrontEndIsAllowedWithTheApisHeaders() {
		this.client.options()
			.uri("/api/articles/a1")
			.header(HttpHeaders.ORIGIN, FRONT_END)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PUT")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, if-match")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END)
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, (methods) -> assertThat(methods).contains("PUT"))
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
					(headers) -> assertThat(headers.toLowerCase()).contains("authorization", "content-type",
							"if-match"))
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
	}

	@Test
	void aPreflightFromAnotherOriginIsRefused() {
		this.client.options()
			.uri("/api/articles/a1")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PUT")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void aCrossOriginReadFromTheFrontEndExposesTheCachingAndPagingHeaders() {
		this.client.get()
			.uri("/api/feed")
			.header(HttpHeaders.ORIGIN, FRONT_END)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONT_END)
			.expectHeader()
			.value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
					(exposed) -> assertThat(exposed).contains("ETag", "Link", "Location", "Retry-After"));
	}

	@Test
	void aCrossOriginReadFromAnotherOriginGetsNoAllowOrigin() {
		this.client.get()
			.uri("/api/feed")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.exchange()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

}
