package dk.newsroom.gateway.security;

import java.time.Duration;

import dk.newsroom.testsupport.NewsroomIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Actuator answers on the management port only; the public port does not know it.
 */
@NewsroomIntegrationTest(properties = CorsIntegrationTest.ALLOWED_ORIGIN_PROPERTY)
class ManagementPortIntegrationTest {

	@Autowired
	private WebTestClient client;

	@LocalServerPort
	private int port;

	@LocalManagementPort
	private int managementPort;

	@Test
	void theProbesAnswerOnTheManagementPort() {
		assertThat(this.managementPort).isPositive().isNotEqualTo(this.port);
		WebTestClient management = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
		management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(management.get()
				.uri("/actuator/health/readiness")
				.exchange()
				.expectBody(String.class)
				.returnResult()
				.getStatus()).isEqualTo(HttpStatus.OK));
	}

	@Test
	void theBenchmarksBaselineExistsOnlyInItsProfile() {
		this.client.get().uri("/bench/bare-feed").exchange().expectStatus().isNotFound();
	}

	@Test
	void actuatorIsNotFoundOnThePublicPort() {
		for (String path : new String[] { "/actuator", "/actuator/health", "/actuator/health/readiness",
				"/actuator/info", "/actuator/prometheus", "/actuator/env", "/actuator/beans" }) {
			EntityExchangeResult<String> result = this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectBody(String.class)
				.returnResult();
			assertThat(result.getResponseBody()).as(path).doesNotContain("\"UP\"", "propertySources");
		}
	}

}
