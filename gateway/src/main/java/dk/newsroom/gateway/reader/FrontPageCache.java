package dk.newsroom.gateway.reader;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The front page ({@code GET /}) as rendered last, reused until the feed changes (the
 * {@link ReaderIndex#version() version}) or its time runs out
 * ({@link ReaderRendering#validUntil()}).
 * <p>
 * One rendering per version: the request that finds the page out of date renders it, on
 * its own thread (CPU only, no I/O); requests arriving meanwhile wait for that rendering
 * without blocking (they subscribe to it) instead of rendering again.
 */
final class FrontPageCache {

	private final ReaderIndex index;

	private final Clock clock;

	private final Supplier<ReaderRendering> render;

	private final AtomicReference<@Nullable Slot> slot = new AtomicReference<>();

	FrontPageCache(ReaderIndex index, Clock clock, Supplier<ReaderRendering> render) {
		this.index = index;
		this.clock = clock;
		this.render = render;
	}

	/** The current rendering: at once when it is ready, or when the one under way is. */
	Mono<ReaderRendering> current() {
		for (;;) {
			Slot current = this.slot.get();
			// Read after the slot: the version is never older than the slot's.
			long version = this.index.version();
			if (current != null && current.version() == version) {
				CompletableFuture<ReaderRendering> rendering = current.rendering();
				if (!rendering.isDone()) {
					// Under way: wait for it; a waiter that goes away leaves it running.
					return Mono.fromFuture(rendering, true);
				}
				ReaderRendering done = rendering.isCompletedExceptionally() ? null : rendering.getNow(null);
				if (done != null && this.clock.instant().isBefore(done.validUntil())) {
					return Mono.just(done);
				}
			}
			Slot mine = new Slot(version, new CompletableFuture<>());
			if (this.slot.compareAndSet(current, mine)) {
				return render(mine);
			}
			// Another request started a rendering first: use it.
		}
	}

	private Mono<ReaderRendering> render(Slot slot) {
		ReaderRendering rendering;
		try {
			rendering = this.render.get();
		}
		catch (RuntimeException ex) {
			// The waiters get the error too; the next request renders again.
			slot.rendering().completeExceptionally(ex);
			return Mono.error(ex);
		}
		slot.rendering().complete(rendering);
		return Mono.just(rendering);
	}

	/**
	 * A rendering of one version of the feed, done or under way.
	 *
	 * @param version the {@link ReaderIndex#version()} read before rendering began
	 * @param rendering the rendering
	 */
	private record Slot(long version, CompletableFuture<ReaderRendering> rendering) {

	}

}
