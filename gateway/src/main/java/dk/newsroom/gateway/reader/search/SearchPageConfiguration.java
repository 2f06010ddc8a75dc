package dk.newsroom.gateway.reader.search;

import dk.newsroom.gateway.reader.site.SiteTemplates;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the search page. */
@Configuration(proxyBeanMethods = false)
class SearchPageConfiguration {

	@Bean
	SearchPageRenderer readerSearchPageRenderer(SiteTemplates templates, JsonMapper jsonMapper) {
		return new SearchPageRenderer(templates, jsonMapper);
	}

}
