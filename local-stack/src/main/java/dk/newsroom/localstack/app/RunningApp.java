package dk.newsroom.localstack.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** An app's child process. */
public final class RunningApp {

	private final App app;

	private final Process process;

	private final Path log;

	private final PidFiles pidFiles;

	RunningApp(App app, Process process, Path log, PidFiles pidFiles) {
		this.app = app;
		this.process = process;
		this.log = log;
		this.pidFiles = pidFiles;
	}

	public App app() {
		return this.app;
	}

	public Process process() {
		return this.process;
	}

	public Path log() {
		return this.log;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** Asks the app to stop (SIGTERM): Spring Boot shuts down gracefully. */
	public void requestStop() {
		this.process.destroy();
	}

	/**
	 * Waits for the app to exit; kills it (SIGKILL) if it has not within the grace
	 * period.
	 * @param grace how long a graceful stop may take
	 * @return whether it stopped by itself
	 */
	public boolean awaitStop(Duration grace) {
		boolean graceful = waitFor(grace);
		if (!graceful) {
			this.process.destroyForcibly();
			waitFor(Duration.ofSeconds(5));
		}
		if (!this.process.isAlive()) {
			this.pidFiles.delete(this.app.name());
		}
		return graceful;
	}

	/** The last lines of the app's log, to show why it failed. */
	public List<String> logTail(int lines) {
		Deque<String> tail = new ArrayDeque<>(lines);
		try (Stream<String> all = Files.lines(this.log, StandardCharsets.UTF_8)) {
			all.forEach((line) -> {
				if (tail.size() == lines) {
					tail.removeFirst();
				}
				tail.addLast(line);
			});
		}
		catch (IOException | UncheckedIOException ex) {
			return List.of("(cannot read " + this.log + ": " + ex.getMessage() + ")");
		}
		return List.copyOf(tail);
	}

	private boolean waitFor(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !this.process.isAlive();
		}
	}

}
