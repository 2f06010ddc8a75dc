package dk.newsroom.articles;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's OpenAPI document at {@code /v3/api-docs}, browsable from the gateway's
 * Swagger UI (routed there as {@code /v3/api-docs/articles}). Its server is relative, so
 * the Swagger UI sends its requests to the host that served the document: the gateway.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	@Bean
	OpenAPI articlesOpenApi() {
		return new OpenAPI().info(new Info().title("Newsroom articles API")
			.description(
					"Articles of the Danish IT news site: drafts, edits, publishing and withdrawal. Published articles reach readers through the gateway's unified feed.")
			.version("v1")).servers(List.of(new Server().url("/").description("The gateway, or the service itself")));
	}

}
