package dk.newsroom.articles;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.OpenApiSnapshot;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The OpenAPI document the gateway's Swagger UI shows for this service, and its committed
 * copy {@code docs/openapi/articles.json} (see {@link OpenApiSnapshot}).
 */
@NewsroomIntegrationTest
class ApiDocsIntegrationTest {

	@Autowired
	private WebTestClient client;

	@Test
	void servesAnOpenApiDocumentWithTheServicesPaths() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("Newsroom articles API")
			.jsonPath("$.paths['/api/articles/{id}'].get")
			.exists()
			.jsonPath("$.paths['/api/articles'].post")
			.exists()
			.jsonPath("$.paths['/api/articles/{id}/publish'].post")
			.exists();
	}

	@Test
	void isTheCommittedDocument() {
		byte[] served = this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		OpenApiSnapshot.check("articles", served, "articles-service", getClass());
	}

}
