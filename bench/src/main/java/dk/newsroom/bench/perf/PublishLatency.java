package dk.newsroom.bench.perf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dk.newsroom.bench.Latency;
import dk.newsroom.bench.stack.Articles;
import dk.newsroom.bench.streams.SseParser;
import org.HdrHistogram.ConcurrentHistogram;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publish → {@code added}: drafts are written first (not timed), then published at a
 * fixed rate (open loop: the next publish does not wait for the last) while one reader
 * holds {@code /api/feed/stream?type=article}; per article, the time from when its
 * publish request was due to the reader getting its {@code added}.
 */
final class PublishLatency {

	private final HttpClient gateway;

	private final Articles writer;

	private final JsonMapper json;

	PublishLatency(HttpClient gateway, Articles writer, JsonMapper json) {
		this.gateway = gateway;
		this.writer = writer;
		this.json = json;
	}

	Result run(String run, double perSecond, Duration duration) {
		int count = (int) Math.max(1, perSecond * duration.toSeconds());
		List<String> drafts = Flux.range(0, count)
			.flatMap((i) -> this.writer.create(run + "-publish-" + (int) perSecond, i), 8)
			.collectList()
			.block();
		Map<String, Long> sent = new ConcurrentHashMap<>();
		ConcurrentHistogram micros = new ConcurrentHistogram(3);
		AtomicLong publishFailures = new AtomicLong();
		Sinks.One<Boolean> ready = Sinks.one();
		SseParser parser = new SseParser((event, data) -> {
			if ("ready".equals(event) || "reset".equals(event)) {
				ready.tryEmitValue(true);
			}
			else if ("added".equals(event)) {
				Long at = sent.remove(this.json.readTree(data).path("id").asString());
				if (at != null) {
					micros.recordValue((System.nanoTime() - at) / 1000);
				}
			}
		});
		Disposable stream = this.gateway.get()
			.uri("/api/feed/stream?type=article")
			.response((response, body) -> body.asByteArray().doOnNext(parser::feed).then())
			.subscribe();
		try {
			ready.asMono().block(Duration.ofSeconds(30));
			long period = (long) (1e9 / perSecond);
			long start = System.nanoTime();
			// Each publish is timed from when it was due, not from when it was sent: a
			// stack that falls behind is charged for the wait (no coordinated omission).
			// Ticks that find every slot taken wait in the buffer.
			Flux.interval(Duration.ofNanos(period)).onBackpressureBuffer().take(count).flatMap((i) -> {
				String id = drafts.get(i.intValue());
				sent.put(id, start + (i + 1) * period);
				return this.writer.publish(id).onErrorResume((error) -> {
					publishFailures.incrementAndGet();
					sent.remove(id);
					return Mono.empty();
				});
			}, 1024).blockLast();
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (!sent.isEmpty() && System.nanoTime() < deadline) {
				Mono.delay(Duration.ofMillis(50)).block();
			}
		}
		finally {
			stream.dispose();
		}
		return new Result(perSecond, count, micros.getTotalCount(), sent.size(), publishFailures.get(),
				Latency.of(micros));
	}

	/**
	 * @param perSecond the publish rate asked for
	 * @param published how many were published
	 * @param received how many {@code added} the reader got
	 * @param missed published but no {@code added} within 10 s after the last publish
	 * @param failed publish requests that failed
	 * @param latency publish request due → {@code added} received
	 */
	record Result(double perSecond, int published, long received, long missed, long failed, Latency latency) {

	}

}
