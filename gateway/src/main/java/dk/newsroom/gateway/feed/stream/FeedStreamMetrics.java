package dk.newsroom.gateway.feed.stream;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code newsroom.feed.stream.clients} (gauge): the clients connected to the live stream;
 * {@code newsroom.feed.stream.handover} (timer, with a histogram): how long handing new
 * events to every connected client's buffer took, per change applied (the part of a
 * change's way to the readers that grows with the number of streams).
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
		Timer handOver = Timer.builder("newsroom.feed.stream.handover")
			.description("Time to hand the events of one applied change to every connected stream")
			.publishPercentileHistogram()
			.register(registry);
		this.log.measureHandOver((nanos) -> handOver.record(nanos, TimeUnit.NANOSECONDS));
	}

}
