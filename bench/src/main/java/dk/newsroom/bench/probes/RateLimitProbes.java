package dk.newsroom.bench.probes;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dk.newsroom.bench.StatusCounts;
import dk.newsroom.bench.stack.DevTokens;
import dk.newsroom.bench.stack.Http;
import io.netty.handler.codec.http.HttpHeaderNames;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Three probes of {@code GET /api/feed}, each {@code n} requests one after another, with
 * their status counts: {@code Authorization: x} (no bearer token: 401, counted against
 * the address, then 429), a bearer token whose signature no key verifies (401, then 429),
 * and none (the address's budget: 200, then 429).
 * <p>
 * The gateway keys anonymous clients by address, and a probe uses up its address's
 * buckets on purpose, also the failed-authentication one that then refuses even valid
 * tokens from it for a while. So when the gateway is on a loopback address, each probe
 * sends from an address of its own in 127.0.0.0/8 (picked from the run id): the probes do
 * not share a bucket, and 127.0.0.1, from which the rest of the load script, the reader
 * page and {@code curl} come, keeps its budget.
 */
public final class RateLimitProbes {

	static final String PATH = "/api/feed";

	private final URI gateway;

	private final LoopResources loops;

	private final Consumer<String> progress;

	public RateLimitProbes(URI gateway, LoopResources loops, Consumer<String> progress) {
		this.gateway = gateway;
		this.loops = loops;
		this.progress = progress;
	}

	public ProbesResult run(int requests, DevTokens.Token valid, int runNumber) {
		List<Probe> probes = new ArrayList<>();
		probes.add(probe("non-bearer Authorization", "x", "x", requests, source(runNumber, 1)));
		probes.add(probe("invalid bearer token", "Bearer <a dev token with its signature altered>",
				"Bearer " + valid.tampered(), requests, source(runNumber, 2)));
		probes.add(probe("anonymous", "(none)", null, requests, source(runNumber, 3)));
		return new ProbesResult(PATH, probes);
	}

	/** 127.x.y.n with x.y from the run, or null when the gateway is not on loopback. */
	private InetAddress source(int runNumber, int n) {
		try {
			InetAddress target = InetAddress.getByName(this.gateway.getHost());
			if (!target.isLoopbackAddress() || target.getAddress().length != 4) {
				return null;
			}
			return InetAddress.getByAddress(
					new byte[] { 127, (byte) (1 + (runNumber >> 8) % 254), (byte) (runNumber % 256), (byte) (10 + n) });
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	private Probe probe(String name, String described, String authorization, int requests, InetAddress source) {
		this.progress.accept("probes: " + requests + " x GET " + PATH + ", " + name
				+ ((source != null) ? " from " + source.getHostAddress() : ""));
		ConnectionProvider pool = Http.pool("probe", 1);
		HttpClient client = Http.client(this.gateway, this.loops, pool);
		if (source != null) {
			client = client.bindAddress(() -> new InetSocketAddress(source, 0));
		}
		if (authorization != null) {
			client = client.headers((headers) -> headers.set(HttpHeaderNames.AUTHORIZATION, authorization));
		}
		StatusCounts statuses = new StatusCounts();
		int first429 = 0;
		try {
			for (int i = 1; i <= requests; i++) {
				Integer status = client.get()
					.uri(PATH)
					.responseSingle((response, body) -> body.asByteArray().then(Mono.just(response.status().code())))
					.onErrorResume((error) -> {
						statuses.error(error);
						return Mono.empty();
					})
					.block();
				if (status != null) {
					statuses.status(status);
					if (status == 429 && first429 == 0) {
						first429 = i;
					}
				}
			}
		}
		finally {
			pool.dispose();
		}
		return new Probe(name, described, (source != null) ? source.getHostAddress() : "default", requests,
				statuses.snapshot(), first429);
	}

}
