package dk.newsroom.bench.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Bearer tokens minted by the local stack's {@code ./dev-token.sh}. The token's subject
 * is {@code dev-token:<user.name>}, and the gateway's rate limit gives every subject a
 * budget of its own; so each token is minted with its own {@code user.name} (passed in
 * {@code LOCAL_STACK_JAVA_OPTS}, which the script hands to its JVM):
 * {@code dev-token:load-<run>-<name>}. The run id keeps a run from starting on the budget
 * an earlier run used up.
 */
public final class DevTokens {

	private final Path script;

	private final String run;

	public DevTokens(Path script, String run) {
		this.script = script;
		this.run = run;
	}

	/** A token valid for 2 hours. */
	public Token mint(String name, String... scopes) {
		String user = "load-" + this.run + "-" + name;
		List<String> command = new ArrayList<>(List.of(this.script.toString(), "--ttl", "2h"));
		command.addAll(List.of(scopes));
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> env = builder.environment();
		env.put("LOCAL_STACK_JAVA_OPTS",
				(env.getOrDefault("LOCAL_STACK_JAVA_OPTS", "") + " -Duser.name=" + user).strip());
		try {
			Process process = builder.start();
			byte[] out = process.getInputStream().readAllBytes();
			byte[] err = process.getErrorStream().readAllBytes();
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(
						this.script + " failed: " + new String(err, StandardCharsets.UTF_8).strip());
			}
			return new Token("dev-token:" + user, new String(out, StandardCharsets.UTF_8).strip());
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot run " + this.script + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	/** A bearer token and the subject it was minted for. */
	public record Token(String subject, String value) {

		public String header() {
			return "Bearer " + this.value;
		}

		/** The same token with a byte of its signature changed: no key verifies it. */
		public String tampered() {
			int signature = this.value.lastIndexOf('.') + 1;
			int at = signature + (this.value.length() - signature) / 2;
			char changed = (this.value.charAt(at) == 'A') ? 'B' : 'A';
			return this.value.substring(0, at) + changed + this.value.substring(at + 1);
		}

		@Override
		public String toString() {
			return this.subject;
		}

	}

}
