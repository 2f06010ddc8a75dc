package dk.newsroom.webhooks.delivery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import dk.newsroom.webhooks.endpoint.CheckedTarget;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Sends one signed request to a checked target with Reactor Netty: it connects to the
 * address the guard checked (never resolving the name again), follows no redirect, gives
 * the whole exchange the configured timeout and reads at most the configured bytes of the
 * answer.
 */
class WebhookSender {

	static final String USER_AGENT = "Newsroom-Webhooks/1.0";

	private final HttpClient client;

	private final Duration timeout;

	private final int maxResponseBytes;

	WebhookSender(DeliveryProperties properties) {
		this.timeout = properties.timeout();
		this.maxResponseBytes = properties.maxResponseBytes();
		ConnectionProvider connections = ConnectionProvider.builder("webhooks")
			.maxConnections(500)
			.pendingAcquireMaxCount(-1)
			.maxIdleTime(Duration.ofSeconds(30))
			.build();
		this.client = HttpClient.create(connections)
			.followRedirect(false)
			.noProxy()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) this.timeout.toMillis())
			.responseTimeout(this.timeout);
	}

	/**
	 * POSTs the body with the Standard Webhooks headers; never fails: a failure is an
	 * {@link AttemptResult} without a status.
	 */
	Mono<AttemptResult> send(CheckedTarget target, String webhookId, long timestamp, String signature, byte[] body) {
		HttpClient to = this.client.remoteAddress(target::address);
		if (target.secure()) {
			to = to.secure();
		}
		long started = System.nanoTime();
		return to
			.headers((headers) -> headers.set("Host", hostHeader(target))
				.set("Content-Type", CloudEventBodies.MEDIA_TYPE)
				.set("User-Agent", USER_AGENT)
				.set("webhook-id", webhookId)
				.set("webhook-timestamp", String.valueOf(timestamp))
				.set("webhook-signature", signature))
			.post()
			.uri(target.pathAndQuery())
			.send(Mono.fromCallable(() -> Unpooled.wrappedBuffer(body)))
			.response((response, content) -> limited(content.asByteArray())
				.map((answer) -> new AttemptResult(response.status().code(), millisSince(started), null, answer)))
			.next()
			.timeout(this.timeout)
			.onErrorResume((ex) -> Mono.just(new AttemptResult(null, millisSince(started), describe(ex), null)));
	}

	private Mono<String> limited(reactor.core.publisher.Flux<byte[]> chunks) {
		AtomicInteger read = new AtomicInteger();
		return chunks.takeUntil((chunk) -> read.addAndGet(chunk.length) >= this.maxResponseBytes)
			.collect(ByteArrayOutputStream::new,
					(out, chunk) -> out.write(chunk, 0, Math.min(chunk.length, this.maxResponseBytes - out.size())))
			.map((out) -> out.toString(StandardCharsets.UTF_8));
	}

	private static String hostHeader(CheckedTarget target) {
		String host = target.address().getHostString();
		if (host.contains(":")) {
			host = "[" + host + "]";
		}
		int port = target.address().getPort();
		boolean defaultPort = (target.secure() && port == 443) || (!target.secure() && port == 80);
		return defaultPort ? host : host + ":" + port;
	}

	private static long millisSince(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis();
	}

	static String describe(Throwable ex) {
		if (ex instanceof TimeoutException || ex instanceof io.netty.handler.timeout.ReadTimeoutException) {
			return "timed out";
		}
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return (message.length() > 300) ? message.substring(0, 300) : message;
	}

}
