package dk.newsroom.gateway.reader.site;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reader site's shared parts: templates, answers, its address. */
@Configuration(proxyBeanMethods = false)
class SiteConfiguration {

	@Bean
	SiteTemplates siteTemplates() {
		return new SiteTemplates();
	}

	@Bean
	SiteAnswers siteAnswers(SiteTemplates templates, Clock clock) {
		return new SiteAnswers(templates, clock);
	}

	@Bean
	SiteLinks siteLinks(ReaderProperties properties) {
		return new SiteLinks(properties.baseUrl());
	}

}
