package dk.newsroom.platform.store;

import com.mongodb.MongoClientSettings;
import com.mongodb.connection.TransportSettings;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Gives the reactive MongoDB driver its own asynchronous socket transport instead of the
 * Netty transport Boot configures whenever Netty is on the class path.
 * <p>
 * With driver 5.6 the Netty transport leaks read buffers (JAVA-6038; Netty's leak
 * detector reported them in our builds too), and a build once saw a reply that never
 * arrived, which left a request waiting forever. The driver's own transport has neither
 * problem. The customizer runs last, after Boot's (which runs first), so it wins.
 */
@AutoConfiguration(before = MongoReactiveAutoConfiguration.class)
@ConditionalOnClass({ MongoClientSettings.class, MongoReactiveAutoConfiguration.class })
public class MongoTransportAutoConfiguration {

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	MongoClientSettingsBuilderCustomizer asyncSocketTransport() {
		return (settings) -> settings.transportSettings(TransportSettings.asyncBuilder().build());
	}

}
