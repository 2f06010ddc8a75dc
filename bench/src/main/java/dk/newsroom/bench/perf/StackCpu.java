package dk.newsroom.bench.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The CPU time the stack's processes used (user + system, from {@code /proc}), to say
 * what one request cost each of them. The apps are found by the pid files of the stack's
 * data folder; the launcher (the broker and the MongoDB stand-in) by the pid the script
 * gives. Linux only; elsewhere it measures nothing.
 */
final class StackCpu {

	/** Clock ticks a second of {@code /proc/<pid>/stat}; 100 on every Linux we run on. */
	private static final double TICKS_PER_SECOND = 100;

	private final Map<String, Long> pids = new LinkedHashMap<>();

	StackCpu(Path dataDir, @org.jspecify.annotations.Nullable String launcherPid) throws IOException {
		if (launcherPid != null) {
			this.pids.put("launcher (broker and store)", Long.parseLong(launcherPid));
		}
		Path run = dataDir.resolve("run");
		if (Files.isDirectory(run)) {
			try (var files = Files.list(run)) {
				files.filter((file) -> file.getFileName().toString().endsWith(".pid")).sorted().forEach((file) -> {
					try {
						this.pids.put(file.getFileName().toString().replace(".pid", ""),
								Long.parseLong(Files.readString(file).strip()));
					}
					catch (IOException | NumberFormatException ex) {
						// Not a pid file we can read: that process is not measured.
					}
				});
			}
		}
	}

	/**
	 * The pid of one of the processes ({@code gateway}, {@code articles-service}, ...).
	 */
	long pid(String process) {
		Long pid = this.pids.get(process);
		if (pid == null) {
			throw new IllegalStateException("no pid file of " + process + " in the stack's data folder");
		}
		return pid;
	}

	/** CPU seconds used so far, per process that can be read. */
	Map<String, Double> seconds() {
		Map<String, Double> used = new LinkedHashMap<>();
		this.pids.forEach((name, pid) -> {
			try {
				String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
				// Fields after the command (which may hold spaces) in parentheses.
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				used.put(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND);
			}
			catch (IOException | RuntimeException ex) {
				// Gone or not Linux: not measured.
			}
		});
		return used;
	}

	/** What each process used between two readings. */
	static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
		Map<String, Double> used = new LinkedHashMap<>();
		after.forEach((name, seconds) -> {
			Double start = before.get(name);
			if (start != null) {
				used.put(name, seconds - start);
			}
		});
		return used;
	}

	/** Holds a process (every thread of it) to these CPUs ({@code taskset}). */
	static void hold(long pid, String cpus) {
		try {
			Process taskset = new ProcessBuilder("taskset", "-a", "-c", "-p", cpus, Long.toString(pid))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!taskset.waitFor(30, TimeUnit.SECONDS) || taskset.exitValue() != 0) {
				throw new IllegalStateException("taskset could not hold process " + pid + " to CPUs " + cpus);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
