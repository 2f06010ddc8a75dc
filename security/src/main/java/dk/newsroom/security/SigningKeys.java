package dk.newsroom.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * RSA signing keys for tokens that this platform mints itself: the local stack's dev
 * tokens and the tests' tokens. Production tokens come from a real issuer; these keys are
 * generated where they are used and never committed.
 */
public final class SigningKeys {

	/** The public half, PEM (X.509), as {@code public-key-location} reads it. */
	public static final String PUBLIC_KEY_FILE = "token-signing-key.pub.pem";

	/** The private half, PEM (PKCS #8), readable by the owner only. */
	public static final String PRIVATE_KEY_FILE = "token-signing-key.pem";

	private SigningKeys() {
	}

	public static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("RSA is not available", ex);
		}
	}

	/**
	 * The key pair in {@code directory}; generated and written there on first use.
	 */
	public static KeyPair loadOrCreate(Path directory) throws IOException {
		Path publicKey = directory.resolve(PUBLIC_KEY_FILE);
		Path privateKey = directory.resolve(PRIVATE_KEY_FILE);
		if (Files.exists(publicKey) && Files.exists(privateKey)) {
			try {
				return new KeyPair(parsePublicKey(Files.readString(publicKey)),
						parsePrivateKey(Files.readString(privateKey)));
			}
			catch (GeneralSecurityException ex) {
				throw new IOException("Unreadable signing key in " + directory + "; delete both files to start over",
						ex);
			}
		}
		KeyPair keys = generate();
		Files.createDirectories(directory);
		writeOwnerOnly(privateKey, pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
		Files.writeString(publicKey, pem("PUBLIC KEY", keys.getPublic().getEncoded()));
		return keys;
	}

	/** Writes the public half where {@code public-key-location} can read it. */
	public static Path writePublicKey(KeyPair keys, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		return Files.writeString(file, pem("PUBLIC KEY", keys.getPublic().getEncoded()));
	}

	public static RSAPublicKey parsePublicKey(String pem) throws GeneralSecurityException {
		return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
	}

	public static RSAPrivateKey parsePrivateKey(String pem) throws GeneralSecurityException {
		return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
	}

	private static byte[] der(String pem) throws GeneralSecurityException {
		String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new GeneralSecurityException("Not a PEM key", ex);
		}
	}

	private static String pem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

	private static void writeOwnerOnly(Path file, String content) throws IOException {
		Files.deleteIfExists(file);
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			Files.createFile(file);
		}
		Files.writeString(file, content);
	}

}
