package dk.newsroom.localstack.token;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import dk.newsroom.localstack.datadir.DataDir;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevTokenTest {

	@TempDir
	Path folder;

	private DataDir dataDir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void dataDir() {
		this.dataDir = new DataDir(this.folder.resolve("data")).create();
	}

	@Test
	void printsOnlyATokenWithEveryScopeValidFor12HoursByDefault() throws Exception {
		StackTokens.loadOrCreate(this.dataDir);

		int code = run();

		assertThat(code).isZero();
		assertThat(out()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+\n");
		Jwt jwt = Tokens.verify(out().strip(), StackTokens.publicKeyFile(this.dataDir));
		assertThat(jwt.getClaimAsString("iss")).isEqualTo("urn:newsroom:local-stack");
		assertThat(jwt.getAudience()).containsExactly("newsroom");
		assertThat(jwt.getClaimAsString("scope"))
			.isEqualTo("articles:write events:write people:write drafts:read webhooks:admin");
		assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofHours(12));
		assertThat(jwt.getSubject()).startsWith("dev-token:");
	}

	@Test
	void carriesTheScopesAskedFor() throws Exception {
		StackTokens.loadOrCreate(this.dataDir);

		run("articles:write", "drafts:read");

		Jwt jwt = Tokens.verify(out().strip(), StackTokens.publicKeyFile(this.dataDir));
		assertThat(jwt.getClaimAsString("scope")).isEqualTo("articles:write drafts:read");
	}

	@Test
	void tellsTheScopesAndTheExpiryOnStandardErrorOnly() throws Exception {
		StackTokens.loadOrCreate(this.dataDir);

		run("events:write");

		Jwt jwt = Tokens.verify(out().strip(), StackTokens.publicKeyFile(this.dataDir));
		assertThat(err()).contains("scopes events:write")
			.contains("expires " + jwt.getExpiresAt())
			.contains(this.dataDir.security().toString());
		assertThat(out()).doesNotContain("events:write");
	}

	@Test
	void takesADifferentLifetime() throws Exception {
		StackTokens.loadOrCreate(this.dataDir);

		run("--ttl", "30m", "people:write");
		Jwt jwt = Tokens.verify(out().strip(), StackTokens.publicKeyFile(this.dataDir));

		assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(30));
		assertThat(jwt.getClaimAsString("scope")).isEqualTo("people:write");
	}

	@Test
	void readsShortAndIsoDurations() {
		assertThat(DevToken.lifetime("90s")).isEqualTo(Duration.ofSeconds(90));
		assertThat(DevToken.lifetime("2H")).isEqualTo(Duration.ofHours(2));
		assertThat(DevToken.lifetime("1d")).isEqualTo(Duration.ofDays(1));
		assertThat(DevToken.lifetime("PT15M")).isEqualTo(Duration.ofMinutes(15));
		assertThatThrownBy(() -> DevToken.lifetime("soon")).hasMessageContaining("--ttl must be a duration");
		assertThatThrownBy(() -> DevToken.lifetime("0m")).hasMessageContaining("positive");
	}

	@Test
	void failsClearlyWhenTheStackHasNotCreatedItsKeyYet() {
		int code = run("articles:write");

		assertThat(code).isEqualTo(1);
		assertThat(out()).isEmpty();
		assertThat(err()).contains("start the local stack once with ./run.sh")
			.contains(this.dataDir.security().toString());
		assertThat(this.dataDir.security()).doesNotExist();
	}

	@Test
	void refusesAnUnknownOptionWithTheUsage() {
		int code = run("--forever");

		assertThat(code).isEqualTo(2);
		assertThat(out()).isEmpty();
		assertThat(err()).contains("unknown option --forever").contains("Usage: ./dev-token.sh");
	}

	@Test
	void warnsAboutAScopeThePlatformDoesNotKnow() throws Exception {
		StackTokens.loadOrCreate(this.dataDir);

		assertThat(run("article:write")).isZero();

		assertThat(err()).contains("[article:write] is not among the platform's scopes");
		assertThat(Tokens.verify(out().strip(), StackTokens.publicKeyFile(this.dataDir)).getClaimAsString("scope"))
			.isEqualTo("article:write");
	}

	private int run(String... args) {
		return DevToken.run(args, this.dataDir, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
