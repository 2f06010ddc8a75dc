package dk.newsroom.bench.streams;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import dk.newsroom.bench.Latency;
import dk.newsroom.bench.StatusCounts;
import dk.newsroom.bench.stack.Articles;
import dk.newsroom.bench.stack.GatewayJvm;
import dk.newsroom.bench.stack.GatewaySample;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.HdrHistogram.Histogram;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens {@code n} {@code GET /api/feed/stream} connections (a new connection each, no
 * pool limit), at most {@code openConcurrency} at a time, and waits until each has its
 * first event ({@code ready}) or was refused. With them open, publishes an article
 * through the gateway and takes, per stream, the time from the publish answer to the
 * {@code added} event with that article's id. Around the opening, the gateway's heap
 * after a forced GC gives the heap per stream.
 * <p>
 * The stream looks at no token: its caps ({@code max-streams-per-client}, 200) and the
 * rate limit (one request per stream opened) apply per client address. So the streams
 * come from loopback addresses ({@code 127.0.x.y}, all of 127/8 reaches the gateway on
 * Linux), {@code streamsPerAddress} from each, as readers come from many addresses.
 * Refusals (429, 503, anything but 200) are counted, not fatal.
 */
public final class LiveStreams {

	static final String PATH = "/api/feed/stream";

	private final URI gateway;

	private final LoopResources loops;

	private final JsonMapper json;

	private final GatewayJvm jvm;

	private final Consumer<String> progress;

	public LiveStreams(URI gateway, LoopResources loops, JsonMapper json, GatewayJvm jvm, Consumer<String> progress) {
		this.gateway = gateway;
		this.loops = loops;
		this.json = json;
		this.jvm = jvm;
		this.progress = progress;
	}

	public StreamsResult run(int n, int streamsPerAddress, int openConcurrency, Duration openTimeout, Duration wait,
			int loopThreads, Articles writer, String run) {
		int addresses = (n + streamsPerAddress - 1) / streamsPerAddress;
		List<HttpClient> clients = new ArrayList<>();
		ConnectionProvider connections = ConnectionProvider.newConnection();
		HttpClient base = HttpClient.create(connections)
			.runOn(this.loops)
			.baseUrl(this.gateway.toString())
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
			.headers((headers) -> headers.set(HttpHeaderNames.ACCEPT, "text/event-stream"));
		for (int i = 0; i < addresses; i++) {
			InetSocketAddress local = new InetSocketAddress("127.0." + (1 + i / 250) + "." + (2 + i % 250), 0);
			clients.add(base.bindAddress(() -> local));
		}
		GatewaySample before = this.jvm.sampleAfterGc();
		Target target = new Target();
		this.progress.accept("streams: opening " + n + " (" + openConcurrency + " at a time)");
		long openStart = System.nanoTime();
		List<LiveStream> streams = Flux.range(0, n)
			.flatMap((i) -> open(clients.get(i / streamsPerAddress), target, openTimeout), openConcurrency)
			.collectList()
			.block();
		double openSeconds = (System.nanoTime() - openStart) / 1e9;
		StatusCounts answers = new StatusCounts();
		List<LiveStream> ready = new ArrayList<>();
		for (LiveStream stream : streams) {
			if (stream.ready) {
				ready.add(stream);
			}
			if (stream.status > 0) {
				answers.status(stream.status);
			}
			else if (stream.error != null) {
				answers.error(stream.error);
			}
		}
		Map<String, Long> answerCounts = answers.snapshot();
		long timedOut = streams.size() - StatusCounts.total(answerCounts);
		if (timedOut > 0) {
			answerCounts.put("timeout", timedOut);
		}
		this.progress
			.accept("streams: " + ready.size() + " ready in " + Math.round(openSeconds) + " s " + answerCounts);
		try {
			GatewaySample after = this.jvm.sampleAfterGc();
			Double perStream = (before.gcForced() && !ready.isEmpty())
					? (double) (after.heapBytes() - before.heapBytes()) / ready.size() : null;
			String id = writer.create(run, 0).block();
			target.id = id;
			long publishStart = System.nanoTime();
			writer.publish(id).block();
			long answered = System.nanoTime();
			this.progress.accept("streams: published " + id + ", waiting up to " + wait.toSeconds() + " s for it");
			long deadline = answered + wait.toNanos();
			while (System.nanoTime() < deadline && ready.stream().anyMatch((s) -> s.added == 0 && !s.ended)) {
				sleep(50);
			}
			double waited = (System.nanoTime() - answered) / 1e9;
			Histogram delay = new Histogram(3);
			long received = 0;
			long beforeAnswer = 0;
			long closedEarly = 0;
			for (LiveStream stream : ready) {
				if (stream.added != 0) {
					received++;
					long micros = (stream.added - answered) / 1000;
					if (micros < 0) {
						beforeAnswer++;
						micros = 0;
					}
					delay.recordValue(micros);
				}
				else if (stream.ended) {
					closedEarly++;
				}
			}
			return new StreamsResult(n, addresses, streamsPerAddress, loopThreads, ready.size(), answerCounts,
					openSeconds, id, (answered - publishStart) / 1e6, wait.toMillis() / 1000.0, waited, received,
					ready.size() - received, beforeAnswer, closedEarly, Latency.of(delay), before, after, perStream);
		}
		finally {
			this.progress.accept("streams: closing");
			streams.forEach((stream) -> stream.close());
			connections.dispose();
		}
	}

	/**
	 * One stream; the Mono completes once it is ready, refused, failed or timed out, and
	 * the connection stays open (when ready) until {@link LiveStream#close()}.
	 */
	private Mono<LiveStream> open(HttpClient client, Target target, Duration timeout) {
		LiveStream stream = new LiveStream();
		Sinks.One<LiveStream> opened = Sinks.one();
		SseParser parser = new SseParser((event, data) -> {
			if ("ready".equals(event)) {
				stream.ready = true;
				opened.tryEmitValue(stream);
			}
			else if ("added".equals(event) && stream.added == 0 && target.id != null && data.contains(target.id)
					&& target.id.equals(this.json.readTree(data).path("id").asString())) {
				stream.added = System.nanoTime();
			}
		});
		stream.connection = client.get().uri(PATH).response((response, body) -> {
			stream.status = response.status().code();
			if (stream.status != 200) {
				opened.tryEmitValue(stream);
				return body.asByteArray().then();
			}
			return body.asByteArray().doOnNext(parser::feed).then();
		}).subscribe(null, (error) -> {
			stream.error = error;
			stream.ended = true;
			opened.tryEmitValue(stream);
		}, () -> {
			stream.ended = true;
			opened.tryEmitValue(stream);
		});
		return opened.asMono().timeout(timeout, Mono.fromSupplier(() -> {
			stream.close();
			return stream;
		}));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The id of the article whose {@code added} each stream waits for, once created. */
	private static final class Target {

		volatile String id;

	}

	/** One connection's state, written on its event loop and read by the main thread. */
	private static final class LiveStream {

		volatile int status;

		volatile Throwable error;

		volatile boolean ready;

		volatile long added;

		volatile boolean ended;

		volatile Disposable connection;

		private final AtomicBoolean closed = new AtomicBoolean();

		void close() {
			Disposable connection = this.connection;
			if (connection != null && this.closed.compareAndSet(false, true)) {
				connection.dispose();
			}
		}

	}

}
