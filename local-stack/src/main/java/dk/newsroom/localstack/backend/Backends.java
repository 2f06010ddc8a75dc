package dk.newsroom.localstack.backend;

import dk.newsroom.embedded.InProcessKafka;
import dk.newsroom.embedded.InProcessMongo;
import dk.newsroom.localstack.datadir.DataDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka broker (KRaft) and the MongoDB stand-in (H2 file), both keeping their data in
 * the data folder so a restart finds the topics and the documents again.
 */
public final class Backends implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Backends.class);

	private final InProcessMongo mongo;

	private final InProcessKafka kafka;

	private Backends(InProcessMongo mongo, InProcessKafka kafka) {
		this.mongo = mongo;
		this.kafka = kafka;
	}

	public static Backends start(DataDir dataDir, int kafkaPort, int mongoPort) {
		long started = System.nanoTime();
		InProcessMongo mongo = InProcessMongo.onDisk(dataDir.mongo(), mongoPort).start();
		try {
			InProcessKafka kafka = new InProcessKafka(dataDir.kafka(), kafkaPort).start();
			log.info("Kafka broker on {} and MongoDB stand-in on {} started in {} ms", kafka.bootstrapServers(),
					mongo.connectionString(), (System.nanoTime() - started) / 1_000_000);
			return new Backends(mongo, kafka);
		}
		catch (RuntimeException ex) {
			mongo.close();
			throw ex;
		}
	}

	public String kafkaBootstrapServers() {
		return this.kafka.bootstrapServers();
	}

	public String mongoConnectionString() {
		return this.mongo.connectionString();
	}

	/** Stops the broker, then MongoDB; the apps must be gone already. */
	@Override
	public void close() {
		try {
			this.kafka.stop();
		}
		finally {
			this.mongo.close();
			log.info("Kafka broker and MongoDB stand-in stopped");
		}
	}

}
