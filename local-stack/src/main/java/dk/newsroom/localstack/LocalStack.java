package dk.newsroom.localstack;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.newsroom.localstack.app.App;
import dk.newsroom.localstack.app.AppLauncher;
import dk.newsroom.localstack.app.AppNotReadyException;
import dk.newsroom.localstack.app.AppTable;
import dk.newsroom.localstack.app.ExecutableJar;
import dk.newsroom.localstack.app.PidFiles;
import dk.newsroom.localstack.app.ReadinessProbe;
import dk.newsroom.localstack.app.RunningApp;
import dk.newsroom.localstack.backend.Backends;
import dk.newsroom.localstack.datadir.DataDir;
import dk.newsroom.localstack.datadir.DataDirInUseException;
import dk.newsroom.localstack.datadir.DataDirLock;
import dk.newsroom.localstack.port.PortCheck;
import dk.newsroom.localstack.port.PortsInUseException;
import dk.newsroom.localstack.settings.SettingSource;
import dk.newsroom.localstack.settings.StackSettings;
import dk.newsroom.localstack.token.StackTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole platform on one machine: the Kafka broker and the MongoDB stand-in in
 * this JVM, each app as a child process, the demo content on the first start. Ctrl-C
 * stops everything; the data stays in the data folder for the next start.
 */
public final class LocalStack {

	/** Tells logback (see logback.xml) where the launcher's own log goes. */
	static final String LOG_DIR_PROPERTY = "newsroom.local-stack.log-dir";

	private final StackSettings settings;

	private final DataDir dataDir;

	private final StackTokens tokens;

	private final Logger log = LoggerFactory.getLogger(LocalStack.class);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private LocalStack(StackSettings settings, DataDir dataDir, StackTokens tokens) {
		this.settings = settings;
		this.dataDir = dataDir;
		this.tokens = tokens;
	}

	public static void main(String[] args) throws InterruptedException {
		StackSettings settings;
		DataDir dataDir;
		DataDirLock lock;
		StackTokens tokens;
		try {
			settings = StackSettings.fromSystem();
			dataDir = new DataDir(settings.dataDir()).create();
			// Locked before anything touches the folder, its logs included.
			lock = DataDirLock.acquire(dataDir.lockFile());
			keepPreviousLog(dataDir.logs().resolve("local-stack.log"));
			// The apps trust tokens signed with this key; created on the first start.
			tokens = StackTokens.loadOrCreate(dataDir);
		}
		catch (DataDirInUseException ex) {
			System.err.println(ex.getMessage());
			System.exit(1);
			return;
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("local-stack: " + ex.getMessage());
			System.exit(2);
			return;
		}
		System.setProperty(LOG_DIR_PROPERTY, dataDir.logs().toString());
		new LocalStack(settings, dataDir, tokens).run(new Stack(lock));
	}

	private void run(Stack stack) throws InterruptedException {
		long start = System.nanoTime();
		Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
		try {
			List<App> apps = runnableApps();
			checkPorts(apps);
			Backends backends = stack.startBackends(
					() -> Backends.start(this.dataDir, this.settings.kafkaPort(), this.settings.mongoPort()));
			startApps(stack, apps);
			if (this.settings.loadDemo()) {
				new DemoStep(this.http, this.dataDir, this.tokens).run(apps);
			}
			System.out.print(Banner.text(apps, backends.kafkaBootstrapServers(), backends.mongoConnectionString(),
					this.dataDir.root(), this.dataDir.logs(), this.tokens.directory(),
					Duration.ofNanos(System.nanoTime() - start)));
			System.out.flush();
		}
		catch (PortsInUseException | AppNotReadyException ex) {
			fail(ex.getMessage());
		}
		catch (InterruptedException ex) {
			// Ctrl-C during the start: the shutdown hook is stopping what runs.
		}
		catch (RuntimeException ex) {
			if (!stack.isStopping()) {
				this.log.error("Cannot start the local stack", ex);
				System.exit(1);
			}
		}
		stack.awaitStopped();
	}

	/** The apps whose jar is built; the others are skipped with a hint. */
	private List<App> runnableApps() {
		List<App> runnable = new ArrayList<>();
		for (App app : AppTable.of(this.settings)) {
			Optional<String> problem = ExecutableJar.problem(app.jar());
			if (problem.isEmpty()) {
				runnable.add(app);
			}
			else {
				this.log.warn("Skipping {}: {} {} (build it with ./mvnw -B -q -DskipTests install).", app.name(),
						this.settings.home().relativize(app.jar()), problem.get());
			}
		}
		return runnable;
	}

	private void checkPorts(List<App> apps) {
		Map<String, Integer> owners = new LinkedHashMap<>();
		owners.put(owner("Kafka broker", StackSettings.KAFKA_PORT), this.settings.kafkaPort());
		owners.put(owner("MongoDB stand-in", StackSettings.MONGO_PORT), this.settings.mongoPort());
		for (App app : apps) {
			owners.put(owner(app.name(), app.portSetting()), app.port());
			if (app.hasManagementPort()) {
				owners.put(owner(app.name() + " management", app.managementPortSetting()), app.managementPort());
			}
		}
		try {
			PortCheck.requireFree(owners);
		}
		catch (PortsInUseException ex) {
			List<String> problems = new ArrayList<>(ex.problems());
			List<PidFiles.Leftover> leftovers = new PidFiles(this.dataDir.run()).leftovers(AppTable.of(this.settings));
			if (!leftovers.isEmpty()) {
				problems.add("still running from an earlier start: " + leftovers + "; stop them with kill "
						+ String.join(" ", leftovers.stream().map((left) -> Long.toString(left.pid())).toList()));
			}
			problems
				.add("each port can be changed with the environment variable (or -D system property) named beside it");
			throw new PortsInUseException(problems);
		}
	}

	private static String owner(String what, String portSetting) {
		return what + ", " + SettingSource.environmentName(portSetting);
	}

	private void startApps(Stack stack, List<App> apps) throws InterruptedException {
		if (apps.isEmpty()) {
			this.log.warn("No app is built: only the broker and MongoDB run.");
			return;
		}
		AppLauncher launcher = new AppLauncher(AppLauncher.currentJava(), this.settings.appJvmOptions(),
				this.settings.home(), this.dataDir.logs(), new PidFiles(this.dataDir.run()));
		List<RunningApp> running = new ArrayList<>();
		for (App app : apps) {
			running.add(stack.launch(() -> launcher.launch(app)));
		}
		this.log.info("Starting {} (logs in {}) ...", apps.stream().map(App::name).toList(), this.dataDir.logs());
		ReadinessProbe probe = new ReadinessProbe(this.http, this.settings.readyTimeout());
		for (RunningApp app : running) {
			Duration took = probe.awaitReady(app, stack::isStopping);
			this.log.info("{} is ready on {} ({} s)", app.app().name(), app.app().baseUrl(),
					String.format("%.1f", took.toMillis() / 1000.0));
			stack.watch(app);
		}
	}

	private void fail(String message) {
		this.log.error(message);
		System.exit(1);
	}

	private static void keepPreviousLog(Path log) throws IOException {
		if (Files.exists(log)) {
			Files.move(log, log.resolveSibling("local-stack.previous.log"), StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
