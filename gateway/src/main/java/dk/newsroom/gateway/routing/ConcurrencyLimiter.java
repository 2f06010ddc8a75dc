package dk.newsroom.gateway.routing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * Bounds how many requests run at once: up to {@code maxConcurrent} hold a permit, up to
 * {@code maxQueued} more wait for one in arrival order, each at most {@code maxWait}, and
 * any other is refused at once. Nothing blocks: a waiting request is a parked
 * {@link Sinks.Empty} that a finishing request hands its permit to, and a timer on the
 * scheduler ends its wait.
 * <p>
 * A permit is released exactly once, whatever ends the request: its completion, its
 * error, or its cancellation (a client that went away), whether it was waiting, had just
 * been handed a permit, or was running. Every change of state happens under this object's
 * monitor, held for a few instructions that call no other code (at most a scan of the
 * queue, when a waiting request leaves it early); the waiting request is woken outside
 * it, on the scheduler, so the work of one request never runs inside the release of
 * another (nor deepens its stack).
 */
final class ConcurrencyLimiter {

	/** What became of a request's wait for a permit. */
	enum Admission {

		/** It holds a permit. */
		GRANTED,

		/** Refused at once: all permits taken, and the queue full. */
		QUEUE_FULL,

		/** Refused after waiting {@code maxWait} for a permit. */
		WAIT_EXPIRED

	}

	private enum State {

		NEW, QUEUED, HOLDING, DONE

	}

	private final int maxConcurrent;

	private final int maxQueued;

	private final Duration maxWait;

	private final Scheduler scheduler;

	/** The waiting requests, oldest first. Guarded by {@code this}. */
	private final ArrayDeque<Ticket> queue = new ArrayDeque<>();

	/** Requests holding a permit. Written under {@code this}, read without. */
	private volatile int inFlight;

	/** The size of the queue. Written under {@code this}, read without. */
	private volatile int queued;

	/**
	 * @param maxConcurrent how many requests may hold a permit at once (at least 1)
	 * @param maxQueued how many more may wait for one (0: none wait)
	 * @param maxWait how long a request waits at most (positive)
	 * @param scheduler times the waits and wakes the waiting requests
	 */
	ConcurrencyLimiter(int maxConcurrent, int maxQueued, Duration maxWait, Scheduler scheduler) {
		if (maxConcurrent < 1 || maxQueued < 0 || maxWait.isNegative() || maxWait.isZero()) {
			throw new IllegalArgumentException(
					"maxConcurrent must be at least 1, maxQueued at least 0, maxWait positive: " + maxConcurrent + ", "
							+ maxQueued + ", " + maxWait);
		}
		this.maxConcurrent = maxConcurrent;
		this.maxQueued = maxQueued;
		this.maxWait = maxWait;
		this.scheduler = scheduler;
	}

	/**
	 * Runs the work once it holds a permit, and releases the permit when the work
	 * completes, fails or is cancelled; or, when it is refused a permit, runs what the
	 * refusal returns instead (never the work).
	 * @param <T> the type of the work's value
	 * @param work what needs a permit; subscribed only once it holds one
	 * @param refused the answer to a refusal ({@link Admission#QUEUE_FULL} or
	 * {@link Admission#WAIT_EXPIRED})
	 * @return the work, or the refusal's answer
	 */
	<T> Mono<T> run(Mono<T> work, Function<Admission, Mono<T>> refused) {
		return Mono.defer(() -> {
			Ticket ticket = new Ticket();
			return admit(ticket)
				.flatMap((admission) -> (admission == Admission.GRANTED) ? work : refused.apply(admission))
				.doFinally((signal) -> leave(ticket));
		});
	}

	/** Requests holding a permit now. */
	int inFlight() {
		return this.inFlight;
	}

	/** Requests waiting for a permit now. */
	int queued() {
		return this.queued;
	}

	int maxConcurrent() {
		return this.maxConcurrent;
	}

	int maxQueued() {
		return this.maxQueued;
	}

	Duration maxWait() {
		return this.maxWait;
	}

	private Mono<Admission> admit(Ticket ticket) {
		synchronized (this) {
			// Permits go to waiting requests first (leave hands them over), so a free
			// permit means nobody waits.
			if (this.inFlight < this.maxConcurrent) {
				ticket.state = State.HOLDING;
				this.inFlight++;
				return Mono.just(Admission.GRANTED);
			}
			if (this.queue.size() >= this.maxQueued) {
				ticket.state = State.DONE;
				return Mono.just(Admission.QUEUE_FULL);
			}
			ticket.state = State.QUEUED;
			this.queue.addLast(ticket);
			this.queued = this.queue.size();
		}
		return ticket.permit.asMono()
			.thenReturn(Admission.GRANTED)
			.timeout(this.maxWait, Mono.fromSupplier(() -> expire(ticket)), this.scheduler);
	}

	/**
	 * The wait ran out: the request leaves the queue, unless a permit was handed to it
	 * just now (then it keeps it).
	 */
	private Admission expire(Ticket ticket) {
		synchronized (this) {
			if (ticket.state != State.QUEUED) {
				return Admission.GRANTED;
			}
			this.queue.remove(ticket);
			this.queued = this.queue.size();
			ticket.state = State.DONE;
			return Admission.WAIT_EXPIRED;
		}
	}

	/**
	 * The request ended, however: a waiting one leaves the queue; one holding a permit
	 * hands it to the oldest waiting request, or returns it.
	 */
	private void leave(Ticket ticket) {
		@Nullable Ticket next = null;
		synchronized (this) {
			if (ticket.state == State.QUEUED) {
				this.queue.remove(ticket);
			}
			else if (ticket.state == State.HOLDING) {
				next = this.queue.pollFirst();
				if (next != null) {
					next.state = State.HOLDING;
				}
				else {
					this.inFlight--;
				}
			}
			ticket.state = State.DONE;
			this.queued = this.queue.size();
		}
		if (next != null) {
			wake(next);
		}
	}

	/**
	 * Tells a request it holds a permit now. Should it have gone meanwhile, nobody
	 * listens, and its own {@link #leave} passes the permit on.
	 */
	private void wake(Ticket ticket) {
		try {
			this.scheduler.schedule(ticket.permit::tryEmitEmpty);
		}
		catch (RejectedExecutionException ex) {
			// The scheduler is shut down: the application is stopping.
			ticket.permit.tryEmitEmpty();
		}
	}

	/** One request's place: waiting, holding a permit, or done. */
	private static final class Ticket {

		/** Guarded by the limiter. */
		private State state = State.NEW;

		/** Completes when the waiting request is handed a permit. */
		private final Sinks.Empty<Void> permit = Sinks.empty();

		@Override
		public String toString() {
			return "Ticket " + this.state;
		}

	}

	@Override
	public String toString() {
		return "ConcurrencyLimiter[in flight " + this.inFlight + "/" + this.maxConcurrent + ", queued " + this.queued
				+ "/" + this.maxQueued + ", max wait " + this.maxWait + "]";
	}

}
