package dk.newsroom.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/** The platform's token decoder in place of Boot's (see {@link TokenDecoders}). */
@AutoConfiguration(before = ReactiveOAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnClass(ReactiveJwtDecoder.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
public class TokenDecoderAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ReactiveJwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) {
		return TokenDecoders.fromProperties(properties.getJwt());
	}

}
