package dk.newsroom.localstack.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dk.newsroom.localstack.datadir.DataDir;
import dk.newsroom.localstack.settings.StackSettings;
import dk.newsroom.localstack.token.StackTokens;

/**
 * Every app the stack can run, services (the content services, then webhooks-service)
 * before the gateway. A new content service is one line in {@link #SERVICES}: the
 * launcher then starts it with its own database, the broker and the stack's token issuer,
 * tells the gateway its URL, and lets its port be set by {@code newsroom.<key>.port}. The
 * gateway's actuator runs on a management port of its own
 * ({@code newsroom.gateway.management-port}).
 */
public final class AppTable {

	/** The content services (docs/design.md §1). */
	static final List<Service> SERVICES = List.of(new Service("articles", 8081), new Service("events", 8082),
			new Service("people", 8083));

	/**
	 * webhooks-service (docs/webhooks.md): started like a content service, but owning no
	 * content. Here, and only here, it may deliver to plain {@code http} receivers on
	 * this machine.
	 */
	static final Service WEBHOOKS = new Service("webhooks", 8084);

	/**
	 * The local stack's exemptions from the webhook targets' rules: receivers on this
	 * machine.
	 */
	static final List<String> WEBHOOK_TARGETS = List.of("--newsroom.webhooks.targets.allow-http=true",
			"--newsroom.webhooks.targets.allowed-hosts=localhost,127.0.0.0/8,::1");

	static final int GATEWAY_PORT = 8080;

	private AppTable() {
	}

	public static List<App> of(StackSettings settings) {
		String kafka = "localhost:" + settings.kafkaPort();
		String mongo = "mongodb://localhost:" + settings.mongoPort() + "/";
		// Every app trusts the tokens signed with the stack's key (see StackTokens).
		List<String> tokens = StackTokens.resourceServerArguments(new DataDir(settings.dataDir()));
		int gatewayPort = settings.appPort("gateway", GATEWAY_PORT);
		int gatewayManagementPort = settings.gatewayManagementPort();
		List<App> apps = new ArrayList<>();
		List<String> gatewayArguments = new ArrayList<>(List.of("--server.port=" + gatewayPort,
				"--management.server.port=" + gatewayManagementPort, "--spring.kafka.bootstrap-servers=" + kafka));
		List<Service> services = new ArrayList<>(SERVICES);
		services.add(WEBHOOKS);
		for (Service service : services) {
			int port = settings.appPort(service.key(), service.port());
			List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
					"--spring.mongodb.uri=" + mongo + service.database(), "--spring.kafka.bootstrap-servers=" + kafka));
			if (service == WEBHOOKS) {
				arguments.addAll(WEBHOOK_TARGETS);
			}
			arguments.addAll(tokens);
			apps.add(new App(service.name(), jar(settings.home(), service.name()), port,
					StackSettings.appPortKey(service.key()), arguments));
			gatewayArguments.add("--newsroom.services." + service.key() + "-url=http://localhost:" + port);
		}
		// The search index on disk beside the broker's data: a restart continues from it.
		gatewayArguments.add("--newsroom.search.directory=" + settings.dataDir().resolve("gateway-search"));
		gatewayArguments.addAll(tokens);
		apps.add(new App("gateway", jar(settings.home(), "gateway"), gatewayPort, StackSettings.appPortKey("gateway"),
				gatewayArguments, gatewayManagementPort, StackSettings.GATEWAY_MANAGEMENT_PORT));
		return List.copyOf(apps);
	}

	/**
	 * @param collection an API collection such as {@code articles}
	 * @return the name of the service that owns it, e.g. {@code articles-service}
	 */
	public static String ownerOf(String collection) {
		return SERVICES.stream()
			.filter((service) -> service.key().equals(collection))
			.map(Service::name)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No service owns /api/" + collection));
	}

	/**
	 * @param service a service's name, e.g. {@code people-service}
	 * @return the path of its main collection: {@code /api/people}, and for
	 * webhooks-service {@code /api/webhooks/subscriptions}
	 */
	public static String apiPath(String service) {
		String key = service.substring(0, service.length() - "-service".length());
		return key.equals(WEBHOOKS.key()) ? "/api/webhooks/subscriptions" : "/api/" + key;
	}

	/** Each module builds {@code <module>/target/<module>.jar}. */
	private static Path jar(Path home, String module) {
		return home.resolve(module).resolve("target").resolve(module + ".jar");
	}

	/**
	 * @param key the short name: API collection ({@code /api/<key>}), MongoDB database
	 * and port setting ({@code newsroom.<key>.port})
	 * @param port the usual port
	 */
	record Service(String key, int port) {

		String name() {
			return this.key + "-service";
		}

		String database() {
			return this.key;
		}

	}

}
