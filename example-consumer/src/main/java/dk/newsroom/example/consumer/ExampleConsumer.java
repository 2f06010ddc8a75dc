package dk.newsroom.example.consumer;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a copy of the three content topics and prints a line per record:
 *
 * <pre>
 * java -jar example-consumer/target/newsroom-example-consumer-exec.jar [bootstrap-servers]
 * </pre>
 *
 * The bootstrap servers default to {@code localhost:9092}, the local stack's broker.
 * Ctrl-C stops it.
 */
public final class ExampleConsumer {

	private static final JsonMapper json = JsonMapper.builder().build();

	private ExampleConsumer() {
	}

	public static void main(String[] args) {
		String bootstrapServers = (args.length > 0) ? args[0] : "localhost:9092";
		// UTF-8 whatever the terminal's locale, so æ, ø and å come out right.
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		ContentCopy copy = new ContentCopy();
		ContentCopyConsumer consumer = new ContentCopyConsumer(bootstrapServers, copy,
				new ContentCopyConsumer.Listener() {

					@Override
					public void onChange(Change change, ContentCopy.Outcome outcome) {
						out.println(describe(change, outcome));
					}

					@Override
					public void onCaughtUp() {
						out.printf("-- caught up: %d articles, %d events, %d notices; following new changes%n",
								copy.size(ContentType.ARTICLE), copy.size(ContentType.EVENT),
								copy.size(ContentType.PERSON));
					}

				});
		Runtime.getRuntime().addShutdownHook(new Thread(consumer::close, "content-copy-shutdown"));
		out.println("-- reading " + String.join(", ", ContentType.standardTopics().keySet()) + " from "
				+ bootstrapServers + " (Ctrl-C stops)");
		consumer.start();
	}

	/**
	 * E.g. {@code updated  article 6b08…  v2  PUBLISHED  Østjysk it-firma åbner nyt
	 * datacenter i Århus}.
	 */
	static String describe(Change change, ContentCopy.Outcome outcome) {
		String line = String.format("%-14s %-7s %s v%d", outcome.name().toLowerCase(), change.type().label(),
				change.id(), change.version());
		if (change.isDeletion()) {
			return line;
		}
		JsonNode resource = json.readTree(change.json());
		return line + "  " + resource.path("status").asString("") + "  " + title(change.type(), resource);
	}

	private static String title(ContentType type, JsonNode resource) {
		return switch (type) {
			case ARTICLE -> resource.path("headline").asString("");
			case EVENT -> resource.path("title").asString("");
			case PERSON ->
				resource.path("person").path("name").asString("") + ", " + resource.path("company").asString("");
		};
	}

}
