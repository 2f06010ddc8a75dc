package dk.newsroom.platform.access;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The configured draft access, unless the application brings its own. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableConfigurationProperties(AccessProperties.class)
public class DraftAccessAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DraftAccess draftAccess(AccessProperties properties) {
		return new ConfiguredDraftAccess(properties);
	}

}
