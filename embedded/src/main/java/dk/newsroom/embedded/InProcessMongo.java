package dk.newsroom.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mongo-java-server MongoDB stand-in: a MongoDB wire-protocol server in this JVM,
 * either in memory (tests) or on an H2 file (the local stack, whose data survives
 * restarts).
 */
public final class InProcessMongo implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(InProcessMongo.class);

	private final MongoBackend backend;

	private final MongoServer server;

	private final int port;

	private InProcessMongo(MongoBackend backend, int port) {
		this.backend = backend;
		this.server = new MongoServer(backend);
		this.port = (port != 0) ? port : FreePorts.find();
	}

	/** A server whose data lives only as long as this JVM. */
	public static InProcessMongo inMemory(int port) {
		return new InProcessMongo(new MemoryBackend(), port);
	}

	/** A server whose data lives in an H2 file under the given directory. */
	public static InProcessMongo onDisk(Path dataDir, int port) {
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new InProcessMongo(new H2Backend(dataDir.resolve("mongo.mv").toString()), port);
	}

	public InProcessMongo start() {
		this.server.bind("localhost", this.port);
		log.info("MongoDB stand-in (mongo-java-server) listening on {}", connectionString());
		return this;
	}

	public String connectionString() {
		return "mongodb://localhost:" + this.port;
	}

	public int port() {
		return this.port;
	}

	@Override
	public void close() {
		this.server.shutdown();
		this.backend.close();
	}

}
