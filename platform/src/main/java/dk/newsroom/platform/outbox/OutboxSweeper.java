package dk.newsroom.platform.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * Re-sends whatever is still pending (after a crash or a broker outage) on a fixed
 * interval, starting at once so a restarted service publishes what it left behind.
 */
public class OutboxSweeper implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

	private static final int BATCH = 100;

	private final OutboxRelay relay;

	private final OutboxProperties properties;

	private final OutboxMetrics metrics;

	private Disposable running;

	public OutboxSweeper(OutboxRelay relay, OutboxProperties properties, OutboxMetrics metrics) {
		this.relay = relay;
		this.properties = properties;
		this.metrics = metrics;
	}

	@Override
	public boolean isAutoStartup() {
		return this.properties.autoStart();
	}

	@Override
	public synchronized void start() {
		this.running = Flux.interval(this.properties.sweepInterval().dividedBy(4), this.properties.sweepInterval())
			.onBackpressureDrop()
			.concatMap((tick) -> this.relay.relayAllPending(BATCH).onErrorResume((ex) -> {
				log.warn("Outbox sweep failed: {}", ex.toString());
				return Mono.just(0);
			}).flatMap((sent) -> this.metrics.measure().onErrorResume((ex) -> {
				log.warn("Measuring the outbox failed: {}", ex.toString());
				return Mono.empty();
			}).thenReturn(sent)))
			.filter((sent) -> sent > 0)
			.subscribe((sent) -> log.info("Outbox sweeper sent {} pending events", sent));
	}

	@Override
	public synchronized void stop() {
		if (this.running != null) {
			this.running.dispose();
			this.running = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.running != null;
	}

}
