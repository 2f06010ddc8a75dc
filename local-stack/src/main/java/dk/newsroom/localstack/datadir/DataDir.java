package dk.newsroom.localstack.datadir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data folder: everything the stack keeps between runs.
 *
 * <pre>
 * data/
 *   kafka/          the broker's log directory (topics, KRaft metadata)
 *   mongo/          the MongoDB stand-in's H2 file
 *   logs/           one log per app, plus the launcher's own
 *   run/            the pid of each running app
 *   security/       the key pair that signs the stack's bearer tokens
 *   .demo-loaded    written once the demo content is in
 *   .lock           held while a stack runs on this folder
 * </pre>
 *
 * @param root the folder itself
 */
public record DataDir(Path root) {

	public Path kafka() {
		return this.root.resolve("kafka");
	}

	public Path mongo() {
		return this.root.resolve("mongo");
	}

	public Path logs() {
		return this.root.resolve("logs");
	}

	public Path run() {
		return this.root.resolve("run");
	}

	/**
	 * The key pair that signs the stack's bearer tokens (created on the first start, the
	 * private half readable by the owner only).
	 */
	public Path security() {
		return this.root.resolve("security");
	}

	public Path demoMarker() {
		return this.root.resolve(".demo-loaded");
	}

	/** Progress of a demo load that has not finished, so a rerun resumes it. */
	public Path demoJournal() {
		return this.root.resolve(".demo-loading");
	}

	public Path lockFile() {
		return this.root.resolve(".lock");
	}

	/** Creates the folders that do not exist yet. */
	public DataDir create() {
		try {
			for (Path dir : new Path[] { this.root, kafka(), mongo(), logs(), run() }) {
				Files.createDirectories(dir);
			}
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data folder " + this.root, ex);
		}
	}

}
