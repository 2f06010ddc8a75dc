package dk.newsroom.platform.resource;

import java.time.Clock;

import dk.newsroom.platform.access.ContentServiceSecurityAutoConfiguration;
import dk.newsroom.platform.access.DraftAccess;
import dk.newsroom.platform.outbox.ChangeEvents;
import dk.newsroom.platform.outbox.OutboxAutoConfiguration;
import dk.newsroom.platform.outbox.OutboxWriter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** The {@link ContentResources} a content service's controller is built from. */
@AutoConfiguration(after = { OutboxAutoConfiguration.class, ContentServiceSecurityAutoConfiguration.class })
@ConditionalOnBean({ OutboxWriter.class, DraftAccess.class })
public class ContentResourceAutoConfiguration {

	@Bean
	ContentResources contentResources(ReactiveMongoTemplate template, OutboxWriter outbox, ChangeEvents events,
			Clock clock, DraftAccess draftAccess) {
		return new ContentResources(template, outbox, events, clock, draftAccess);
	}

}
