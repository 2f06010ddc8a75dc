package dk.newsroom.gateway.feed.stream;

import java.time.Clock;

import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the live stream: the event log listens to the projection from before the feed
 * reader starts (a lifecycle bean, started after every singleton exists), so it sees
 * every change.
 */
@Configuration(proxyBeanMethods = false)
class FeedStreamConfiguration {

	@Bean(destroyMethod = "close")
	ExecutorDueTimer feedStreamTimer(Clock clock) {
		return new ExecutorDueTimer(clock);
	}

	@Bean(destroyMethod = "close")
	FeedEventLog feedEventLog(FeedVisibility visibility, ExecutorDueTimer timer, FeedProjection projection,
			FeedStreamProperties properties) {
		FeedEventLog log = new FeedEventLog(visibility, timer, properties.history());
		projection.addListener(log);
		return log;
	}

	@Bean
	FeedStreamMetrics feedStreamMetrics(FeedEventLog log) {
		return new FeedStreamMetrics(log);
	}

	@Bean
	StreamAdmission feedStreamAdmission(FeedStreamProperties properties, MeterRegistry registry) {
		return new StreamAdmission(properties, registry);
	}

	@Bean
	StreamsShutdown feedStreamsShutdown(FeedEventLog log) {
		return new StreamsShutdown(log);
	}

	@Bean(destroyMethod = "close")
	FeedStreams feedStreams(FeedEventLog log, JsonMapper jsonMapper, FeedStreamProperties properties) {
		return new FeedStreams(log, new FeedStreamEvents(jsonMapper), properties);
	}

}
