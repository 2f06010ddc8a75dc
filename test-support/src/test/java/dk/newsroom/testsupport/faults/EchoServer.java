package dk.newsroom.testsupport.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP server on a loopback port that echoes what it reads, records it and whether its
 * peer closed, and can send on its own; it closes a connection after echoing its end.
 */
final class EchoServer implements AutoCloseable {

	private final ServerSocket serverSocket;

	private final List<Peer> peers = new CopyOnWriteArrayList<>();

	EchoServer() {
		try {
			this.serverSocket = new ServerSocket();
			this.serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread acceptor = new Thread(this::accept, "echo-server-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.serverSocket.getLocalPort();
	}

	/** The connections accepted so far, in order. */
	List<Peer> peers() {
		return this.peers;
	}

	@Override
	public void close() throws IOException {
		this.serverSocket.close();
		for (Peer peer : this.peers) {
			peer.socket.close();
		}
	}

	private void accept() {
		while (!this.serverSocket.isClosed()) {
			try {
				Socket socket = this.serverSocket.accept();
				socket.setTcpNoDelay(true);
				Peer peer = new Peer(socket);
				this.peers.add(peer);
				Thread reader = new Thread(peer::echo, "echo-server-" + this.peers.size());
				reader.setDaemon(true);
				reader.start();
			}
			catch (IOException ex) {
				// Closed.
			}
		}
	}

	/** One accepted connection. */
	static final class Peer {

		private final Socket socket;

		private final ByteArrayOutputStream received = new ByteArrayOutputStream();

		private volatile boolean ended;

		Peer(Socket socket) {
			this.socket = socket;
		}

		/** What the peer has sent so far. */
		byte[] received() {
			synchronized (this.received) {
				return this.received.toByteArray();
			}
		}

		/** Whether the peer's end (close or reset) has come, after all its bytes. */
		boolean ended() {
			return this.ended;
		}

		/** Sends bytes to the peer, as the server. */
		synchronized void send(byte[] bytes) throws IOException {
			OutputStream out = this.socket.getOutputStream();
			out.write(bytes);
			out.flush();
		}

		private void echo() {
			byte[] buffer = new byte[8192];
			boolean echoing = true;
			try {
				InputStream in = this.socket.getInputStream();
				int count;
				while ((count = in.read(buffer)) >= 0) {
					synchronized (this.received) {
						this.received.write(buffer, 0, count);
					}
					if (echoing) {
						try {
							synchronized (this) {
								this.socket.getOutputStream().write(buffer, 0, count);
							}
						}
						catch (IOException ex) {
							echoing = false;
						}
					}
				}
			}
			catch (IOException ex) {
				// Reset: an end too.
			}
			finally {
				this.ended = true;
				try {
					this.socket.close();
				}
				catch (IOException ex) {
					// Closed already.
				}
			}
		}

	}

}
