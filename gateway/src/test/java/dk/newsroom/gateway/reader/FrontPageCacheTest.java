package dk.newsroom.gateway.reader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dk.newsroom.gateway.feed.FeedChange;
import dk.newsroom.gateway.feed.FeedItems;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.MutableClock;
import dk.newsroom.gateway.reader.lists.EventProgramme;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class FrontPageCacheTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final MutableClock clock = new MutableClock(NOW);

	private final FeedProjection projection = new FeedProjection(this.clock, FeedItems.SERIALIZER);

	private final ReaderIndex index = new ReaderIndex(new FeedVisibility(this.clock),
			new EventProgramme(new FeedVisibility(this.clock)));

	private final AtomicInteger renders = new AtomicInteger();

	private volatile Supplier<ReaderRendering> render = () -> rendering(NOW.plus(Duration.ofHours(1)));

	private final FrontPageCache cache = new FrontPageCache(this.index, this.clock, () -> this.render.get());

	FrontPageCacheTest() {
		this.projection.addListener(this.index);
	}

	@Test
	void rendersOncePerChangeOfTheFeed() {
		ReaderRendering first = current();
		for (int i = 0; i < 100; i++) {
			assertThat(current()).isSameAs(first);
		}
		assertThat(this.renders).hasValue(1);

		this.projection.apply(FeedChange.listed(FeedItems.article("a", NOW.minusSeconds(60), 1)));

		ReaderRendering second = current();
		assertThat(second).isNotSameAs(first);
		assertThat(current()).isSameAs(second);
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void rendersAgainWhenTheRenderingsTimeRunsOut() {
		ReaderRendering first = current();
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(current()).isSameAs(first);

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(current()).isNotSameAs(first);
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void requestsDuringARenderingWaitForItInsteadOfRenderingToo() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		this.render = () -> {
			started.countDown();
			try {
				assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return rendering(NOW.plus(Duration.ofHours(1)));
		};
		// The first request renders on its own (here: a plain) thread ...
		CompletableFuture<ReaderRendering> first = CompletableFuture.supplyAsync(this::current);
		await().atMost(WAIT).until(() -> started.getCount() == 0);

		// ... the others subscribe to that rendering without blocking or rendering.
		Mono<ReaderRendering> second = this.cache.current();
		Mono<ReaderRendering> third = this.cache.current();
		assertThat(this.renders).hasValue(0);
		assertThat(first).isNotDone();

		release.countDown();
		ReaderRendering rendered = first.get(10, TimeUnit.SECONDS);
		assertThat(second.block(WAIT)).isSameAs(rendered);
		assertThat(third.block(WAIT)).isSameAs(rendered);
		assertThat(this.renders).hasValue(1);
	}

	@Test
	void aFailedRenderingIsTriedAgainByTheNextRequest() {
		this.render = () -> {
			this.renders.incrementAndGet();
			throw new IllegalStateException("template broke");
		};
		assertThatThrownBy(this::current).hasMessageContaining("template broke");

		this.render = () -> rendering(NOW.plus(Duration.ofHours(1)));
		assertThat(current()).isNotNull();
		assertThat(this.renders).hasValue(2);
	}

	private ReaderRendering current() {
		return this.cache.current().block(WAIT);
	}

	private ReaderRendering rendering(Instant validUntil) {
		int n = this.renders.incrementAndGet();
		return ReaderRendering.of(("<p>" + n + "</p>").getBytes(StandardCharsets.UTF_8), validUntil);
	}

}
