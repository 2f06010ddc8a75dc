package dk.newsroom.webhooks.signing;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signatures against the Standard Webhooks specification's published test vector: the
 * official Java library on Maven Central (com.standardwebhooks:standardwebhooks:1.0.0) is
 * a jar without classes, so the vector is the independent check.
 */
class WebhookSignerTest {

	static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";

	static final long VECTOR_TIMESTAMP = 1614265330;

	static final byte[] VECTOR_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

	static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

	@Test
	void signsTheSpecificationsTestVector() {
		assertThat(WebhookSigner.sign(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY, VECTOR_SECRET))
			.isEqualTo(VECTOR_SIGNATURE);
		assertThat(WebhookSigner.signature(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY, List.of(VECTOR_SECRET)))
			.isEqualTo(VECTOR_SIGNATURE);
	}

	@Test
	void anyChangeToIdTimestampOrBodyChangesTheSignature() {
		assertThat(WebhookSigner.sign("msg_other", VECTOR_TIMESTAMP, VECTOR_BODY, VECTOR_SECRET))
			.isNotEqualTo(VECTOR_SIGNATURE);
		assertThat(WebhookSigner.sign(VECTOR_ID, VECTOR_TIMESTAMP + 1, VECTOR_BODY, VECTOR_SECRET))
			.isNotEqualTo(VECTOR_SIGNATURE);
		assertThat(WebhookSigner.sign(VECTOR_ID, VECTOR_TIMESTAMP,
				"{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), VECTOR_SECRET))
			.isNotEqualTo(VECTOR_SIGNATURE);
	}

	@Test
	void signsWithEverySecretSeparatedBySpacesDuringARotation() {
		String other = WebhookSigner.newSecret(new SecureRandom());
		String header = WebhookSigner.signature(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY,
				List.of(other, VECTOR_SECRET));
		assertThat(header.split(" "))
			.containsExactly(WebhookSigner.sign(VECTOR_ID, VECTOR_TIMESTAMP, VECTOR_BODY, other), VECTOR_SIGNATURE);
	}

	@Test
	void newSecretsAreWhsecAndThirtyTwoRandomBytes() {
		SecureRandom random = new SecureRandom();
		String secret = WebhookSigner.newSecret(random);
		assertThat(secret).startsWith("whsec_");
		assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
		assertThat(WebhookSigner.newSecret(random)).isNotEqualTo(secret);
	}

}
