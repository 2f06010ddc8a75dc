package dk.newsroom.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one process),
 * running inside this JVM from the ordinary Kafka server jars. It keeps its port across
 * {@link #stop()} and {@link #start()}, so clients reconnect after an outage, and its
 * data across restarts when given a persistent directory.
 * <p>
 * Besides its {@code PLAINTEXT} listener it can have extra client listeners, declared
 * with {@link #withListener(String, int)} before {@link #start()}: each binds its own
 * port and advertises its own {@code localhost:<port>}. A client that bootstraps through
 * a TCP proxy in front of such a listener, with the listener advertising the proxy's
 * port, keeps talking through the proxy, because Kafka answers a metadata request with
 * the advertised addresses of the listener the request came in on.
 */
public final class InProcessKafka implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(InProcessKafka.class);

	private static final String CONTROLLER = "CONTROLLER";

	private static final String PLAINTEXT = "PLAINTEXT";

	private static final Pattern LISTENER_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

	private final Path logDir;

	private final int port;

	private final int controllerPort;

	private final Map<String, ExtraListener> extraListeners = new LinkedHashMap<>();

	private KafkaRaftServer server;

	public InProcessKafka(Path logDir, int port) {
		this.logDir = logDir;
		this.port = (port != 0) ? port : FreePorts.find();
		this.controllerPort = FreePorts.find();
	}

	/**
	 * Declares an extra client listener (security protocol {@code PLAINTEXT}) that binds
	 * a free port of its own, kept across {@link #stop()} and {@link #start()}, and
	 * advertises {@code localhost:advertisedPort}. It takes effect at the next
	 * {@link #start()}.
	 * @param name the listener's name: upper case letters, digits and underscores, not
	 * {@code PLAINTEXT} or {@code CONTROLLER}
	 * @param advertisedPort the port clients are told to connect to, typically a proxy's
	 * that forwards to {@link #listenerPort(String)}
	 * @return this broker
	 */
	public synchronized InProcessKafka withListener(String name, int advertisedPort) {
		if (this.server != null) {
			throw new IllegalStateException("Declare listener " + name + " before the broker starts");
		}
		if (name == null || !LISTENER_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException(
					"A listener's name is upper case letters, digits and underscores, not '" + name + "'");
		}
		if (name.equals(PLAINTEXT) || name.equals(CONTROLLER) || this.extraListeners.containsKey(name)) {
			throw new IllegalArgumentException("Listener " + name + " exists already");
		}
		if (advertisedPort < 1 || advertisedPort > 65535) {
			throw new IllegalArgumentException("Not a port to advertise: " + advertisedPort);
		}
		this.extraListeners.put(name, new ExtraListener(FreePorts.find(), advertisedPort));
		return this;
	}

	/**
	 * The port an extra listener binds (where a proxy in front of it forwards to).
	 * @param name the name given to {@link #withListener(String, int)}
	 * @return the listener's bind port
	 */
	public synchronized int listenerPort(String name) {
		ExtraListener listener = this.extraListeners.get(name);
		if (listener == null) {
			throw new IllegalArgumentException("No listener " + name + "; declared: " + this.extraListeners.keySet());
		}
		return listener.bindPort();
	}

	public synchronized InProcessKafka start() {
		if (this.server != null) {
			return this;
		}
		try {
			Files.createDirectories(this.logDir);
			KafkaConfig config = KafkaConfig.fromProps(brokerProperties(), false);
			formatIfNeeded();
			KafkaRaftServer started = new KafkaRaftServer(config, Time.SYSTEM);
			started.startup();
			this.server = started;
			log.info("Kafka broker (KRaft) listening on {}{} with data in {}", bootstrapServers(),
					describeExtraListeners(), this.logDir);
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Stops the broker, keeping its data and its port for a later {@link #start()}. */
	public synchronized void stop() {
		if (this.server == null) {
			return;
		}
		this.server.shutdown();
		this.server.awaitShutdown();
		this.server = null;
		log.info("Kafka broker on port {} stopped", this.port);
	}

	public synchronized boolean isRunning() {
		return this.server != null;
	}

	public String bootstrapServers() {
		return "localhost:" + this.port;
	}

	public int port() {
		return this.port;
	}

	@Override
	public void close() {
		stop();
	}

	private Properties brokerProperties() {
		Properties props = new Properties();
		props.put("process.roles", "broker,controller");
		props.put("node.id", "1");
		props.put("controller.quorum.voters", "1@localhost:" + this.controllerPort);
		StringBuilder listeners = new StringBuilder(PLAINTEXT + "://localhost:" + this.port);
		StringBuilder advertised = new StringBuilder(PLAINTEXT + "://localhost:" + this.port);
		StringBuilder protocols = new StringBuilder(PLAINTEXT + ":" + PLAINTEXT);
		this.extraListeners.forEach((name, listener) -> {
			listeners.append(',').append(name).append("://localhost:").append(listener.bindPort());
			advertised.append(',').append(name).append("://localhost:").append(listener.advertisedPort());
			protocols.append(',').append(name).append(':').append(PLAINTEXT);
		});
		listeners.append(',').append(CONTROLLER).append("://localhost:").append(this.controllerPort);
		protocols.append(',').append(CONTROLLER).append(':').append(PLAINTEXT);
		props.put("listeners", listeners.toString());
		props.put("advertised.listeners", advertised.toString());
		props.put("controller.listener.names", CONTROLLER);
		props.put("inter.broker.listener.name", PLAINTEXT);
		props.put("listener.security.protocol.map", protocols.toString());
		props.put("log.dirs", this.logDir.toString());
		props.put("num.partitions", "1");
		props.put("auto.create.topics.enable", "false");
		props.put("offsets.topic.replication.factor", "1");
		props.put("offsets.topic.num.partitions", "3");
		props.put("transaction.state.log.replication.factor", "1");
		props.put("transaction.state.log.min.isr", "1");
		props.put("share.coordinator.state.topic.replication.factor", "1");
		props.put("share.coordinator.state.topic.min.isr", "1");
		props.put("group.initial.rebalance.delay.ms", "0");
		// The 128 MiB default of the cleaner's buffer would dominate the heap of a small
		// stack.
		props.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
		return props;
	}

	private String describeExtraListeners() {
		StringBuilder description = new StringBuilder();
		this.extraListeners.forEach((name, listener) -> description.append(", ")
			.append(name)
			.append(" on port ")
			.append(listener.bindPort())
			.append(" advertised as localhost:")
			.append(listener.advertisedPort()));
		return description.toString();
	}

	private void formatIfNeeded() {
		if (Files.exists(this.logDir.resolve("meta.properties"))) {
			return;
		}
		try {
			new Formatter().setClusterId(Uuid.randomUuid().toString())
				.setNodeId(1)
				.setDirectories(List.of(this.logDir.toString()))
				.setMetadataLogDirectory(this.logDir.toString())
				.setControllerListenerName(CONTROLLER)
				.setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
				.setSupportedFeatures(Feature.PRODUCTION_FEATURES)
				.setIgnoreFormatted(true)
				.setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
				.run();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not format Kafka storage in " + this.logDir, ex);
		}
	}

	/** An extra client listener: the port it binds and the port it advertises. */
	private record ExtraListener(int bindPort, int advertisedPort) {
	}

}
