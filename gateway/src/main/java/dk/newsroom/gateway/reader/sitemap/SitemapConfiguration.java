package dk.newsroom.gateway.reader.sitemap;

import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the sitemaps to the feed's projection and its visibility rule. */
@Configuration(proxyBeanMethods = false)
class SitemapConfiguration {

	@Bean
	Sitemaps readerSitemaps(FeedProjection projection, FeedVisibility visibility) {
		return new Sitemaps(projection, visibility);
	}

}
