package dk.newsroom.platform.health;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Replaces Boot's MongoDB health check (named {@code mongo}) with the ping check. */
@AutoConfiguration(before = MongoReactiveHealthContributorAutoConfiguration.class)
@ConditionalOnClass(ReactiveMongoTemplate.class)
public class MongoHealthAutoConfiguration {

	@Bean
	MongoPingHealthIndicator mongoHealthIndicator(ReactiveMongoTemplate template) {
		return new MongoPingHealthIndicator(template);
	}

}
