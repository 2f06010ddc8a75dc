package dk.newsroom.gateway.security;

import java.util.List;
import java.util.stream.Stream;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's access rules against a stub service that echoes what reached it: public
 * reads, writes only with the content type's scope, tokens checked for signature, expiry,
 * issuer and audience, and the token forwarded to the service.
 */
@NewsroomIntegrationTest
class GatewaySecurityIntegrationTest {

	private static final DisposableServer stubService = HttpServer.create()
		.host("localhost")
		.port(0)
		.handle((request, response) -> {
			String authorization = request.requestHeaders().get(HttpHeaders.AUTHORIZATION, "");
			String echo = "{\"method\":\"" + request.method().name() + "\",\"path\":\"" + request.uri()
					+ "\",\"authorization\":\"" + authorization + "\"}";
			return response.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
				.sendString(request.receive().aggregate().asString().defaultIfEmpty("").map((body) -> echo));
		})
		.bindNow();

	@Autowired
	private WebTestClient client;

	@DynamicPropertySource
	static void serviceUrls(DynamicPropertyRegistry registry) {
		for (String service : new String[] { "articles", "events", "people", "webhooks" }) {
			registry.add("newsroom.services." + service + "-url", () -> "http://localhost:" + stubService.port());
		}
	}

	@AfterAll
	static void stopStubService() {
		stubService.disposeNow();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/articles", "/api/events/e1", "/api/people/p1/publish" })
	void aWriteWithoutATokenIs401WithABearerChallenge(String path) {
		this.client.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.instance")
			.isEqualTo(path);
	}

	static Stream<Arguments> rejectedTokens() {
		return Stream.of(Arguments.of("expired", TestTokens.expired(Scopes.ARTICLES_WRITE)),
				Arguments.of("wrong issuer",
						TestTokens.token((claims) -> claims.issuer("urn:somebody:else"), Scopes.ARTICLES_WRITE)),
				Arguments.of("wrong audience",
						TestTokens.token((claims) -> claims.audience(List.of("another-api")), Scopes.ARTICLES_WRITE)),
				Arguments.of("bad signature", TestTokens.signedByAnotherKey(Scopes.ARTICLES_WRITE)),
				Arguments.of("alg none", TestTokens.unsigned(Scopes.ARTICLES_WRITE)),
				Arguments.of("not a token", "abc.def.ghi"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejectedTokens")
	void aWriteWithARejectedTokenIs401(String why, String token) {
		this.client.post()
			.uri("/api/articles")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, (challenge) -> assertThat(challenge).startsWith("Bearer error="))
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rejectedTokens")
	void aReadWithARejectedTokenIs401(String why, String token) {
		for (String path : new String[] { "/api/articles/a1", "/api/feed" }) {
			this.client.get()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

	@Test
	void aTokenWithAnotherContentTypesScopeIs403NamingTheMissingScope() {
		this.client.put()
			.uri("/api/articles/a1")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(Scopes.EVENTS_WRITE, Scopes.PEOPLE_WRITE))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE,
					(challenge) -> assertThat(challenge).startsWith("Bearer error=\"insufficient_scope\"")
						.contains("scope=\"articles:write\""))
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(403)
			.jsonPath("$.detail")
			.isEqualTo("The bearer token lacks the scope articles:write");
	}

	@Test
	void aReadOnlyTokenCannotWrite() {
		this.client.delete()
			.uri("/api/people/p1")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(Scopes.DRAFTS_READ))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The bearer token lacks the scope people:write");
	}

	/**
	 * Reads too: a subscription names its receiver, and its delivery log what was sent.
	 */
	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("webhookCalls")
	void webhooksNeedTheAdminScopeForEveryMethodReadsIncluded(HttpMethod method, String path) {
		this.client.method(method).uri(path).exchange().expectStatus().isUnauthorized();
		this.client.method(method)
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION,
					TestTokens.bearer(Scopes.ARTICLES_WRITE, Scopes.EVENTS_WRITE, Scopes.PEOPLE_WRITE,
							Scopes.DRAFTS_READ))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE,
					(challenge) -> assertThat(challenge).contains("scope=\"" + Scopes.WEBHOOKS_ADMIN + "\""))
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The bearer token lacks the scope " + Scopes.WEBHOOKS_ADMIN);
		String bearer = TestTokens.bearer(Scopes.WEBHOOKS_ADMIN);
		this.client.method(method)
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.method")
			.isEqualTo(method.name())
			.jsonPath("$.path")
			.isEqualTo(path)
			.jsonPath("$.authorization")
			.isEqualTo(bearer);
	}

	static Stream<Arguments> webhookCalls() {
		return Stream.of(Arguments.of(HttpMethod.GET, "/api/webhooks/subscriptions"),
				Arguments.of(HttpMethod.GET, "/api/webhooks/subscriptions/s1/deliveries/d1"),
				Arguments.of(HttpMethod.GET, "/api/webhooks/subscriptions/s1/attempts?limit=5"),
				Arguments.of(HttpMethod.POST, "/api/webhooks/subscriptions"),
				Arguments.of(HttpMethod.DELETE, "/api/webhooks/subscriptions/s1"));
	}

	static Stream<Arguments> writes() {
		return Stream.of(Arguments.of(HttpMethod.POST, "/api/articles", Scopes.ARTICLES_WRITE),
				Arguments.of(HttpMethod.PUT, "/api/articles/a1", Scopes.ARTICLES_WRITE),
				Arguments.of(HttpMethod.POST, "/api/articles/a1/publish", Scopes.ARTICLES_WRITE),
				Arguments.of(HttpMethod.PATCH, "/api/events/e1", Scopes.EVENTS_WRITE),
				Arguments.of(HttpMethod.DELETE, "/api/events/e1", Scopes.EVENTS_WRITE),
				Arguments.of(HttpMethod.POST, "/api/people/preview", Scopes.PEOPLE_WRITE),
				Arguments.of(HttpMethod.DELETE, "/api/people/p1", Scopes.PEOPLE_WRITE));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("writes")
	void aWriteWithTheRightScopeReachesTheServiceWithTheTokenIntact(HttpMethod method, String path, String scope) {
		String bearer = TestTokens.bearer(scope);
		this.client.method(method)
			.uri(path)
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"headline\":\"Æbler\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.method")
			.isEqualTo(method.name())
			.jsonPath("$.path")
			.isEqualTo(path)
			.jsonPath("$.authorization")
			.isEqualTo(bearer);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/articles/a1", "/api/events?when=upcoming", "/api/people/p1" })
	void anonymousReadsReachTheServiceWithoutAToken(String path) {
		this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.path")
			.isEqualTo(path)
			.jsonPath("$.authorization")
			.isEqualTo("");
		this.client.head().uri(path).exchange().expectStatus().isOk();
	}

	@Test
	void anEditorsReadIsForwardedWithItsTokenSoTheServiceCanShowDrafts() {
		String bearer = TestTokens.bearer(Scopes.DRAFTS_READ);
		this.client.get()
			.uri("/api/articles/draft-1")
			.header(HttpHeaders.AUTHORIZATION, bearer)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.authorization")
			.isEqualTo(bearer);
	}

	@Test
	void anonymousReadsOfTheGatewaysOwnEndpointsStillWork() {
		for (String path : new String[] { "/api/feed", "/feed.json", "/feed.rss", "/feed.atom", "/",
				"/v3/api-docs/gateway" }) {
			this.client.get().uri(path).exchange().expectStatus().isOk();
		}
	}

	@Test
	void writesAnywhereElseAreDeniedWhateverTheToken() {
		String all = TestTokens.bearer(Scopes.ARTICLES_WRITE, Scopes.EVENTS_WRITE, Scopes.PEOPLE_WRITE,
				Scopes.DRAFTS_READ);
		for (String path : new String[] { "/api/feed", "/feed.json", "/", "/api/articlesx/1", "/v3/api-docs/articles",
				"/fallback/articles" }) {
			this.client.post().uri(path).exchange().expectStatus().isUnauthorized();
			this.client.post()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, all)
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("The bearer token does not allow this request");
		}
		// Refused before it is routed (the server does not take TRACE at all).
		this.client.method(HttpMethod.TRACE)
			.uri("/api/articles/a1")
			.header(HttpHeaders.AUTHORIZATION, all)
			.exchange()
			.expectStatus()
			.is4xxClientError();
	}

}
