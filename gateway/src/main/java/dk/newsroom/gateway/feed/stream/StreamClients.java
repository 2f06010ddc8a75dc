package dk.newsroom.gateway.feed.stream;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * The connected {@link StreamClient}s, and the hand-over of new events to them in order.
 * Registering and unregistering take no lock (a concurrent set), so request threads never
 * wait for a hand-over; {@link #handOver} and {@link #close} are called only under the
 * {@link FeedEventLog}'s hand-over lock, which orders them.
 */
final class StreamClients {

	private final Set<StreamClient> clients = ConcurrentHashMap.newKeySet();

	private volatile boolean closed;

	private volatile LongConsumer handOverTime = (nanos) -> {
	};

	/**
	 * Registers a client for every event handed over after this call; once closed, ends
	 * its stream at once instead.
	 */
	void add(StreamClient client) {
		this.clients.add(client);
		// Checked after adding: either close() sees the client, or the client sees
		// closed.
		if (this.closed) {
			this.clients.remove(client);
			client.complete();
		}
	}

	void remove(StreamClient client) {
		this.clients.remove(client);
	}

	int count() {
		return this.clients.size();
	}

	/**
	 * Tells how long each hand-over took.
	 * @param nanos told the duration in nanoseconds, on the writer's thread
	 */
	void measureHandOver(LongConsumer nanos) {
		this.handOverTime = nanos;
	}

	/**
	 * Hands events to every client, in order; a client that is dropped or gone is
	 * unregistered. Under the hand-over lock, outside the state lock.
	 */
	void handOver(List<FeedEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		for (FeedEvent event : events) {
			for (StreamClient client : this.clients) {
				if (!client.offer(event)) {
					this.clients.remove(client);
				}
			}
		}
		this.handOverTime.accept(System.nanoTime() - start);
	}

	/** Registers clients again after {@link #close()}. */
	void open() {
		this.closed = false;
	}

	/** Ends every client's stream, and those of clients registered later. */
	void close() {
		this.closed = true;
		this.clients.forEach(StreamClient::complete);
		this.clients.clear();
	}

}
