package dk.newsroom.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dk.newsroom.embedded.TokenMinter;
import dk.newsroom.security.SigningKeys;

import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Bearer tokens for tests, signed with a key pair generated once per JVM (never stored in
 * the repository). Every Spring test context is configured to trust it: see
 * {@link TestTokensContextCustomizerFactory}.
 */
public final class TestTokens {

	public static final String ISSUER = "urn:newsroom:test";

	public static final String AUDIENCE = "newsroom";

	private static final KeyPair keys = SigningKeys.generate();

	private static final TokenMinter minter = new TokenMinter(keys, ISSUER, AUDIENCE);

	private static final TokenMinter otherKey = new TokenMinter(SigningKeys.generate(), ISSUER, AUDIENCE);

	private static volatile Path publicKeyFile;

	private TestTokens() {
	}

	/** A valid token with these scopes. */
	public static String token(String... scopes) {
		return minter.mint("test-editor", List.of(scopes), Duration.ofHours(1));
	}

	/** {@code Bearer <token>} with these scopes. */
	public static String bearer(String... scopes) {
		return "Bearer " + token(scopes);
	}

	/** A client that sends a valid token with these scopes on every request. */
	public static WebTestClient authorized(WebTestClient client, String... scopes) {
		return client.mutate().defaultHeader("Authorization", bearer(scopes)).build();
	}

	/** A token with the scopes whose claims the caller changes, e.g. an expired one. */
	public static String token(Consumer<JwtClaimsSet.Builder> change, String... scopes) {
		JwtClaimsSet.Builder claims = minter.claims("test-editor", List.of(scopes));
		change.accept(claims);
		return minter.mint(claims.build());
	}

	public static String expired(String... scopes) {
		Instant past = Instant.now().minus(Duration.ofHours(2));
		return token((claims) -> claims.issuedAt(past).expiresAt(past.plus(Duration.ofMinutes(5))), scopes);
	}

	/** Otherwise valid, but signed with a key nobody trusts. */
	public static String signedByAnotherKey(String... scopes) {
		return otherKey.mint("test-editor", List.of(scopes), Duration.ofHours(1));
	}

	/** An unsecured JWT ({@code alg: none}, RFC 7519 §6) with otherwise valid claims. */
	public static String unsigned(String... scopes) {
		String[] parts = token(scopes).split("\\.");
		String header = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
		return header + "." + parts[1] + ".";
	}

	/** The trusted public key, written once to a temporary file for the applications. */
	static synchronized Path publicKeyFile() {
		if (publicKeyFile == null) {
			try {
				Path file = Files.createTempFile("newsroom-test-token-key", ".pem");
				file.toFile().deleteOnExit();
				publicKeyFile = SigningKeys.writePublicKey(keys, file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return publicKeyFile;
	}

	/**
	 * The resource-server settings that make an application trust these tokens; a child
	 * process gets them as {@code --name=value} arguments.
	 */
	public static Map<String, Object> applicationProperties() {
		return Map.of("spring.security.oauth2.resourceserver.jwt.public-key-location",
				publicKeyFile().toUri().toString(), "spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER,
				"spring.security.oauth2.resourceserver.jwt.audiences", AUDIENCE);
	}

	private static String base64Url(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
