package dk.newsroom.podcasts.podcast;

import java.util.Map;

import dk.newsroom.testsupport.TestTokens;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/** An editor's create, for the tests that check the podcasts' own fields. */
final class TestRequests {

	private TestRequests() {
	}

	static Map<String, Object> create(WebTestClient http, Map<String, Object> body) {
		return TestTokens.authorized(http, PodcastFixtures.WRITE_SCOPE)
			.post()
			.uri("/api/podcasts")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

}
