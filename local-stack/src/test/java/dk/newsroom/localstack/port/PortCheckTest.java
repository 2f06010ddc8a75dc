package dk.newsroom.localstack.port;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortCheckTest {

	@Test
	void seesAPortSomeoneListensOnAsInUse() throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			assertThat(PortCheck.isInUse(taken.getLocalPort())).isTrue();
		}
	}

	@Test
	void seesAPortTakenOnLoopbackOnlyAsInUse() throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			assertThat(PortCheck.isInUse(taken.getLocalPort())).isTrue();
		}
	}

	@Test
	void seesAReleasedPortAsFree() throws IOException {
		int port;
		try (ServerSocket taken = new ServerSocket(0)) {
			port = taken.getLocalPort();
		}
		assertThat(PortCheck.isInUse(port)).isFalse();
	}

	@Test
	void namesEveryPortInUseWithItsOwner() throws IOException {
		try (ServerSocket kafka = new ServerSocket(0); ServerSocket gateway = new ServerSocket(0)) {
			Map<String, Integer> owners = new LinkedHashMap<>();
			owners.put("Kafka broker", kafka.getLocalPort());
			owners.put("gateway", gateway.getLocalPort());

			assertThatThrownBy(() -> PortCheck.requireFree(owners)).isInstanceOfSatisfying(PortsInUseException.class,
					(ex) -> assertThat(ex.problems()).containsExactly(
							"port " + kafka.getLocalPort() + " (Kafka broker) is already in use",
							"port " + gateway.getLocalPort() + " (gateway) is already in use"));
		}
	}

	@Test
	void refusesOnePortForTwoOwners() {
		Map<String, Integer> owners = new LinkedHashMap<>();
		owners.put("gateway", 1);
		owners.put("articles-service", 1);

		assertThatThrownBy(() -> PortCheck.requireFree(owners))
			.hasMessageContaining("port 1 is configured for both gateway and articles-service");
	}

	@Test
	void acceptsFreePorts() throws IOException {
		int port;
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		assertThatCode(() -> PortCheck.requireFree(Map.of("gateway", port))).doesNotThrowAnyException();
	}

}
