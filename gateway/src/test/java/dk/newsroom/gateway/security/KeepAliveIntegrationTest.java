package dk.newsroom.gateway.security;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.KeepAliveCheck;
import dk.newsroom.testsupport.KeepAliveCheck.Request;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Writes the gateway refuses before reading their body (no token, a forged token) leave
 * the reader's kept-alive connection usable for the next request.
 */
@NewsroomIntegrationTest
class KeepAliveIntegrationTest {

	private static final DisposableServer stubService = HttpServer.create()
		.host("localhost")
		.port(0)
		.handle((request, response) -> response.sendString(Mono.just("{}")))
		.bindNow();

	@DynamicPropertySource
	static void serviceUrls(DynamicPropertyRegistry registry) {
		registry.add("newsroom.services.articles-url", () -> "http://localhost:" + stubService.port());
	}

	@AfterAll
	static void stopStubService() {
		stubService.disposeNow();
	}

	/** Larger than one read, so the refusal goes out while the body is still arriving. */
	private static final String BODY = "{\"headline\":\"" + "ø".repeat(25_000) + "\"}";

	@LocalServerPort
	int port;

	@Test
	void answersTheNextRequestAfterWritesRefusedBeforeTheirBodyWasRead() {
		// With a token, so the anonymous rate limit does not count the reads.
		Request feed = new Request("a routed read",
				(client) -> client.get()
					.uri("/api/articles/a1")
					.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(Scopes.DRAFTS_READ)),
				HttpStatus.OK);
		Request withoutToken = new Request("a create without a token",
				(client) -> client.post().uri("/api/articles").contentType(MediaType.APPLICATION_JSON).bodyValue(BODY),
				HttpStatus.UNAUTHORIZED);
		Request anotherWithoutToken = new Request("an update without a token",
				(client) -> client.put().uri("/api/events/e1").contentType(MediaType.APPLICATION_JSON).bodyValue(BODY),
				HttpStatus.UNAUTHORIZED);
		KeepAliveCheck.onPort(this.port).send(150, feed, withoutToken, anotherWithoutToken);
	}

}
