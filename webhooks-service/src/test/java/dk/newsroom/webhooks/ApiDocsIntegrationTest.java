package dk.newsroom.webhooks;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.OpenApiSnapshot;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The OpenAPI document the gateway's Swagger UI shows for this service, and its committed
 * copy {@code docs/openapi/webhooks.json} (see {@link OpenApiSnapshot}), which CI lints.
 */
@NewsroomIntegrationTest
class ApiDocsIntegrationTest {

	@Autowired
	private WebTestClient client;

	@Test
	void servesAnOpenApiDocumentWithEverySubscriptionCall() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("Newsroom webhooks API")
			.jsonPath("$.paths['/api/webhooks/subscriptions'].post")
			.exists()
			.jsonPath("$.paths['/api/webhooks/subscriptions/{id}'].put")
			.exists()
			.jsonPath("$.paths['/api/webhooks/subscriptions/{id}/attempts'].get")
			.exists()
			.jsonPath("$.paths['/api/webhooks/subscriptions/{id}/replay'].post")
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
		OpenApiSnapshot.check("webhooks", served, "webhooks-service", getClass());
	}

}
