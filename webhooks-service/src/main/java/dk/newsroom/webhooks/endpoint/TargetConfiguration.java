package dk.newsroom.webhooks.endpoint;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TargetConfiguration {

	@Bean
	@ConditionalOnMissingBean
	HostResolver hostResolver() {
		return HostResolver.system();
	}

	@Bean
	TargetGuard targetGuard(TargetProperties properties, HostResolver resolver) {
		return new TargetGuard(properties, resolver);
	}

}
