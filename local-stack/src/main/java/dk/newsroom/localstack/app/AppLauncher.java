package dk.newsroom.localstack.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts an app as {@code java <options> -jar <jar> <arguments>}, its output going to
 * {@code <logs>/<app>.log} (the previous run's log kept as {@code <app>.previous.log}),
 * its pid to {@code <run>/<app>.pid}.
 */
public final class AppLauncher {

	private final Path java;

	private final List<String> jvmOptions;

	private final Path workingDir;

	private final Path logDir;

	private final PidFiles pidFiles;

	public AppLauncher(Path java, List<String> jvmOptions, Path workingDir, Path logDir, PidFiles pidFiles) {
		this.java = java;
		this.jvmOptions = List.copyOf(jvmOptions);
		this.workingDir = workingDir;
		this.logDir = logDir;
		this.pidFiles = pidFiles;
	}

	/** The {@code java} of the JVM running the launcher. */
	public static Path currentJava() {
		return Path.of(System.getProperty("java.home"), "bin", "java");
	}

	public List<String> command(App app) {
		List<String> command = new ArrayList<>();
		command.add(this.java.toString());
		command.addAll(this.jvmOptions);
		command.add("-jar");
		command.add(app.jar().toString());
		command.addAll(app.arguments());
		return command;
	}

	public Path logFile(App app) {
		return this.logDir.resolve(app.name() + ".log");
	}

	public RunningApp launch(App app) {
		Path log = logFile(app);
		List<String> command = command(app);
		try {
			startLog(log, command);
			Process process = new ProcessBuilder(command).directory(this.workingDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(Redirect.appendTo(log.toFile()))
				.start();
			this.pidFiles.write(app.name(), process.pid());
			return new RunningApp(app, process, log, this.pidFiles);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + app.name() + " (" + String.join(" ", command) + ")", ex);
		}
	}

	private static void startLog(Path log, List<String> command) throws IOException {
		if (Files.exists(log)) {
			Files.move(log, log.resolveSibling(log.getFileName().toString().replace(".log", ".previous.log")),
					StandardCopyOption.REPLACE_EXISTING);
		}
		String header = "# " + Instant.now() + " started by the local stack: " + String.join(" ", command) + "\n";
		Files.writeString(log, header, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING);
	}

}
