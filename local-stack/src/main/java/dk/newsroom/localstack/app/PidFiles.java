package dk.newsroom.localstack.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code <run>/<app>.pid} for each running app. If the launcher is killed without a
 * chance to stop its children (kill -9), the files name the processes left behind, so the
 * next start can say which ones hold its ports.
 */
public final class PidFiles {

	private final Path dir;

	public PidFiles(Path dir) {
		this.dir = dir;
	}

	void write(String app, long pid) throws IOException {
		Files.writeString(file(app), pid + "\n", StandardCharsets.UTF_8);
	}

	void delete(String app) {
		try {
			Files.deleteIfExists(file(app));
		}
		catch (IOException ex) {
			// A stale file only costs a wrong hint at the next start.
		}
	}

	/**
	 * @param apps the apps to look for
	 * @return those whose recorded process is still alive, e.g.
	 * {@code gateway (pid 4711)}
	 */
	public List<Leftover> leftovers(List<App> apps) {
		List<Leftover> alive = new ArrayList<>();
		for (App app : apps) {
			read(app.name()).flatMap(ProcessHandle::of)
				.filter(ProcessHandle::isAlive)
				.filter((process) -> process.info()
					.commandLine()
					.map((line) -> line.contains(app.jar().toString()))
					.orElse(true))
				.ifPresent((process) -> alive.add(new Leftover(app.name(), process.pid())));
		}
		return alive;
	}

	private Optional<Long> read(String app) {
		try {
			return Optional.of(Long.parseLong(Files.readString(file(app), StandardCharsets.UTF_8).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private Path file(String app) {
		return this.dir.resolve(app + ".pid");
	}

	/**
	 * An app process an earlier launcher left running.
	 *
	 * @param app the app's name
	 * @param pid its process id
	 */
	public record Leftover(String app, long pid) {

		@Override
		public String toString() {
			return this.app + " (pid " + this.pid + ")";
		}

	}

}
