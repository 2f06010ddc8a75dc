package dk.newsroom.webedge;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** What every reactive app of the platform (services and gateway) needs at its edge. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class WebEdgeAutoConfiguration {

	@Bean
	StaticResourcesOffTheEventLoop staticResourcesOffTheEventLoop() {
		return new StaticResourcesOffTheEventLoop();
	}

}
