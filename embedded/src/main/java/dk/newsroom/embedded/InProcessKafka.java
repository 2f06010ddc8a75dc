package dk.newsroom.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

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
 */
public final class InProcessKafka implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(InProcessKafka.class);

	private static final String CONTROLLER = "CONTROLLER";

	private final Path logDir;

	private final int port;

	private final int controllerPort;

	private KafkaRaftServer server;

	public InProcessKafka(Path logDir, int port) {
		this.logDir = logDir;
		this.port = (port != 0) ? port : FreePorts.find();
		this.controllerPort = FreePorts.find();
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
			log.info("Kafka broker (KRaft) listening on {} with data in {}", bootstrapServers(), this.logDir);
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
		props.put("listeners",
				"PLAINTEXT://localhost:" + this.port + "," + CONTROLLER + "://localhost:" + this.controllerPort);
		props.put("advertised.listeners", "PLAINTEXT://localhost:" + this.port);
		props.put("controller.listener.names", CONTROLLER);
		props.put("inter.broker.listener.name", "PLAINTEXT");
		props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
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

}
