package dk.newsroom.platform.outbox;

import java.util.concurrent.CompletableFuture;

/**
 * Counts the relays in flight, so stopping can wait for them (graceful shutdown): once
 * closed it admits no new relay, and {@link #close()} completes when the last one in
 * flight has finished.
 */
final class OutboxInFlight {

	private static final CompletableFuture<Void> IDLE = CompletableFuture.completedFuture(null);

	private boolean open;

	private int count;

	private CompletableFuture<Void> idle = IDLE;

	synchronized void open() {
		this.open = true;
	}

	/** Admits a relay unless closed; every admitted one must {@link #exit()}. */
	synchronized boolean enter() {
		if (!this.open) {
			return false;
		}
		if (this.count++ == 0) {
			this.idle = new CompletableFuture<>();
		}
		return true;
	}

	synchronized void exit() {
		if (--this.count == 0) {
			this.idle.complete(null);
		}
	}

	/**
	 * Admits no more relays.
	 * @return completes when none is in flight any more
	 */
	synchronized CompletableFuture<Void> close() {
		this.open = false;
		return (this.count == 0) ? IDLE : this.idle.copy();
	}

	synchronized int count() {
		return this.count;
	}

}
