package dk.newsroom.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the writes of a content service (one with an outbox): its content type is the
 * last part of {@code newsroom.outbox.event-type-prefix} ({@code dk.newsroom.article} →
 * {@code article}).
 */
@AutoConfiguration(after = CompositeMeterRegistryAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnProperty("newsroom.outbox.event-type-prefix")
@ConditionalOnBean(MeterRegistry.class)
public class ContentMetricsAutoConfiguration {

	@Bean
	ContentWriteMetricsFilter contentWriteMetricsFilter(MeterRegistry registry,
			@Value("${newsroom.outbox.event-type-prefix}") String eventTypePrefix) {
		return new ContentWriteMetricsFilter(registry, eventTypePrefix.substring(eventTypePrefix.lastIndexOf('.') + 1));
	}

}
