package dk.newsroom.gateway;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's OpenAPI document ({@code /v3/api-docs/gateway}); the Swagger UI at
 * {@code /swagger-ui.html} lists it with the services' documents (see
 * {@code springdoc.swagger-ui.urls}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	@Bean
	OpenAPI gatewayOpenApi() {
		return new OpenAPI().info(new Info().title("Newsroom gateway API")
			.description("The reader-facing API of the Danish IT news site: the unified feed of published articles, "
					+ "events and people notices (JSON, Server-Sent Events, JSON Feed, RSS and Atom). "
					+ "Details of single items are routed to the articles, events and people services, "
					+ "documented alongside this one.")
			.version("v1")).servers(List.of(new Server().url("/").description("The gateway")));
	}

}
