package dk.newsroom.testsupport.faults;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FaultProxyTest {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private EchoServer server;

	private FaultProxy proxy;

	@BeforeEach
	void start() {
		this.server = new EchoServer();
		this.proxy = new FaultProxy("localhost", this.server.port());
	}

	@AfterEach
	void stop() throws IOException {
		this.proxy.close();
		this.server.close();
	}

	@Test
	void passForwardsBothWaysAtOnce() throws IOException {
		assertThat(this.proxy.mode()).isEqualTo(FaultProxy.Mode.PASS);
		try (Socket socket = connect()) {
			send(socket, "hej".getBytes(StandardCharsets.UTF_8));
			assertThat(readFully(socket, 3)).asString(StandardCharsets.UTF_8).isEqualTo("hej");
		}
		await().atMost(WAIT).until(() -> this.proxy.bytesToTarget() == 3 && this.proxy.bytesToClient() == 3);
		assertThat(this.proxy.connectionsAccepted()).isEqualTo(1);
		assertThat(this.server.peers()).hasSize(1);
		await().atMost(WAIT).until(() -> this.proxy.openConnections() == 0);
	}

	@Test
	void delayHoldsEveryChunkInBothDirectionsAndKeepsTheirOrder() throws IOException {
		this.proxy.delay(Duration.ofMillis(300));
		assertThat(this.proxy.mode()).isEqualTo(FaultProxy.Mode.DELAY);
		try (Socket socket = connect()) {
			long start = System.nanoTime();
			send(socket, new byte[] { 42 });
			assertThat(readFully(socket, 1)).containsExactly(42);
			// 300 ms on the way to the server, 300 ms on the way back.
			assertThat(millisSince(start)).isGreaterThanOrEqualTo(600);

			OutputStream out = socket.getOutputStream();
			for (int i = 0; i < 1000; i++) {
				out.write(ByteBuffer.allocate(4).putInt(i).array());
			}
			long lastWrite = System.nanoTime();
			DataInputStream in = new DataInputStream(socket.getInputStream());
			for (int i = 0; i < 1000; i++) {
				assertThat(in.readInt()).isEqualTo(i);
			}
			// The last chunk was delayed too, not only the first.
			assertThat(millisSince(lastWrite)).isGreaterThanOrEqualTo(600);
		}
		await().atMost(WAIT).until(() -> this.proxy.bytesToTarget() == 4001);
	}

	@Test
	void delayForwardsAHalfCloseBehindTheBytes() throws IOException {
		this.proxy.delay(Duration.ofMillis(200));
		try (Socket socket = connect()) {
			byte[] bytes = sequence(5000);
			send(socket, bytes);
			socket.shutdownOutput();
			assertThat(readFully(socket, bytes.length)).isEqualTo(bytes);
			assertThat(socket.getInputStream().read()).isEqualTo(-1);
		}
		assertThat(this.server.peers().get(0).received()).isEqualTo(sequence(5000));
	}

	@Test
	void stallHoldsBothDirectionsUntilPassThenDeliversInOrder() throws IOException {
		try (Socket socket = connect()) {
			send(socket, new byte[] { 'x' });
			assertThat(readFully(socket, 1)).containsExactly('x');
			EchoServer.Peer peer = this.server.peers().get(0);

			this.proxy.stall();
			assertThat(this.proxy.mode()).isEqualTo(FaultProxy.Mode.STALL);
			for (int i = 0; i < 100; i++) {
				send(socket, ByteBuffer.allocate(4).putInt(i).array());
				peer.send(ByteBuffer.allocate(4).putInt(1000 + i).array());
			}
			await().atMost(WAIT).until(() -> this.proxy.bytesHeld() == 800);
			socket.setSoTimeout(500);
			assertThatExceptionOfType(SocketTimeoutException.class).isThrownBy(() -> socket.getInputStream().read());
			assertThat(peer.received()).hasSize(1);

			this.proxy.pass();
			socket.setSoTimeout(10_000);
			DataInputStream in = new DataInputStream(socket.getInputStream());
			for (int i = 0; i < 100; i++) {
				assertThat(in.readInt()).isEqualTo(1000 + i);
			}
			for (int i = 0; i < 100; i++) {
				assertThat(in.readInt()).isEqualTo(i);
			}
			ByteBuffer expected = ByteBuffer.allocate(401).put((byte) 'x');
			for (int i = 0; i < 100; i++) {
				expected.putInt(i);
			}
			assertThat(peer.received()).isEqualTo(expected.array());
			assertThat(this.proxy.bytesHeld()).isZero();
		}
	}

	@Test
	void bytesStalledWhenTheClientClosedStillReachTheServerThenItsEnd() throws IOException {
		byte[] bytes = sequence(1000);
		this.proxy.stall();
		try (Socket socket = connect()) {
			for (int i = 0; i < 10; i++) {
				send(socket, Arrays.copyOfRange(bytes, i * 100, (i + 1) * 100));
			}
		}
		await().atMost(WAIT).until(() -> this.proxy.bytesHeld() == 1000 && this.server.peers().size() == 1);
		EchoServer.Peer peer = this.server.peers().get(0);
		await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> peer.received().length == 0 && !peer.ended());

		this.proxy.pass();
		await().atMost(WAIT).until(peer::ended);
		assertThat(peer.received()).isEqualTo(bytes);
		await().atMost(WAIT).until(() -> this.proxy.openConnections() == 0);
		assertThat(this.proxy.bytesHeld()).isZero();
	}

	@Test
	void refuseClosesOpenConnectionsAndNewOnesUntilSwitchedBack() throws IOException {
		try (Socket open = connect()) {
			send(open, new byte[] { 1 });
			assertThat(readFully(open, 1)).containsExactly(1);

			this.proxy.refuse();
			assertThat(this.proxy.mode()).isEqualTo(FaultProxy.Mode.REFUSE);
			assertThat(closedByPeer(open)).isTrue();
			await().atMost(WAIT).until(() -> this.server.peers().get(0).ended());

			try (Socket refused = connect()) {
				assertThat(closedByPeer(refused)).isTrue();
			}
			assertThat(this.proxy.connectionsRefused()).isEqualTo(1);
			assertThat(this.proxy.openConnections()).isZero();
		}

		this.proxy.pass();
		try (Socket again = connect()) {
			send(again, new byte[] { 2 });
			assertThat(readFully(again, 1)).containsExactly(2);
		}
		assertThat(this.proxy.connectionsAccepted()).isEqualTo(2);
	}

	@Test
	void closeStopsListening() throws IOException {
		int port = this.proxy.port();
		this.proxy.close();
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close());
		assertThat(Thread.getAllStackTraces().keySet())
			.noneMatch((thread) -> thread.getName().startsWith("fault-proxy-" + port + "-accept"));
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.proxy.port());
		socket.setTcpNoDelay(true);
		socket.setSoTimeout(10_000);
		return socket;
	}

	private static void send(Socket socket, byte[] bytes) throws IOException {
		socket.getOutputStream().write(bytes);
	}

	private static byte[] readFully(Socket socket, int length) throws IOException {
		byte[] bytes = new byte[length];
		new DataInputStream(socket.getInputStream()).readFully(bytes);
		return bytes;
	}

	/** Whether the other end closed or reset the connection within the read timeout. */
	private static boolean closedByPeer(Socket socket) throws IOException {
		try {
			return socket.getInputStream().read() == -1;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (SocketException ex) {
			return true;
		}
	}

	private static byte[] sequence(int length) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (int i = 0; i < length; i++) {
			bytes.write(i % 251);
		}
		return bytes.toByteArray();
	}

	private static long millisSince(long nanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
	}

}
