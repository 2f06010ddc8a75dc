package dk.newsroom.gateway.reader;

import java.time.Clock;

import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.stream.FeedEventLog;
import dk.newsroom.gateway.reader.lists.EventProgramme;
import dk.newsroom.gateway.reader.site.SiteTemplates;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the reader page: its index listens to the projection from before the feed reader
 * starts (a lifecycle bean, started after every singleton exists), so it sees every
 * change; the page's stream position is the event log's.
 */
@Configuration(proxyBeanMethods = false)
class ReaderConfiguration {

	@Bean
	ReaderIndex readerIndex(FeedVisibility visibility, FeedProjection projection, EventProgramme events) {
		ReaderIndex index = new ReaderIndex(visibility, events);
		projection.addListener(index);
		return index;
	}

	@Bean
	ReaderRenderer readerRenderer(FeedProjection projection, ReaderIndex index, FeedEventLog log, Clock clock,
			SiteTemplates templates, MeterRegistry registry) {
		return new ReaderRenderer(projection, index, log::lastId, clock, templates, registry);
	}

	@Bean
	FrontPageCache readerFrontPage(ReaderIndex index, Clock clock, ReaderRenderer renderer) {
		return new FrontPageCache(index, clock, () -> renderer.render(ReaderController.FRONT_PAGE, true));
	}

}
