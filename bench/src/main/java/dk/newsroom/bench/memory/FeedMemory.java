package dk.newsroom.bench.memory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import dk.newsroom.bench.stack.Articles;
import dk.newsroom.bench.stack.GatewayJvm;
import dk.newsroom.bench.stack.GatewaySample;
import reactor.core.publisher.Flux;

/**
 * The gateway's heap after a forced GC ({@code jcmd GC.run}) and the items its feed holds
 * ({@code newsroom.feed.items}); with {@code extraItems} &gt; 0, first as it is, then
 * after creating and publishing that many articles straight at articles-service and
 * waiting until the feed holds them, so the difference gives the heap one more item
 * costs.
 */
public final class FeedMemory {

	private final GatewayJvm jvm;

	private final Consumer<String> progress;

	public FeedMemory(GatewayJvm jvm, Consumer<String> progress) {
		this.jvm = jvm;
		this.progress = progress;
	}

	public FeedMemoryResult run(int extraItems, int concurrency, Articles writer, String run) {
		if (this.jvm.pid().isEmpty()) {
			throw new IllegalStateException("no gateway process to force a GC in (" + this.jvm.pidSource() + ")");
		}
		GatewaySample before = this.jvm.sampleAfterGc();
		if (extraItems == 0) {
			return new FeedMemoryResult(before, 0, 0, 0, true, before, perItem(before), null);
		}
		this.progress
			.accept("memory: creating and publishing " + extraItems + " articles, " + concurrency + " at a time");
		AtomicInteger loaded = new AtomicInteger();
		long start = System.nanoTime();
		Flux.range(1, extraItems).flatMap((i) -> writer.create(run, i).flatMap(writer::publish).doOnSuccess((done) -> {
			int count = loaded.incrementAndGet();
			if (count % 500 == 0) {
				this.progress.accept("memory: " + count + " published");
			}
		}), concurrency).blockLast();
		double loadSeconds = (System.nanoTime() - start) / 1e9;
		long expected = before.feedItems() + loaded.get();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		boolean caughtUp = false;
		while (System.nanoTime() < deadline) {
			if (this.jvm.sample().feedItems() >= expected) {
				caughtUp = true;
				break;
			}
			sleep(250);
		}
		GatewaySample after = this.jvm.sampleAfterGc();
		long added = after.feedItems() - before.feedItems();
		Double marginal = (added > 0) ? (double) (after.heapBytes() - before.heapBytes()) / added : null;
		return new FeedMemoryResult(before, extraItems, loaded.get(), loadSeconds, caughtUp, after, perItem(after),
				marginal);
	}

	private static Double perItem(GatewaySample sample) {
		return (sample.feedItems() > 0) ? (double) sample.heapBytes() / sample.feedItems() : null;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
