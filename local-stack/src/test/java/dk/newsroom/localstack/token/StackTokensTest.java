package dk.newsroom.localstack.token;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import dk.newsroom.localstack.datadir.DataDir;
import dk.newsroom.security.SigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackTokensTest {

	@TempDir
	Path folder;

	@Test
	void createsTheKeyPairInTheDataFoldersSecurityFolderOnFirstUse() throws Exception {
		DataDir dataDir = new DataDir(this.folder.resolve("data")).create();

		StackTokens tokens = StackTokens.loadOrCreate(dataDir);

		assertThat(tokens.directory()).isEqualTo(this.folder.resolve("data/security"));
		assertThat(tokens.directory().resolve(SigningKeys.PUBLIC_KEY_FILE)).isRegularFile();
		assertThat(tokens.directory().resolve(SigningKeys.PRIVATE_KEY_FILE)).isRegularFile();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokens.directory())))
			.isEqualTo("rwx------");
		assertThat(PosixFilePermissions
			.toString(Files.getPosixFilePermissions(tokens.directory().resolve(SigningKeys.PRIVATE_KEY_FILE))))
			.isEqualTo("rw-------");
	}

	@Test
	void reusesTheKeyPairOnTheNextStartSoEarlierTokensStayValid() throws Exception {
		DataDir dataDir = new DataDir(this.folder).create();
		String earlier = StackTokens.loadOrCreate(dataDir)
			.mint("someone", StackTokens.WRITE_SCOPES, Duration.ofMinutes(5));
		String publicKey = Files.readString(StackTokens.publicKeyFile(dataDir));

		StackTokens again = StackTokens.loadOrCreate(dataDir);

		assertThat(Files.readString(StackTokens.publicKeyFile(dataDir))).isEqualTo(publicKey);
		assertThat(Tokens.verify(earlier, StackTokens.publicKeyFile(dataDir)).getSubject()).isEqualTo("someone");
		assertThat(StackTokens.load(dataDir).directory()).isEqualTo(again.directory());
	}

	@Test
	void mintsTokensForTheStacksIssuerAndAudienceThatVerifyAgainstThePublicKeyFile() throws Exception {
		DataDir dataDir = new DataDir(this.folder).create();
		StackTokens tokens = StackTokens.loadOrCreate(dataDir);

		Jwt jwt = Tokens.verify(tokens.mint("demo", StackTokens.WRITE_SCOPES, Duration.ofMinutes(5)),
				StackTokens.publicKeyFile(dataDir));

		assertThat(jwt.getClaimAsString("iss")).isEqualTo("urn:newsroom:local-stack");
		assertThat(jwt.getAudience()).containsExactly("newsroom");
		assertThat(jwt.getClaimAsString("scope")).isEqualTo("articles:write events:write people:write");
		assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void aTokenOfAnotherDataFolderDoesNotVerify() throws Exception {
		DataDir one = new DataDir(this.folder.resolve("one")).create();
		DataDir other = new DataDir(this.folder.resolve("other")).create();
		String token = StackTokens.loadOrCreate(one).mint("x", StackTokens.ALL_SCOPES, Duration.ofMinutes(1));
		StackTokens.loadOrCreate(other);

		assertThatThrownBy(() -> Tokens.verify(token, StackTokens.publicKeyFile(other)))
			.isInstanceOf(BadJwtException.class);
	}

	@Test
	void loadNeverCreatesAKeyAndSaysHowToGetOne() {
		DataDir dataDir = new DataDir(this.folder).create();

		assertThatThrownBy(() -> StackTokens.load(dataDir)).isInstanceOf(NoSigningKeyException.class)
			.hasMessageContaining(dataDir.security().toString())
			.hasMessageContaining("start the local stack once with ./run.sh");
		assertThat(dataDir.security()).doesNotExist();
	}

	@Test
	void tellsEachAppTheIssuerTheAudienceAndTheAbsolutePublicKeyFile() {
		DataDir dataDir = new DataDir(Path.of("/repo/data"));

		assertThat(StackTokens.resourceServerArguments(dataDir)).containsExactly(
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=urn:newsroom:local-stack",
				"--spring.security.oauth2.resourceserver.jwt.audiences=newsroom",
				"--spring.security.oauth2.resourceserver.jwt.public-key-location="
						+ "file:///repo/data/security/token-signing-key.pub.pem");
	}

	@Test
	void thePublicKeyLocationIsAbsoluteEvenForARelativeDataFolder() {
		List<String> arguments = StackTokens.resourceServerArguments(new DataDir(Path.of("data")));

		assertThat(arguments.get(2))
			.startsWith("--spring.security.oauth2.resourceserver.jwt.public-key-location=file:///")
			.endsWith(Path.of("data").toAbsolutePath().resolve("security/token-signing-key.pub.pem").toString());
	}

}
