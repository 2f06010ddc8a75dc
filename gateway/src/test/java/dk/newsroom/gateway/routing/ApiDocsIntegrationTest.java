package dk.newsroom.gateway.routing;

import java.util.List;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import dk.newsroom.testsupport.OpenApiSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API documentation the gateway serves: its own OpenAPI document, the services'
 * documents routed to them, and a Swagger UI listing the five. The gateway's own document
 * is kept in step with its committed copy {@code docs/openapi/gateway.json} (see
 * {@link OpenApiSnapshot}).
 */
@NewsroomIntegrationTest
class ApiDocsIntegrationTest {

	private static final DisposableServer stubService = HttpServer.create()
		.host("localhost")
		.port(0)
		.route((routes) -> routes.get("/v3/api-docs",
				(request, response) -> response.header("Content-Type", "application/json")
					.sendString(Mono.just("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"Stub service API\"}}"))))
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

	@Test
	void servesItsOwnOpenApiDocumentWithTheFeed() {
		this.client.get()
			.uri("/v3/api-docs/gateway")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("Newsroom gateway API")
			.jsonPath("$.paths['/api/feed']")
			.exists()
			.jsonPath("$.paths['/feed.json']")
			.exists()
			.jsonPath("$.paths['/fallback/{service}']")
			.doesNotExist();
	}

	@Test
	void servesTheCommittedDocument() {
		byte[] served = this.client.get()
			.uri("/v3/api-docs/gateway")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		OpenApiSnapshot.check("gateway", served, "gateway", getClass());
	}

	@Test
	void servesTheEventContractDocumentsItself() {
		this.client.get()
			.uri("/contracts/article.v1.schema.json")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.exists();
	}

	@Test
	void routesTheServicesOpenApiDocumentsToTheServices() {
		for (String service : new String[] { "articles", "events", "people", "webhooks" }) {
			this.client.get()
				.uri("/v3/api-docs/{service}", service)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.info.title")
				.isEqualTo("Stub service API");
		}
	}

	@Test
	void servesASwaggerUiListingTheGatewayAndTheServices() {
		String location = this.client.get()
			.uri("/swagger-ui.html")
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getFirst(HttpHeaders.LOCATION);
		assertThat(location).isNotNull();
		this.client.get()
			.uri(location)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML);

		this.client.get()
			.uri("/v3/api-docs/gateway/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.urls[*].name")
			.isEqualTo(List.of("articles", "events", "gateway", "people", "webhooks"))
			.jsonPath("$.urls[*].url")
			.isEqualTo(List.of("/v3/api-docs/articles", "/v3/api-docs/events", "/v3/api-docs/gateway",
					"/v3/api-docs/people", "/v3/api-docs/webhooks"))
			.jsonPath("$['urls.primaryName']")
			.isEqualTo("gateway");
	}

}
