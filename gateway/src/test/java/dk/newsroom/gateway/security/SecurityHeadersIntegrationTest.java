package dk.newsroom.gateway.security;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's default headers plus {@code Referrer-Policy} everywhere, a strict
 * Content-Security-Policy on the reader page, and the feed's own HTTP caching untouched
 * by Spring Security's cache headers.
 */
@NewsroomIntegrationTest(properties = CorsIntegrationTest.ALLOWED_ORIGIN_PROPERTY)
class SecurityHeadersIntegrationTest {

	@Autowired
	private WebTestClient client;

	@Test
	void theReaderPageHasAStrictContentSecurityPolicyAndTheDefaultHeaders() {
		this.client.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; "
							+ "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
							+ "frame-ancestors 'none'")
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=0, public, s-maxage=10");
	}

	@Test
	void everyPageOfTheSiteHasThePolicyToo() {
		for (String page : new String[] { "/navnenyt", "/arrangementer", "/artikler/findes-ikke", "/sitemap.xml" }) {
			this.client.get()
				.uri(page)
				.exchange()
				.expectHeader()
				.valueEquals("Content-Security-Policy", ReaderPageContentSecurityPolicy.POLICY)
				.expectHeader()
				.valueEquals("X-Frame-Options", "DENY");
		}
	}

	@Test
	void theApiHasTheDefaultHeadersButNoPagePolicy() {
		this.client.get()
			.uri("/api/feed")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.doesNotExist("Content-Security-Policy");
	}

	@Test
	void theFeedKeepsItsOwnCacheControlAndETagAndStillAnswers304() {
		for (String path : new String[] { "/api/feed", "/feed.json", "/feed.rss", "/feed.atom" }) {
			EntityExchangeResult<byte[]> first = this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=10, public")
				.expectHeader()
				.doesNotExist(HttpHeaders.PRAGMA)
				.expectHeader()
				.doesNotExist(HttpHeaders.EXPIRES)
				.expectBody()
				.returnResult();
			String etag = first.getResponseHeaders().getETag();
			assertThat(etag).as(path).isNotNull();

			this.client.get()
				.uri(path)
				.header(HttpHeaders.IF_NONE_MATCH, etag)
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.NOT_MODIFIED)
				.expectHeader()
				.valueEquals(HttpHeaders.ETAG, etag)
				.expectHeader()
				.valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=10, public");
		}
	}

}
