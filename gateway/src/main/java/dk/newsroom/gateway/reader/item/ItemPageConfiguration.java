package dk.newsroom.gateway.reader.item;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.content.FeedMapper;
import dk.newsroom.gateway.reader.site.ReaderProperties;
import dk.newsroom.gateway.reader.site.SiteTemplates;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Wires the item pages: the slug index listens to the projection from before the feed
 * reader starts (so it sees every change); items behind the horizon are read from the
 * services the routes go to, through the routes' circuit breakers.
 */
@Configuration(proxyBeanMethods = false)
class ItemPageConfiguration {

	@Bean
	SlugIndex readerSlugIndex(FeedProjection projection) {
		SlugIndex index = new SlugIndex();
		projection.addListener(index);
		return index;
	}

	@Bean
	ServiceItems readerServiceItems(ReactiveCircuitBreakerFactory<?, ?> breakers, ReaderProperties properties,
			@Value("${newsroom.services.articles-url}") String articles,
			@Value("${newsroom.services.events-url}") String events,
			@Value("${newsroom.services.people-url}") String people) {
		Map<ContentType, ServiceItems.Service> services = new EnumMap<>(ContentType.class);
		services.put(ContentType.ARTICLE, new ServiceItems.Service(articles, "/api/articles", "articles"));
		services.put(ContentType.EVENT, new ServiceItems.Service(events, "/api/events", "events"));
		services.put(ContentType.PERSON, new ServiceItems.Service(people, "/api/people", "people"));
		return new ServiceItems(WebClient.create(), breakers, services, properties.serviceCacheTtl(),
				properties.serviceTimeout());
	}

	@Bean
	ItemPages readerItemPages(FeedProjection projection, FeedVisibility visibility, SlugIndex slugs,
			ServiceItems services, List<FeedMapper> mappers, JsonMapper json) {
		Map<ContentType, FeedMapper> byType = new EnumMap<>(ContentType.class);
		mappers.forEach((mapper) -> byType.put(mapper.type(), mapper));
		return new ItemPages(projection, visibility, slugs, services, byType, json);
	}

	@Bean
	EventCalendarFiles readerEventCalendarFiles(ReaderProperties properties, JsonMapper json) {
		return new EventCalendarFiles(properties.calendarUidDomain(), json);
	}

	@Bean
	ItemPageRenderer readerItemPageRenderer(SiteTemplates templates, JsonMapper json) {
		return new ItemPageRenderer(templates, json);
	}

}
