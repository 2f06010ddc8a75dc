package dk.newsroom.testsupport.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP proxy for tests, in this JVM: it listens on a loopback port, opens a connection
 * to the target for every connection it accepts, and forwards the bytes both ways. What
 * it does with them can be switched at runtime, for all connections, open and new:
 * <ul>
 * <li>{@link #pass()}: forwards them at once (the default);</li>
 * <li>{@link #delay(Duration)}: forwards every chunk, in either direction, only once it
 * is that old;</li>
 * <li>{@link #stall()}: accepts them from both sides but holds them, until
 * {@link #pass()} or {@link #delay(Duration)} delivers them, late, like a congested
 * network; a side's close is held behind its bytes and delivered after them, even if that
 * side has gone in the meantime;</li>
 * <li>{@link #refuse()}: resets every open connection and closes every new one at once,
 * like an unreachable backend.</li>
 * </ul>
 * In the first three modes no byte is lost or reordered. Every connection has a reader
 * and a writer thread per direction, with a queue between them; the readers keep
 * accepting bytes while the writers hold them (up to 16 MiB per direction, then the
 * reader waits, as TCP's flow control would). All threads are daemon threads named
 * {@code fault-proxy-*}.
 */
public final class FaultProxy implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(FaultProxy.class);

	private static final int CHUNK_SIZE = 16 * 1024;

	private static final long MAX_HELD_PER_DIRECTION = 16L * 1024 * 1024;

	private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

	/** What the proxy does with the bytes it forwards. */
	public enum Mode {

		/** Forwards at once. */
		PASS,

		/** Forwards every chunk after a delay. */
		DELAY,

		/** Holds all bytes until switched to {@link #PASS} or {@link #DELAY}. */
		STALL,

		/** Resets open connections and closes new ones. */
		REFUSE

	}

	private final InetSocketAddress target;

	private final ServerSocket serverSocket;

	private final int port;

	private final Thread acceptor;

	/** Guards {@link #state} changes against the registering of new connections. */
	private final Object lock = new Object();

	private final Set<Connection> connections = new LinkedHashSet<>();

	private volatile State state = new State(Mode.PASS, 0);

	private volatile boolean closed;

	private final AtomicLong bytesToTarget = new AtomicLong();

	private final AtomicLong bytesToClient = new AtomicLong();

	private final AtomicLong bytesHeld = new AtomicLong();

	private final AtomicInteger connectionsAccepted = new AtomicInteger();

	private final AtomicInteger connectionsRefused = new AtomicInteger();

	private final AtomicInteger connectionIds = new AtomicInteger();

	/**
	 * Starts a proxy to {@code targetHost:targetPort} on any free loopback port.
	 * @param targetHost the host to forward to
	 * @param targetPort the port to forward to
	 */
	public FaultProxy(String targetHost, int targetPort) {
		this(targetHost, targetPort, 0);
	}

	/**
	 * Starts a proxy to {@code targetHost:targetPort}, listening on the given loopback
	 * port.
	 * @param targetHost the host to forward to
	 * @param targetPort the port to forward to
	 * @param listenPort the port to listen on, {@code 0} for any free one
	 */
	public FaultProxy(String targetHost, int targetPort, int listenPort) {
		this.target = InetSocketAddress.createUnresolved(targetHost, targetPort);
		try {
			this.serverSocket = new ServerSocket();
			this.serverSocket.setReuseAddress(true);
			this.serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort), 50);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not listen on port " + listenPort, ex);
		}
		this.port = this.serverSocket.getLocalPort();
		this.acceptor = daemon(this::accept, "accept");
		this.acceptor.start();
	}

	/**
	 * The port the proxy listens on.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Forwards bytes at once, including those held by {@link #stall()} or still waiting
	 * out a {@link #delay(Duration)}, in order.
	 * @return this proxy
	 */
	public FaultProxy pass() {
		return switchTo(new State(Mode.PASS, 0));
	}

	/**
	 * Forwards every chunk of bytes, in either direction and in order, once the given
	 * time has passed since the proxy received it; bytes held by {@link #stall()} longer
	 * than that go at once.
	 * @param delay how long to hold each chunk
	 * @return this proxy
	 */
	public FaultProxy delay(Duration delay) {
		if (delay.isNegative()) {
			throw new IllegalArgumentException("A negative delay: " + delay);
		}
		return switchTo(new State(Mode.DELAY, delay.toNanos()));
	}

	/**
	 * Accepts bytes from both sides and holds them, and the closing of either side behind
	 * them, until {@link #pass()} or {@link #delay(Duration)}.
	 * @return this proxy
	 */
	public FaultProxy stall() {
		return switchTo(new State(Mode.STALL, 0));
	}

	/**
	 * Resets every open connection, dropping the bytes it held, and closes every new one
	 * at once, until switched to another mode.
	 * @return this proxy
	 */
	public FaultProxy refuse() {
		List<Connection> open;
		synchronized (this.lock) {
			this.state = new State(Mode.REFUSE, 0);
			open = new ArrayList<>(this.connections);
		}
		open.forEach((connection) -> connection.close(true));
		return this;
	}

	/**
	 * The current mode.
	 * @return the mode
	 */
	public Mode mode() {
		return this.state.mode();
	}

	/**
	 * Bytes forwarded from clients to the target so far.
	 * @return the count of bytes
	 */
	public long bytesToTarget() {
		return this.bytesToTarget.get();
	}

	/**
	 * Bytes forwarded from the target to clients so far.
	 * @return the count of bytes
	 */
	public long bytesToClient() {
		return this.bytesToClient.get();
	}

	/**
	 * Bytes received, in either direction, and not yet forwarded: held by
	 * {@link #stall()} or waiting out a {@link #delay(Duration)}.
	 * @return the count of bytes
	 */
	public long bytesHeld() {
		return this.bytesHeld.get();
	}

	/**
	 * Connections accepted and forwarded (not those closed by {@link #refuse()}).
	 * @return the count of connections
	 */
	public int connectionsAccepted() {
		return this.connectionsAccepted.get();
	}

	/**
	 * New connections closed at once because the proxy refused them.
	 * @return the count of connections
	 */
	public int connectionsRefused() {
		return this.connectionsRefused.get();
	}

	/**
	 * Connections open now.
	 * @return the count of connections
	 */
	public int openConnections() {
		synchronized (this.lock) {
			return this.connections.size();
		}
	}

	/** Stops listening and closes every connection, dropping the bytes held. */
	@Override
	public void close() {
		List<Connection> open;
		synchronized (this.lock) {
			this.closed = true;
			open = new ArrayList<>(this.connections);
		}
		closeQuietly(this.serverSocket);
		open.forEach((connection) -> connection.close(false));
		try {
			this.acceptor.join(TimeUnit.SECONDS.toMillis(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String toString() {
		return "FaultProxy[" + this.port + " -> " + this.target.getHostString() + ":" + this.target.getPort() + ", "
				+ this.state + "]";
	}

	private FaultProxy switchTo(State next) {
		List<Connection> open;
		synchronized (this.lock) {
			this.state = next;
			open = new ArrayList<>(this.connections);
		}
		open.forEach(Connection::wake);
		return this;
	}

	private void accept() {
		while (!this.closed) {
			Socket client;
			try {
				client = this.serverSocket.accept();
			}
			catch (IOException ex) {
				if (this.closed || this.serverSocket.isClosed()) {
					return;
				}
				log.debug("{} could not accept a connection", this, ex);
				continue;
			}
			Connection connection;
			synchronized (this.lock) {
				if (this.closed || this.state.mode() == Mode.REFUSE) {
					connection = null;
				}
				else {
					connection = new Connection(this.connectionIds.incrementAndGet(), client);
					this.connections.add(connection);
				}
			}
			if (connection == null) {
				this.connectionsRefused.incrementAndGet();
				abort(client);
			}
			else {
				this.connectionsAccepted.incrementAndGet();
				connection.start();
			}
		}
	}

	/** Nanoseconds until a chunk received at the given time may go, ≤ 0 for now. */
	private long nanosUntilDue(long receivedAt) {
		State current = this.state;
		return switch (current.mode()) {
			case PASS -> 0;
			case DELAY -> receivedAt + current.delayNanos() - System.nanoTime();
			case STALL, REFUSE -> Long.MAX_VALUE;
		};
	}

	private Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, "fault-proxy-" + this.port + "-" + name);
		thread.setDaemon(true);
		return thread;
	}

	private static void abort(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
		}
		catch (IOException ex) {
			// Closed already, or never connected: a plain close does.
		}
		closeQuietly(socket);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Nothing left to do with it.
		}
	}

	private record State(Mode mode, long delayNanos) {

		@Override
		public String toString() {
			return (this.mode == Mode.DELAY) ? "DELAY " + Duration.ofNanos(this.delayNanos) : this.mode.name();
		}

	}

	/** A chunk of bytes and when the proxy received it; no bytes marks the end. */
	private record Chunk(byte[] bytes, long receivedAt) {

		boolean isEnd() {
			return this.bytes == null;
		}

		int length() {
			return (this.bytes != null) ? this.bytes.length : 0;
		}

	}

	/** One client connection and the proxy's connection to the target for it. */
	private final class Connection {

		private final int id;

		private final Socket client;

		private final Socket target = new Socket();

		private final Pipe up;

		private final Pipe down;

		private volatile boolean closed;

		private int writersDone;

		Connection(int id, Socket client) {
			this.id = id;
			this.client = client;
			this.up = new Pipe(this, client, this.target, FaultProxy.this.bytesToTarget);
			this.down = new Pipe(this, this.target, client, FaultProxy.this.bytesToClient);
		}

		void start() {
			daemon(this::connectAndForward, this.id + "-up-read").start();
		}

		private void connectAndForward() {
			try {
				this.target.connect(
						new InetSocketAddress(FaultProxy.this.target.getHostString(), FaultProxy.this.target.getPort()),
						CONNECT_TIMEOUT_MILLIS);
				this.target.setTcpNoDelay(true);
				this.client.setTcpNoDelay(true);
			}
			catch (IOException ex) {
				if (!this.closed) {
					log.debug("{} could not connect to the target", FaultProxy.this, ex);
				}
				close(false);
				return;
			}
			daemon(this.up::write, this.id + "-up-write").start();
			daemon(this.down::write, this.id + "-down-write").start();
			daemon(this.down::read, this.id + "-down-read").start();
			this.up.read();
		}

		void wake() {
			this.up.wake();
			this.down.wake();
		}

		/** A writer has delivered its side's end, or given up: both have, closes. */
		void writerDone() {
			boolean both;
			synchronized (this) {
				both = ++this.writersDone == 2;
			}
			if (both) {
				close(false);
			}
		}

		void close(boolean reset) {
			synchronized (FaultProxy.this.lock) {
				FaultProxy.this.connections.remove(this);
			}
			this.closed = true;
			this.up.discard();
			this.down.discard();
			if (reset) {
				abort(this.client);
				abort(this.target);
			}
			else {
				closeQuietly(this.client);
				closeQuietly(this.target);
			}
		}

	}

	/**
	 * One direction of a connection: a reader that queues what it reads, and a writer
	 * that forwards the queue's head when the mode lets it go.
	 */
	private final class Pipe {

		private final Connection connection;

		private final Socket from;

		private final Socket to;

		private final AtomicLong forwarded;

		private final ReentrantLock lock = new ReentrantLock();

		/** Signalled on a new chunk, a switch of mode and a close. */
		private final Condition changed = this.lock.newCondition();

		/** Signalled when the queue shrinks. */
		private final Condition shrunk = this.lock.newCondition();

		private final ArrayDeque<Chunk> queue = new ArrayDeque<>();

		private long queuedBytes;

		/** The writer failed: what is read is dropped. */
		private boolean broken;

		Pipe(Connection connection, Socket from, Socket to, AtomicLong forwarded) {
			this.connection = connection;
			this.from = from;
			this.to = to;
			this.forwarded = forwarded;
		}

		void read() {
			byte[] buffer = new byte[CHUNK_SIZE];
			try {
				InputStream in = this.from.getInputStream();
				int count;
				while ((count = in.read(buffer)) >= 0) {
					if (count > 0) {
						enqueue(new Chunk(Arrays.copyOf(buffer, count), System.nanoTime()));
					}
				}
			}
			catch (IOException ex) {
				// Reset by the peer (its end, held behind its bytes like a close), or
				// closed
				// here.
			}
			enqueue(new Chunk(null, System.nanoTime()));
		}

		void write() {
			try {
				OutputStream out = this.to.getOutputStream();
				Chunk chunk;
				while ((chunk = take()) != null) {
					if (chunk.isEnd()) {
						this.to.shutdownOutput();
						return;
					}
					out.write(chunk.bytes());
					out.flush();
					this.forwarded.addAndGet(chunk.length());
				}
			}
			catch (IOException ex) {
				if (!this.connection.closed) {
					log.debug("{} could not forward to {}", FaultProxy.this, this.to, ex);
				}
				breakDown();
			}
			finally {
				this.connection.writerDone();
			}
		}

		private void enqueue(Chunk chunk) {
			this.lock.lock();
			try {
				while (!chunk.isEnd() && this.queuedBytes >= MAX_HELD_PER_DIRECTION && !this.broken
						&& !this.connection.closed) {
					this.shrunk.awaitUninterruptibly();
				}
				if (this.broken || this.connection.closed) {
					return;
				}
				this.queue.add(chunk);
				this.queuedBytes += chunk.length();
				FaultProxy.this.bytesHeld.addAndGet(chunk.length());
				this.changed.signalAll();
			}
			finally {
				this.lock.unlock();
			}
		}

		/** The next chunk once it may go, {@code null} once the connection is closed. */
		private Chunk take() {
			this.lock.lock();
			try {
				while (!this.connection.closed) {
					Chunk head = this.queue.peek();
					long wait = (head != null) ? nanosUntilDue(head.receivedAt()) : Long.MAX_VALUE;
					if (wait <= 0) {
						this.queue.poll();
						this.queuedBytes -= head.length();
						FaultProxy.this.bytesHeld.addAndGet(-head.length());
						this.shrunk.signalAll();
						return head;
					}
					if (wait == Long.MAX_VALUE) {
						this.changed.awaitUninterruptibly();
					}
					else {
						this.changed.awaitNanos(wait);
					}
				}
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
			finally {
				this.lock.unlock();
			}
		}

		void wake() {
			this.lock.lock();
			try {
				this.changed.signalAll();
			}
			finally {
				this.lock.unlock();
			}
		}

		/** Drops what is queued and wakes both threads (the connection closes). */
		void discard() {
			this.lock.lock();
			try {
				dropQueue();
				this.changed.signalAll();
				this.shrunk.signalAll();
			}
			finally {
				this.lock.unlock();
			}
		}

		/**
		 * The destination is gone: drops what is queued and what comes, and ends the
		 * reading (the other direction goes on delivering what it holds).
		 */
		private void breakDown() {
			this.lock.lock();
			try {
				this.broken = true;
				dropQueue();
				this.shrunk.signalAll();
			}
			finally {
				this.lock.unlock();
			}
			try {
				this.from.shutdownInput();
			}
			catch (IOException ex) {
				// Closed already: the reader has ended.
			}
		}

		private void dropQueue() {
			FaultProxy.this.bytesHeld.addAndGet(-this.queuedBytes);
			this.queuedBytes = 0;
			this.queue.clear();
		}

	}

}
