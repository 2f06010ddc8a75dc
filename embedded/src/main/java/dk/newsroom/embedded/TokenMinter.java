package dk.newsroom.embedded;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Mints RS256 bearer tokens with a key pair (the security module's SigningKeys makes and
 * reads them): the local stack's dev tokens and the tests' tokens, never a running app's
 * (the apps only verify). Each token names its issuer, audience, subject and scopes.
 */
public final class TokenMinter {

	private final NimbusJwtEncoder encoder;

	private final String issuer;

	private final String audience;

	public TokenMinter(KeyPair keys, String issuer, String audience) {
		RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
			.keyID(UUID.nameUUIDFromBytes(keys.getPublic().getEncoded()).toString())
			.build();
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
		this.issuer = issuer;
		this.audience = audience;
	}

	/** A token valid for {@code lifetime} from now. */
	public String mint(String subject, Collection<String> scopes, Duration lifetime) {
		Instant now = Instant.now();
		return mint(claims(subject, scopes).issuedAt(now).expiresAt(now.plus(lifetime)).build());
	}

	/** Claims as the platform expects them; callers may change any before minting. */
	public JwtClaimsSet.Builder claims(String subject, Collection<String> scopes) {
		Instant now = Instant.now();
		return JwtClaimsSet.builder()
			.issuer(this.issuer)
			.audience(List.of(this.audience))
			.subject(subject)
			.id(UUID.randomUUID().toString())
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofHours(1)))
			.claim("scope", String.join(" ", scopes));
	}

	public String mint(JwtClaimsSet claims) {
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
		return this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}

}
