package dk.newsroom.gateway.feed.stream;

import org.springframework.context.SmartLifecycle;

/**
 * Ends every live stream as the gateway stops, before the web server's graceful shutdown
 * waits for the requests in flight: a stream never ends by itself, so one open stream
 * would hold the shutdown for its whole timeout (30 s by default) and only then be cut.
 * Clients reconnect, to another replica, with their {@code Last-Event-ID}; until the
 * gateway starts again, a stream opened on a connection still open ends at once. Stopped
 * in the default phase, the last there is, so before the web server's.
 */
class StreamsShutdown implements SmartLifecycle {

	private final FeedEventLog log;

	private volatile boolean running;

	StreamsShutdown(FeedEventLog log) {
		this.log = log;
	}

	@Override
	public void start() {
		this.log.reopen();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.log.close();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
