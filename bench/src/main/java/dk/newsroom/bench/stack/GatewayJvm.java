package dk.newsroom.bench.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The gateway's JVM, seen from outside: its process (for {@code jcmd GC.run}) and its
 * management port (for the heap and feed gauges). The process is the one named by
 * {@code --gateway-pid}, else by the local stack's {@code <data>/run/gateway.pid}, else
 * the only JVM {@code jps -l} lists as running {@code gateway.jar}. Without one, heap
 * figures are not measured (a heap read without a full GC before it says little).
 */
public final class GatewayJvm {

	private static final String PROMETHEUS = "/actuator/prometheus";

	private final Long pid;

	private final String pidSource;

	private final HttpClient management;

	private GatewayJvm(Long pid, String pidSource, HttpClient management) {
		this.pid = pid;
		this.pidSource = pidSource;
		this.management = management;
	}

	public static GatewayJvm find(Long pid, Path dataDir, URI management, HttpClient client) {
		HttpClient managementClient = client.baseUrl(management.toString());
		if (pid != null) {
			return new GatewayJvm(pid, "--gateway-pid", managementClient);
		}
		Path pidFile = dataDir.resolve("run").resolve("gateway.pid");
		try {
			if (Files.isRegularFile(pidFile)) {
				long fromFile = Long.parseLong(Files.readString(pidFile).strip());
				if (ProcessHandle.of(fromFile).map(ProcessHandle::isAlive).orElse(false)) {
					return new GatewayJvm(fromFile, pidFile.toString(), managementClient);
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// try jps
		}
		List<Long> gateways = new ArrayList<>();
		for (String line : run(jdkTool("jps"), "-l").split("\n")) {
			String[] parts = line.strip().split("\\s+", 2);
			if (parts.length == 2 && parts[1].endsWith("gateway.jar")) {
				gateways.add(Long.parseLong(parts[0]));
			}
		}
		return (gateways.size() == 1) ? new GatewayJvm(gateways.get(0), "jps -l", managementClient)
				: new GatewayJvm(null,
						(gateways.isEmpty() ? "no gateway.jar in jps -l"
								: "several gateway.jar in jps -l " + gateways + "; pass --gateway-pid"),
						managementClient);
	}

	public Optional<Long> pid() {
		return Optional.ofNullable(this.pid);
	}

	/** Where the pid came from, or why there is none. */
	public String pidSource() {
		return this.pidSource;
	}

	/**
	 * The gateway's JVM options ({@code jcmd VM.command_line}), or why they are unknown.
	 */
	public String jvmArguments() {
		if (this.pid == null) {
			return "unknown (no gateway process)";
		}
		for (String line : run(jdkTool("jcmd"), this.pid.toString(), "VM.command_line").split("\n")) {
			if (line.startsWith("jvm_args:")) {
				return line.substring("jvm_args:".length()).strip();
			}
		}
		return "unknown (jcmd VM.command_line printed no jvm_args)";
	}

	/**
	 * Two full GCs ({@code jcmd GC.run}), a short pause, then the gauges; without a
	 * gateway process, the gauges alone ({@code gcForced} false).
	 */
	public GatewaySample sampleAfterGc() {
		boolean forced = false;
		if (this.pid != null) {
			for (int i = 0; i < 2; i++) {
				run(jdkTool("jcmd"), this.pid.toString(), "GC.run");
				sleep(300);
			}
			forced = true;
		}
		return sample(forced);
	}

	public GatewaySample sample() {
		return sample(false);
	}

	private GatewaySample sample(boolean gcForced) {
		String text = this.management.get().uri(PROMETHEUS).responseSingle((response, body) -> {
			if (response.status().code() != 200) {
				return body.asString()
					.defaultIfEmpty("")
					.flatMap((b) -> Mono.error(new IllegalStateException(
							"GET " + PROMETHEUS + " on the management port: " + response.status())));
			}
			return body.asString(StandardCharsets.UTF_8);
		}).block();
		Double heap = Prometheus.sum(text, "jvm_memory_used_bytes", Map.of("area", "heap"));
		if (heap == null) {
			throw new IllegalStateException("the gateway's " + PROMETHEUS + " has no jvm_memory_used_bytes");
		}
		Double live = Prometheus.sum(text, "jvm_gc_live_data_size_bytes", Map.of());
		Double items = Prometheus.sum(text, "newsroom_feed_items", Map.of());
		Double clients = Prometheus.sum(text, "newsroom_feed_stream_clients", Map.of());
		return new GatewaySample(gcForced, heap.longValue(), (live != null && gcForced) ? live.longValue() : null,
				(items != null) ? items.longValue() : -1, (clients != null) ? clients.longValue() : -1);
	}

	/** The tool next to the running {@code java}, else on the PATH. */
	private static String jdkTool(String name) {
		Optional<String> java = ProcessHandle.current().info().command();
		if (java.isPresent()) {
			Path tool = Path.of(java.get()).resolveSibling(name);
			if (Files.isExecutable(tool)) {
				return tool.toString();
			}
		}
		return name;
	}

	private static String run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + out.strip());
			}
			return out;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot run " + command[0] + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
