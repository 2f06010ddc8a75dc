package dk.newsroom.gateway.reader.lists;

import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.reader.site.SiteTemplates;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the list pages: the events' programme listens to the projection from before the
 * feed reader starts (a lifecycle bean, started after every singleton exists), so it sees
 * every change.
 */
@Configuration(proxyBeanMethods = false)
class ListPageConfiguration {

	@Bean
	EventProgramme readerEventProgramme(FeedVisibility visibility, FeedProjection projection) {
		EventProgramme programme = new EventProgramme(visibility);
		projection.addListener(programme);
		return programme;
	}

	@Bean
	ListPageRenderer readerListPageRenderer(FeedProjection projection, EventProgramme programme,
			SiteTemplates templates) {
		return new ListPageRenderer(projection, programme, templates);
	}

}
