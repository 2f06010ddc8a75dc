package dk.newsroom.bench.stack;

import java.net.URI;
import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/** Reactor Netty HTTP clients of the load generator. */
public final class Http {

	private Http() {
	}

	/**
	 * A client on the load generator's event loops with keep-alive connections from
	 * {@code provider}, answers cut at 30 s.
	 */
	public static HttpClient client(URI base, LoopResources loops, ConnectionProvider provider) {
		return HttpClient.create(provider)
			.runOn(loops)
			.baseUrl(base.toString())
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000)
			.responseTimeout(Duration.ofSeconds(30));
	}

	/**
	 * A pool of at most {@code connections}, and no limit on requests waiting for one.
	 */
	public static ConnectionProvider pool(String name, int connections) {
		return ConnectionProvider.builder(name)
			.maxConnections(connections)
			.pendingAcquireMaxCount(-1)
			.pendingAcquireTimeout(Duration.ofMinutes(5))
			.build();
	}

}
