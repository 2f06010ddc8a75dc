package dk.newsroom.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import dk.newsroom.embedded.InProcessKafka;
import dk.newsroom.embedded.InProcessMongo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The one switch (docs/design.md §2): decides once per JVM whether the tests run on
 * containers or on the in-process stand-ins, starts the backends lazily and shares them.
 * Set {@code -Dnewsroom.test.backend=inprocess} (or {@code containers}) to force a
 * choice.
 */
public final class TestBackends {

	private static final Logger log = LoggerFactory.getLogger(TestBackends.class);

	static final String MONGO_IMAGE = "mongo:8.0";

	static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

	private static volatile Boolean containers;

	private static KafkaBackend kafka;

	private static MongoBackend mongo;

	private TestBackends() {
	}

	/**
	 * Whether this JVM's tests use Testcontainers rather than the in-process stand-ins.
	 */
	public static synchronized boolean useContainers() {
		if (containers == null) {
			String forced = System.getProperty("newsroom.test.backend", "");
			containers = switch (forced) {
				case "containers" -> true;
				case "inprocess" -> false;
				default -> DockerClientFactory.instance().isDockerAvailable();
			};
			log.info("Test backends: {}", containers ? "Testcontainers (mongo replica set, apache/kafka)"
					: "in-process (KRaft broker, mongo-java-server)");
		}
		return containers;
	}

	public static synchronized KafkaBackend kafka() {
		if (kafka == null) {
			kafka = useContainers() ? new ContainerKafka(startKafkaContainer()) : new InProcessKafkaBackend();
		}
		return kafka;
	}

	public static synchronized MongoBackend mongo() {
		if (mongo == null) {
			if (useContainers()) {
				MongoDBContainer container = mongoContainer();
				mongo = container::getReplicaSetUrl;
			}
			else {
				InProcessMongo server = InProcessMongo.inMemory(0).start();
				Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mongo-stand-in-shutdown"));
				mongo = server::connectionString;
			}
		}
		return mongo;
	}

	private static MongoDBContainer mongoContainerInstance;

	private static KafkaContainer kafkaContainerInstance;

	/** The shared MongoDB container (only when {@link #useContainers()}). */
	static synchronized MongoDBContainer mongoContainer() {
		if (mongoContainerInstance == null) {
			mongoContainerInstance = new MongoDBContainer(DockerImageName.parse(MONGO_IMAGE)).withReuse(false);
			mongoContainerInstance.start();
		}
		return mongoContainerInstance;
	}

	/** The shared Kafka container (only when {@link #useContainers()}). */
	static synchronized KafkaContainer kafkaContainer() {
		kafka();
		return kafkaContainerInstance;
	}

	private static KafkaContainer startKafkaContainer() {
		kafkaContainerInstance = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
		kafkaContainerInstance.start();
		return kafkaContainerInstance;
	}

	private static final class InProcessKafkaBackend implements KafkaBackend {

		private final InProcessKafka broker;

		InProcessKafkaBackend() {
			try {
				this.broker = new InProcessKafka(Files.createTempDirectory("newsroom-kafka-"), 0).start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(this.broker::close, "kafka-in-process-shutdown"));
		}

		@Override
		public String bootstrapServers() {
			return this.broker.bootstrapServers();
		}

		@Override
		public void stop() {
			this.broker.stop();
		}

		@Override
		public void start() {
			this.broker.start();
		}

	}

	/**
	 * Pausing the container keeps its address and data, like a broker that stops
	 * answering.
	 */
	private record ContainerKafka(KafkaContainer container) implements KafkaBackend {

		@Override
		public String bootstrapServers() {
			return this.container.getBootstrapServers();
		}

		@Override
		public void stop() {
			DockerClientFactory.instance().client().pauseContainerCmd(this.container.getContainerId()).exec();
		}

		@Override
		public void start() {
			DockerClientFactory.instance().client().unpauseContainerCmd(this.container.getContainerId()).exec();
		}

	}

}
