package dk.newsroom.people;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's OpenAPI document at {@code /v3/api-docs}, browsable from the gateway's
 * Swagger UI (routed there as {@code /v3/api-docs/people}). Its server is relative, so
 * the Swagger UI sends its requests to the host that served the document: the gateway.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	@Bean
	OpenAPI peopleOpenApi() {
		return new OpenAPI().info(new Info().title("Newsroom people API")
			.description(
					"People notices of the Danish IT news site (appointments, anniversaries, obituaries): drafts, previews with quality checks, publishing and withdrawal.")
			.version("v1")).servers(List.of(new Server().url("/").description("The gateway, or the service itself")));
	}

}
