package dk.newsroom.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One app of the platform in a JVM of its own, started from the jar the build made, so it
 * can be killed with SIGKILL like a crashed pod. Its output goes to
 * {@code target/fault-logs/<name>-<n>.log}.
 */
final class ChildApp {

	/** Small JVMs that start fast on a loaded 2-core machine. */
	private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
			"-Xss512k");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Path jar;

	private final List<String> arguments;

	private final URI readiness;

	private final Path logs;

	private Process process;

	private int starts;

	/**
	 * @param module the module whose {@code target/<module>.jar} runs
	 * @param readiness the readiness probe's URL
	 */
	ChildApp(String name, String module, List<String> arguments, URI readiness) {
		this.name = name;
		this.jar = Path.of("..", module, "target", module + ".jar").toAbsolutePath().normalize();
		this.arguments = List.copyOf(arguments);
		this.readiness = readiness;
		this.logs = Path.of("target", "fault-logs").toAbsolutePath();
		if (!Files.exists(this.jar)) {
			throw new IllegalStateException(this.jar + " is missing: build the modules first (./mvnw -B verify)");
		}
	}

	String name() {
		return this.name;
	}

	/** The process id of the running JVM. */
	long pid() {
		return this.process.pid();
	}

	/** Starts the app and waits until its readiness probe answers 200. */
	ChildApp start(Duration timeout) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_OPTIONS);
		command.add("-jar");
		command.add(this.jar.toString());
		command.addAll(this.arguments);
		try {
			Files.createDirectories(this.logs);
			Path log = this.logs.resolve(this.name + "-" + (++this.starts) + ".log");
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(Redirect.to(log.toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		awaitReady(timeout);
		return this;
	}

	private void awaitReady(Duration timeout) {
		HttpRequest request = HttpRequest.newBuilder(this.readiness).timeout(Duration.ofSeconds(2)).GET().build();
		await(this.name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with " + this.process.exitValue() + "; see "
						+ this.logs.resolve(this.name + "-" + this.starts + ".log"));
			}
			try {
				return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
			}
			catch (IOException ex) {
				// not listening yet
				return false;
			}
		});
	}

	/** SIGKILL: no shutdown hook, no graceful stop, whatever it was doing. */
	void kill() {
		this.process.destroyForcibly();
		waitFor();
	}

	/** SIGTERM: the graceful shutdown a platform does on a rolling update. */
	void stop() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			waitFor();
		}
	}

	private void waitFor() {
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
