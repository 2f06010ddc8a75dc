package dk.newsroom.localstack.port;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether TCP ports can be listened on. A port counts as taken when binding it fails on
 * the wildcard or the loopback address; a port held only by connections in TIME_WAIT
 * (just after a restart) counts as free, since the apps bind with address reuse too.
 */
public final class PortCheck {

	private PortCheck() {
	}

	public static boolean isInUse(int port) {
		return !canBind(new InetSocketAddress(port))
				|| !canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
	}

	/**
	 * @param owners who needs each port, in the order to report them, e.g. {@code Kafka
	 * broker -> 9092}
	 * @throws PortsInUseException naming every port that is taken or wanted twice
	 */
	public static void requireFree(Map<String, Integer> owners) {
		List<String> problems = new ArrayList<>();
		Map<Integer, String> claimed = new HashMap<>();
		owners.forEach((owner, port) -> {
			String other = claimed.putIfAbsent(port, owner);
			if (other != null) {
				problems.add("port " + port + " is configured for both " + other + " and " + owner);
			}
			else if (isInUse(port)) {
				problems.add("port " + port + " (" + owner + ") is already in use");
			}
		});
		if (!problems.isEmpty()) {
			throw new PortsInUseException(problems);
		}
	}

	private static boolean canBind(InetSocketAddress address) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(address);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
