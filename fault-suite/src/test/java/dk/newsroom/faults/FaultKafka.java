package dk.newsroom.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.embedded.FreePorts;
import dk.newsroom.embedded.InProcessKafka;
import dk.newsroom.testsupport.TestBackends;
import dk.newsroom.testsupport.faults.FaultProxy;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A real broker whose clients each get a route of their own through a {@link FaultProxy}:
 * the broker advertises the proxy's address on a listener per route, so everything a
 * client sends (bootstrap, produce, transactions) passes through its proxy, and one
 * replica's traffic can be stalled while the other's flows. Picked by the one backend
 * switch ({@link TestBackends#useContainers()}): the in-process KRaft broker, or the
 * {@code apache/kafka} container with a listener per route.
 */
final class FaultKafka implements AutoCloseable {

	private final Map<String, FaultProxy> routes = new LinkedHashMap<>();

	private final Backend backend;

	FaultKafka(List<String> routeNames) {
		Map<String, Integer> proxyPorts = new LinkedHashMap<>();
		for (String route : routeNames) {
			proxyPorts.put(route, FreePorts.find());
		}
		this.backend = TestBackends.useContainers() ? new ContainerBackend(proxyPorts)
				: new InProcessBackend(proxyPorts);
		proxyPorts.forEach((route, port) -> this.routes.put(route,
				new FaultProxy("localhost", this.backend.listenerPort(route), port)));
	}

	/** Bootstrap servers for clients that take the direct way. */
	String directBootstrap() {
		return this.backend.bootstrapServers();
	}

	/** Bootstrap servers through the route's proxy. */
	String bootstrap(String route) {
		return "localhost:" + this.routes.get(route).port();
	}

	FaultProxy route(String route) {
		return this.routes.get(route);
	}

	/** Stops the broker (the whole broker, every route), keeping its data and address. */
	void stopBroker() {
		this.backend.stop();
	}

	void startBroker() {
		this.backend.start();
	}

	@Override
	public void close() {
		this.routes.values().forEach(FaultProxy::close);
		this.backend.close();
	}

	private interface Backend extends AutoCloseable {

		String bootstrapServers();

		int listenerPort(String route);

		void stop();

		void start();

		@Override
		void close();

	}

	private static final class InProcessBackend implements Backend {

		private final InProcessKafka broker;

		InProcessBackend(Map<String, Integer> proxyPorts) {
			try {
				this.broker = new InProcessKafka(Files.createTempDirectory("newsroom-faults-kafka-"), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			proxyPorts.forEach(this.broker::withListener);
			this.broker.start();
		}

		@Override
		public String bootstrapServers() {
			return this.broker.bootstrapServers();
		}

		@Override
		public int listenerPort(String route) {
			return this.broker.listenerPort(route);
		}

		@Override
		public void stop() {
			this.broker.stop();
		}

		@Override
		public void start() {
			this.broker.start();
		}

		@Override
		public void close() {
			this.broker.close();
		}

	}

	/**
	 * A listener per route inside the container, published on a host port the proxy
	 * forwards to, advertising the proxy's host address. Stopping pauses the container,
	 * which keeps its addresses and data.
	 */
	private static final class ContainerBackend implements Backend {

		private static final int FIRST_ROUTE_PORT = 19_101;

		private final KafkaContainer container;

		private final Map<String, Integer> containerPorts = new LinkedHashMap<>();

		ContainerBackend(Map<String, Integer> proxyPorts) {
			KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:4.1.1"));
			int port = FIRST_ROUTE_PORT;
			for (Map.Entry<String, Integer> route : proxyPorts.entrySet()) {
				int containerPort = port++;
				this.containerPorts.put(route.getKey(), containerPort);
				int proxyPort = route.getValue();
				kafka = kafka.withListener("0.0.0.0:" + containerPort, () -> "localhost:" + proxyPort);
				kafka.addExposedPort(containerPort);
			}
			this.container = kafka;
			this.container.start();
		}

		@Override
		public String bootstrapServers() {
			return this.container.getBootstrapServers();
		}

		@Override
		public int listenerPort(String route) {
			return this.container.getMappedPort(this.containerPorts.get(route));
		}

		@Override
		public void stop() {
			DockerClientFactory.instance().client().pauseContainerCmd(this.container.getContainerId()).exec();
		}

		@Override
		public void start() {
			DockerClientFactory.instance().client().unpauseContainerCmd(this.container.getContainerId()).exec();
		}

		@Override
		public void close() {
			this.container.stop();
		}

	}

}
