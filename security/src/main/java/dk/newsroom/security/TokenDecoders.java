package dk.newsroom.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Builds the token decoder from Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} properties, with one rule Boot does
 * not enforce: every token is checked against the configured issuer and audience,
 * whichever way the keys are found.
 * <ul>
 * <li>{@code jwk-set-uri}: keys from that JWK set; {@code issuer-uri} is only
 * compared.</li>
 * <li>{@code public-key-location}: that RSA public key (the local stack and the tests);
 * {@code issuer-uri} is only compared.</li>
 * <li>neither: keys discovered from {@code issuer-uri}'s OpenID/OAuth metadata, lazily on
 * the first token.</li>
 * </ul>
 * {@code issuer-uri} and {@code audiences} are required: a service that would accept
 * anybody's tokens does not start. A verified token is remembered for a while
 * ({@link VerifiedTokens}).
 */
public final class TokenDecoders {

	private TokenDecoders() {
	}

	public static ReactiveJwtDecoder fromProperties(OAuth2ResourceServerProperties.Jwt jwt) {
		String issuer = jwt.getIssuerUri();
		if (!StringUtils.hasText(issuer)) {
			throw new IllegalStateException("No token issuer configured: set spring.security.oauth2.resourceserver.jwt."
					+ "issuer-uri (and jwk-set-uri or public-key-location if the issuer publishes no metadata)");
		}
		if (jwt.getAudiences().isEmpty()) {
			throw new IllegalStateException(
					"No token audience configured: set spring.security.oauth2.resourceserver.jwt.audiences");
		}
		List<SignatureAlgorithm> algorithms = jwt.getJwsAlgorithms().stream().map(SignatureAlgorithm::from).toList();
		NimbusReactiveJwtDecoder decoder;
		if (StringUtils.hasText(jwt.getJwkSetUri())) {
			decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwt.getJwkSetUri())
				.jwsAlgorithms((allowed) -> allowed.addAll(algorithms))
				.build();
		}
		else if (jwt.getPublicKeyLocation() != null) {
			decoder = NimbusReactiveJwtDecoder.withPublicKey(readPublicKey(jwt))
				.signatureAlgorithm(exactlyOne(algorithms))
				.build();
		}
		else {
			decoder = NimbusReactiveJwtDecoder.withIssuerLocation(issuer)
				.jwsAlgorithms((allowed) -> allowed.addAll(algorithms))
				.build();
		}
		decoder.setJwtValidator(validator(issuer, jwt.getAudiences()));
		return new VerifiedTokens(decoder);
	}

	/**
	 * Expiry and not-before (60 s skew), the issuer, and at least one of the audiences.
	 */
	static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences) {
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(JwtValidators.createDefaultWithIssuer(issuer));
		validators.add(new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.stream().anyMatch(audiences::contains)));
		return new DelegatingOAuth2TokenValidator<>(validators);
	}

	private static SignatureAlgorithm exactlyOne(List<SignatureAlgorithm> algorithms) {
		if (algorithms.size() != 1) {
			throw new IllegalStateException("A public key verifies exactly one jws-algorithm, not " + algorithms);
		}
		return algorithms.get(0);
	}

	private static RSAPublicKey readPublicKey(OAuth2ResourceServerProperties.Jwt jwt) {
		try {
			return SigningKeys.parsePublicKey(jwt.readPublicKey());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the token public key " + jwt.getPublicKeyLocation(), ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Not an RSA public key: " + jwt.getPublicKeyLocation(), ex);
		}
	}

}
