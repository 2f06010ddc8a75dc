package dk.newsroom.articles.article;

import dk.newsroom.security.Scopes;
import dk.newsroom.testsupport.KeepAliveCheck;
import dk.newsroom.testsupport.KeepAliveCheck.Request;
import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A write refused before its body is read leaves the connection usable for the next
 * request, as the gateway's connection pool expects.
 */
@NewsroomIntegrationTest
class KeepAliveIntegrationTest {

	/** Larger than one read, so the refusal goes out while the body is still arriving. */
	private static final String BODY = "{\"headline\":\"" + "æ".repeat(25_000) + "\"}";

	@LocalServerPort
	int port;

	@Test
	void answersTheNextRequestAfterWritesRefusedBeforeTheirBodyWasRead() {
		Request withoutToken = new Request("a create without a token",
				(client) -> client.post().uri("/api/articles").contentType(MediaType.APPLICATION_JSON).bodyValue(BODY),
				HttpStatus.UNAUTHORIZED);
		Request notJson = new Request("a create in text/plain",
				(client) -> client.post()
					.uri("/api/articles")
					.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(Scopes.ARTICLES_WRITE))
					.contentType(MediaType.TEXT_PLAIN)
					.bodyValue(BODY),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		Request list = new Request("a list", (client) -> client.get().uri("/api/articles?limit=1"), HttpStatus.OK);
		KeepAliveCheck.onPort(this.port).send(100, list, withoutToken, notJson);
	}

}
