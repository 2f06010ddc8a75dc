package dk.newsroom.events;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's OpenAPI document at {@code /v3/api-docs}, browsable from the gateway's
 * Swagger UI (routed there as {@code /v3/api-docs/events}). Its server is relative, so
 * the Swagger UI sends its requests to the host that served the document: the gateway.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	@Bean
	OpenAPI eventsOpenApi() {
		return new OpenAPI().info(new Info().title("Newsroom events API")
			.description(
					"Events of the Danish IT news site (conferences, meetups, launches), times in Europe/Copenhagen: drafts, edits, publishing, withdrawal and iCalendar exports.")
			.version("v1")).servers(List.of(new Server().url("/").description("The gateway, or the service itself")));
	}

}
