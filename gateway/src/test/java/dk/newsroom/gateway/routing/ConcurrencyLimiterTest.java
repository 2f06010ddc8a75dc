package dk.newsroom.gateway.routing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dk.newsroom.gateway.routing.ConcurrencyLimiter.Admission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The permits and the queue alone, on virtual time: the limiter's timer and the hand-over
 * of a permit run on a {@link VirtualTimeScheduler}, so a wait runs out only when the
 * test moves the clock, and what falls due at one instant runs in the order it was
 * scheduled.
 */
class ConcurrencyLimiterTest {

	private static final Duration MAX_WAIT = Duration.ofSeconds(2);

	private final VirtualTimeScheduler clock = VirtualTimeScheduler.create();

	private final List<Disposable> subscriptions = new CopyOnWriteArrayList<>();

	@AfterEach
	void cancelWhatIsLeft() {
		this.subscriptions.forEach(Disposable::dispose);
		this.clock.dispose();
	}

	@Test
	void runsUpToMaxConcurrentAtOnceQueuesTheNextAndRefusesBeyondTheQueue() {
		ConcurrencyLimiter limiter = limiter(2, 2);
		Request first = start(limiter);
		Request second = start(limiter);
		Request third = start(limiter);
		Request fourth = start(limiter);

		assertThat(first.started()).isTrue();
		assertThat(second.started()).isTrue();
		assertThat(third.started()).isFalse();
		assertThat(fourth.started()).isFalse();
		assertThat(limiter.inFlight()).isEqualTo(2);
		assertThat(limiter.queued()).isEqualTo(2);

		Request fifth = new Request();
		StepVerifier.create(fifth.through(limiter)).expectNext("refused " + Admission.QUEUE_FULL).verifyComplete();
		assertThat(fifth.started()).isFalse();
		assertThat(limiter.queued()).isEqualTo(2);
	}

	@Test
	void aFinishedRequestHandsItsPermitToTheOldestWaitingOne() {
		ConcurrencyLimiter limiter = limiter(1, 2);
		Request first = start(limiter);
		Request second = start(limiter);
		Request third = start(limiter);

		first.finish();

		assertThat(first.answer()).isEqualTo("done");
		assertThat(second.started()).isTrue();
		assertThat(third.started()).isFalse();
		assertThat(limiter.inFlight()).isEqualTo(1);
		assertThat(limiter.queued()).isEqualTo(1);

		second.finish();
		assertThat(third.started()).isTrue();
		third.finish();
		assertThat(third.answer()).isEqualTo("done");
		assertThat(limiter.inFlight()).isZero();
		assertThat(limiter.queued()).isZero();
	}

	@Test
	void aRequestThatWaitedMaxWaitIsRefusedAndLeavesTheQueue() {
		ConcurrencyLimiter limiter = limiter(1, 1);
		Request running = start(limiter);
		Request waiting = new Request();

		StepVerifier.create(waiting.through(limiter))
			.expectSubscription()
			.then(() -> this.clock.advanceTimeBy(MAX_WAIT.minusMillis(1)))
			.then(() -> assertThat(limiter.queued()).as("still waiting").isEqualTo(1))
			.then(() -> this.clock.advanceTimeBy(Duration.ofMillis(1)))
			.expectNext("refused " + Admission.WAIT_EXPIRED)
			.expectComplete()
			.verify(Duration.ofSeconds(10));

		assertThat(waiting.started()).isFalse();
		assertThat(limiter.queued()).isZero();
		// Its permit is not given away: the running request still holds it, then nobody.
		assertThat(limiter.inFlight()).isEqualTo(1);
		running.finish();
		assertThat(limiter.inFlight()).isZero();
		assertThat(start(limiter).started()).isTrue();
	}

	@Test
	void aWaitingRequestThatIsCancelledLeavesTheQueueAndTakesNoPermit() {
		ConcurrencyLimiter limiter = limiter(1, 1);
		Request running = start(limiter);
		Request waiting = start(limiter);
		assertThat(limiter.queued()).isEqualTo(1);

		waiting.cancel();
		assertThat(limiter.queued()).isZero();
		// The queue has room again.
		Request later = start(limiter);
		assertThat(limiter.queued()).isEqualTo(1);

		running.finish();
		assertThat(waiting.started()).isFalse();
		assertThat(later.started()).isTrue();
		assertThat(limiter.inFlight()).isEqualTo(1);
		later.finish();
		assertThat(limiter.inFlight()).isZero();
	}

	@Test
	void aRunningRequestThatIsCancelledReleasesItsPermit() {
		ConcurrencyLimiter limiter = limiter(1, 1);
		Request running = start(limiter);
		Request waiting = start(limiter);

		running.cancel();
		assertThat(running.cancelled()).isTrue();

		assertThat(waiting.started()).isTrue();
		assertThat(limiter.inFlight()).isEqualTo(1);
		assertThat(limiter.queued()).isZero();
		waiting.cancel();
		assertThat(limiter.inFlight()).isZero();
	}

	@Test
	void aFailedRequestReleasesItsPermitAndItsErrorPassesThrough() {
		ConcurrencyLimiter limiter = limiter(1, 0);
		IllegalStateException failure = new IllegalStateException("service broke");

		StepVerifier.create(limiter.run(Mono.error(failure), ConcurrencyLimiterTest::refused))
			.verifyErrorSatisfies((ex) -> assertThat(ex).isSameAs(failure));

		assertThat(limiter.inFlight()).isZero();
		assertThat(start(limiter).started()).isTrue();
	}

	@Test
	void withoutAQueueABusyLimiterRefusesAtOnce() {
		ConcurrencyLimiter limiter = limiter(1, 0);
		start(limiter);

		StepVerifier.create(new Request().through(limiter))
			.expectNext("refused " + Admission.QUEUE_FULL)
			.verifyComplete();
	}

	/**
	 * The permit is handed over at the very moment the wait runs out, before the waiting
	 * request is woken: it keeps the permit and runs; it is not refused with a permit
	 * nobody returns.
	 */
	@Test
	void aPermitHandedOverAsTheWaitRunsOutIsKept() {
		WakingHeldBack scheduler = new WakingHeldBack(this.clock);
		ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 1, MAX_WAIT, scheduler);
		// Its timer is set before the waiting request's, for the same instant: it runs
		// first.
		Mono<String> runningForMaxWait = Mono.delay(MAX_WAIT, this.clock).thenReturn("done");
		this.subscriptions.add(limiter.run(runningForMaxWait, ConcurrencyLimiterTest::refused).subscribe());
		Request waiting = start(limiter);

		this.clock.advanceTimeBy(MAX_WAIT);

		assertThat(scheduler.held).as("the waking, not yet run").hasSize(1);
		assertThat(waiting.started()).isTrue();
		assertThat(limiter.inFlight()).isEqualTo(1);
		assertThat(limiter.queued()).isZero();
		scheduler.runHeld();
		waiting.finish();
		assertThat(waiting.answer()).isEqualTo("done");
		assertThat(limiter.inFlight()).isZero();
	}

	/**
	 * The waiting request goes away after it was handed the permit and before it was
	 * woken: the permit goes on to the next one, and is not lost.
	 */
	@Test
	void aRequestCancelledBetweenTheHandOverAndItsWakingPassesThePermitOn() {
		WakingHeldBack scheduler = new WakingHeldBack(this.clock);
		ConcurrencyLimiter limiter = new ConcurrencyLimiter(1, 2, MAX_WAIT, scheduler);
		Request running = start(limiter);
		Request cancelled = start(limiter);
		Request next = start(limiter);

		running.finish();
		assertThat(scheduler.held).hasSize(1);
		cancelled.cancel();
		scheduler.runHeld();

		assertThat(cancelled.started()).isFalse();
		assertThat(next.started()).isTrue();
		assertThat(limiter.inFlight()).isEqualTo(1);
		assertThat(limiter.queued()).isZero();
		next.finish();
		assertThat(limiter.inFlight()).isZero();
	}

	@Test
	void refusesLimitsThatAreNoLimits() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ConcurrencyLimiter(0, 1, MAX_WAIT, this.clock));
		assertThatIllegalArgumentException().isThrownBy(() -> new ConcurrencyLimiter(1, -1, MAX_WAIT, this.clock));
		assertThatIllegalArgumentException().isThrownBy(() -> new ConcurrencyLimiter(1, 1, Duration.ZERO, this.clock));
	}

	/**
	 * Many requests on real threads that finish, fail, are cancelled while waiting or
	 * running, or are refused: never more than the limit at once, and every permit comes
	 * back.
	 */
	@Test
	void underConcurrentUseNeverExceedsTheLimitAndEveryPermitComesBack() {
		int maxConcurrent = 4;
		ConcurrencyLimiter limiter = new ConcurrencyLimiter(maxConcurrent, 8, Duration.ofMillis(20),
				Schedulers.parallel());
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		AtomicInteger ran = new AtomicInteger();

		Flux<String> requests = Flux.range(0, 600).flatMap((i) -> {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			Mono<String> work = Mono.defer(() -> {
				mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
				ran.incrementAndGet();
				Mono<String> answer = Mono.delay(Duration.ofMillis(random.nextInt(3))).thenReturn("done");
				// Counted out, once, before the limiter sees the end (it releases after
				// the signal has passed on); a cancel may race with the end.
				AtomicBoolean ended = new AtomicBoolean();
				Runnable end = () -> {
					if (ended.compareAndSet(false, true)) {
						running.decrementAndGet();
					}
				};
				return ((i % 7 == 0) ? answer.then(Mono.<String>error(new IllegalStateException("failed"))) : answer)
					.doOnTerminate(end)
					.doOnCancel(end);
			});
			Mono<String> request = limiter.run(work, ConcurrencyLimiterTest::refused)
				.onErrorReturn(IllegalStateException.class, "failed");
			// Some clients give up, while waiting or while their request runs.
			return (i % 5 == 0) ? request.take(Duration.ofMillis(random.nextInt(4))).defaultIfEmpty("gave up")
					: request;
		}, 32);

		StepVerifier.create(requests.collectList())
			.assertNext((answers) -> assertThat(answers).hasSize(600)
				.contains("done", "failed", "gave up")
				.isSubsetOf("done", "failed", "gave up", "refused " + Admission.QUEUE_FULL,
						"refused " + Admission.WAIT_EXPIRED))
			.expectComplete()
			.verify(Duration.ofSeconds(30));

		assertThat(ran).hasPositiveValue();
		assertThat(mostAtOnce.get()).isLessThanOrEqualTo(maxConcurrent);
		assertThat(limiter.inFlight()).isZero();
		assertThat(limiter.queued()).isZero();
		assertThat(running).hasValue(0);
	}

	private ConcurrencyLimiter limiter(int maxConcurrent, int maxQueued) {
		return new ConcurrencyLimiter(maxConcurrent, maxQueued, MAX_WAIT, this.clock);
	}

	private Request start(ConcurrencyLimiter limiter) {
		Request request = new Request();
		this.subscriptions.add(request.subscribe(limiter));
		return request;
	}

	private static Mono<String> refused(Admission admission) {
		return Mono.just("refused " + admission);
	}

	/**
	 * Holds back what is to run at once (the waking of a request) until the test runs it;
	 * times with the virtual clock.
	 */
	private static final class WakingHeldBack implements Scheduler {

		private final List<Runnable> held = new CopyOnWriteArrayList<>();

		private final VirtualTimeScheduler clock;

		WakingHeldBack(VirtualTimeScheduler clock) {
			this.clock = clock;
		}

		@Override
		public Disposable schedule(Runnable task) {
			this.held.add(task);
			return () -> this.held.remove(task);
		}

		@Override
		public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
			return this.clock.schedule(task, delay, unit);
		}

		@Override
		public long now(TimeUnit unit) {
			return this.clock.now(unit);
		}

		@Override
		public Worker createWorker() {
			return this.clock.createWorker();
		}

		void runHeld() {
			List<Runnable> tasks = List.copyOf(this.held);
			this.held.clear();
			tasks.forEach(Runnable::run);
		}

	}

	/** A request whose work runs until the test finishes it. */
	private static final class Request {

		private final Sinks.Empty<Void> finished = Sinks.empty();

		private final AtomicInteger starts = new AtomicInteger();

		private volatile boolean cancelled;

		private volatile String answer = "none";

		private Disposable subscription = () -> {
		};

		Mono<String> through(ConcurrencyLimiter limiter) {
			Mono<String> work = Mono.defer(() -> {
				this.starts.incrementAndGet();
				return this.finished.asMono().thenReturn("done").doOnCancel(() -> this.cancelled = true);
			});
			return limiter.run(work, ConcurrencyLimiterTest::refused);
		}

		Disposable subscribe(ConcurrencyLimiter limiter) {
			this.subscription = through(limiter).subscribe((value) -> this.answer = value);
			return this.subscription;
		}

		boolean started() {
			return this.starts.get() == 1;
		}

		boolean cancelled() {
			return this.cancelled;
		}

		String answer() {
			return this.answer;
		}

		void finish() {
			this.finished.tryEmitEmpty();
		}

		void cancel() {
			this.subscription.dispose();
		}

	}

}
