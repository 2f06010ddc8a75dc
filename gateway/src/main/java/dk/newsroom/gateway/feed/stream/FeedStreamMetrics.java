package dk.newsroom.gateway.feed.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code newsroom.feed.stream.clients} (gauge): the clients connected to the live stream.
 */
final class FeedStreamMetrics implements MeterBinder {

	private final FeedEventLog log;

	FeedStreamMetrics(FeedEventLog log) {
		this.log = log;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("newsroom.feed.stream.clients", this.log, FeedEventLog::clientCount)
			.description("Clients connected to the live feed stream")
			.register(registry);
	}

}
