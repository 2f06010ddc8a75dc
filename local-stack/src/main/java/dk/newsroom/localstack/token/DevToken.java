package dk.newsroom.localstack.token;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.newsroom.localstack.datadir.DataDir;
import dk.newsroom.localstack.settings.InvalidSettingException;
import dk.newsroom.localstack.settings.SettingSource;
import dk.newsroom.localstack.settings.StackSettings;

/**
 * {@code ./dev-token.sh [--ttl 12h] [scope ...]}: prints a bearer token for the local
 * stack, signed with the key in its data folder ({@code NEWSROOM_DATA_DIR}, as
 * {@code ./run.sh} uses it). Only the token goes to standard output, so
 * {@code TOKEN=$(./dev-token.sh articles:write)} captures it; what it allows and until
 * when goes to standard error.
 */
public final class DevToken {

	static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

	private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)([smhd])");

	private static final String USAGE = """
			Usage: ./dev-token.sh [--ttl DURATION] [SCOPE ...]
			Prints a bearer token for the local stack, signed with the key in its data folder (NEWSROOM_DATA_DIR).
			  SCOPE          articles:write, events:write, people:write, drafts:read, webhooks:admin (default: all five)
			  --ttl DURATION how long the token is valid: 90s, 30m, 12h, 2d or ISO-8601 such as PT1H (default: 12h)
			Example: TOKEN=$(./dev-token.sh articles:write)
			         curl -H "Authorization: Bearer $TOKEN" ...
			""";

	private DevToken() {
	}

	public static void main(String[] args) {
		// The launcher's logback.xml writes to the data folder; a token needs no log at
		// all.
		if (System.getProperty("slf4j.provider") == null) {
			System.setProperty("slf4j.provider", "org.slf4j.helpers.NOPServiceProvider");
		}
		int code;
		try {
			Path dataDir = StackSettings.dataDir(SettingSource.system(), Path.of(""),
					System.getProperty("java.class.path"));
			code = run(args, new DataDir(dataDir), System.out, System.err);
		}
		catch (InvalidSettingException ex) {
			System.err.println("dev-token: " + ex.getMessage());
			code = 2;
		}
		System.out.flush();
		System.exit(code);
	}

	/**
	 * @param args the command line
	 * @param dataDir the local stack's data folder
	 * @param out receives the token, and nothing else
	 * @param err receives what the token allows, or why there is none
	 * @return the exit code: 0 with a token, 1 without a key, 2 for a bad command line
	 */
	static int run(String[] args, DataDir dataDir, PrintStream out, PrintStream err) {
		Duration lifetime = DEFAULT_LIFETIME;
		Set<String> scopes = new LinkedHashSet<>();
		try {
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("-h") || arg.equals("--help")) {
					err.print(USAGE);
					return 0;
				}
				else if (arg.equals("--ttl")) {
					if (i + 1 == args.length) {
						throw new IllegalArgumentException("--ttl needs a duration, e.g. --ttl 30m");
					}
					lifetime = lifetime(args[++i]);
				}
				else if (arg.startsWith("--ttl=")) {
					lifetime = lifetime(arg.substring("--ttl=".length()));
				}
				else if (arg.startsWith("-")) {
					throw new IllegalArgumentException("unknown option " + arg);
				}
				else {
					scopes.addAll(List.of(arg.strip().split("[\\s,]+")));
				}
			}
		}
		catch (IllegalArgumentException ex) {
			err.println("dev-token: " + ex.getMessage());
			err.print(USAGE);
			return 2;
		}
		scopes.remove("");
		if (scopes.isEmpty()) {
			scopes.addAll(StackTokens.ALL_SCOPES);
		}
		List<String> unknown = new ArrayList<>(scopes);
		unknown.removeAll(StackTokens.ALL_SCOPES);
		if (!unknown.isEmpty()) {
			err.println("dev-token: note: " + unknown + " is not among the platform's scopes " + StackTokens.ALL_SCOPES
					+ "; the token carries it anyway");
		}
		StackTokens tokens;
		try {
			tokens = StackTokens.load(dataDir);
		}
		catch (NoSigningKeyException ex) {
			err.println("dev-token: " + ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			err.println("dev-token: " + ex.getMessage());
			return 1;
		}
		Instant now = Instant.now();
		String token = tokens.mint(subject(), scopes, now, lifetime);
		// As the token says it: in whole seconds.
		Instant expires = now.plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
		out.println(token);
		err.println("dev-token: scopes " + String.join(" ", scopes) + "; expires " + expires + " (in "
				+ lifetime.toString().substring(2).toLowerCase(Locale.ROOT) + "); issuer " + StackTokens.ISSUER
				+ ", key " + tokens.directory());
		return 0;
	}

	/**
	 * @param text {@code 90s}, {@code 30m}, {@code 12h}, {@code 2d} or an ISO-8601
	 * duration
	 * @return the positive duration it names
	 */
	static Duration lifetime(String text) {
		Duration lifetime;
		Matcher matcher = SHORT_DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
		try {
			if (matcher.matches()) {
				long amount = Long.parseLong(matcher.group(1));
				lifetime = switch (matcher.group(2)) {
					case "s" -> Duration.ofSeconds(amount);
					case "m" -> Duration.ofMinutes(amount);
					case "h" -> Duration.ofHours(amount);
					default -> Duration.ofDays(amount);
				};
			}
			else {
				lifetime = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
			}
		}
		catch (DateTimeParseException | ArithmeticException | NumberFormatException ex) {
			throw new IllegalArgumentException(
					"--ttl must be a duration such as 90s, 30m, 12h, 2d or PT1H, not '" + text + "'");
		}
		if (lifetime.isNegative() || lifetime.isZero()) {
			throw new IllegalArgumentException("--ttl must be positive, not '" + text + "'");
		}
		return lifetime;
	}

	private static String subject() {
		String user = System.getProperty("user.name");
		return "dev-token:" + ((user == null || user.isBlank()) ? "developer" : user);
	}

}
