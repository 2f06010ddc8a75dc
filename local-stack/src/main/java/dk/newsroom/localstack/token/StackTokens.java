package dk.newsroom.localstack.token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dk.newsroom.embedded.TokenMinter;
import dk.newsroom.localstack.datadir.DataDir;
import dk.newsroom.security.Scopes;
import dk.newsroom.security.SigningKeys;

/**
 * The local stack's token issuer: an RSA key pair in {@code <data>/security/}, created on
 * the first start and reused afterwards (the data folder is never committed). The apps
 * are told to trust tokens signed with it, for the issuer {@value #ISSUER} and the
 * audience {@value #AUDIENCE}; the launcher and {@code ./dev-token.sh} mint them.
 */
public final class StackTokens {

	/** The {@code iss} of every local stack token, and the apps' {@code issuer-uri}. */
	public static final String ISSUER = "urn:newsroom:local-stack";

	/** The {@code aud} of every local stack token, and the apps' {@code audiences}. */
	public static final String AUDIENCE = "newsroom";

	/** What the demo load needs: writing every content type. */
	public static final List<String> WRITE_SCOPES = List.of(Scopes.ARTICLES_WRITE, Scopes.EVENTS_WRITE,
			Scopes.PEOPLE_WRITE);

	/** Every scope the platform knows, the dev token's default. */
	public static final List<String> ALL_SCOPES = List.of(Scopes.ARTICLES_WRITE, Scopes.EVENTS_WRITE,
			Scopes.PEOPLE_WRITE, Scopes.DRAFTS_READ, Scopes.WEBHOOKS_ADMIN);

	private static final String JWT_PROPERTY = "spring.security.oauth2.resourceserver.jwt.";

	private final Path directory;

	private final TokenMinter minter;

	private StackTokens(Path directory, KeyPair keys) {
		this.directory = directory;
		this.minter = new TokenMinter(keys, ISSUER, AUDIENCE);
	}

	/**
	 * The key pair of this data folder, created (private half readable by the owner only)
	 * if there is none yet.
	 * @param dataDir the data folder
	 * @return the issuer
	 * @throws IOException if the key cannot be written, or a key is there but unreadable
	 */
	public static StackTokens loadOrCreate(DataDir dataDir) throws IOException {
		Path directory = dataDir.security();
		if (!Files.isDirectory(directory)) {
			createOwnerOnly(directory);
		}
		return new StackTokens(directory, SigningKeys.loadOrCreate(directory));
	}

	/**
	 * The key pair an earlier start created; never creates one, since the running apps
	 * would not trust it.
	 * @param dataDir the data folder
	 * @return the issuer
	 * @throws NoSigningKeyException if no local stack has created a key there yet
	 * @throws IOException if the key cannot be read
	 */
	public static StackTokens load(DataDir dataDir) throws IOException {
		Path directory = dataDir.security();
		if (!Files.isRegularFile(directory.resolve(SigningKeys.PUBLIC_KEY_FILE))
				|| !Files.isRegularFile(directory.resolve(SigningKeys.PRIVATE_KEY_FILE))) {
			throw new NoSigningKeyException(directory);
		}
		return new StackTokens(directory, SigningKeys.loadOrCreate(directory));
	}

	/**
	 * @param dataDir the data folder
	 * @return the public key file the apps verify tokens with
	 */
	public static Path publicKeyFile(DataDir dataDir) {
		return dataDir.security().resolve(SigningKeys.PUBLIC_KEY_FILE).toAbsolutePath().normalize();
	}

	/**
	 * The resource-server properties every app needs to start: trust this stack's issuer,
	 * audience and public key.
	 * @param dataDir the data folder
	 * @return the command-line arguments
	 */
	public static List<String> resourceServerArguments(DataDir dataDir) {
		return List.of("--" + JWT_PROPERTY + "issuer-uri=" + ISSUER, "--" + JWT_PROPERTY + "audiences=" + AUDIENCE,
				"--" + JWT_PROPERTY + "public-key-location=" + publicKeyFile(dataDir).toUri());
	}

	/** The folder holding the key pair. */
	public Path directory() {
		return this.directory;
	}

	/**
	 * @param subject who the token speaks for
	 * @param scopes what it allows
	 * @param lifetime how long it is valid from now
	 * @return a signed token
	 */
	public String mint(String subject, Collection<String> scopes, Duration lifetime) {
		return mint(subject, scopes, Instant.now(), lifetime);
	}

	/**
	 * @param subject who the token speaks for
	 * @param scopes what it allows
	 * @param issuedAt when it is issued (valid from then)
	 * @param lifetime how long it is valid from then
	 * @return a signed token
	 */
	public String mint(String subject, Collection<String> scopes, Instant issuedAt, Duration lifetime) {
		return this.minter
			.mint(this.minter.claims(subject, scopes).issuedAt(issuedAt).expiresAt(issuedAt.plus(lifetime)).build());
	}

	private static void createOwnerOnly(Path directory) throws IOException {
		Files.createDirectories(directory.toAbsolutePath().getParent());
		try {
			Files.createDirectory(directory,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createDirectory(directory);
		}
	}

}
