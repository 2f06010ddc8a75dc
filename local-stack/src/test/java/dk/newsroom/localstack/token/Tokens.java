package dk.newsroom.localstack.token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

import dk.newsroom.security.SigningKeys;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Verifies tokens the way the apps do: against the public key file they are given. */
public final class Tokens {

	private Tokens() {
	}

	public static Jwt verify(String token, Path publicKeyFile) throws IOException, GeneralSecurityException {
		NimbusJwtDecoder decoder = NimbusJwtDecoder
			.withPublicKey(SigningKeys.parsePublicKey(Files.readString(publicKeyFile)))
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(StackTokens.ISSUER));
		return decoder.decode(token);
	}

}
