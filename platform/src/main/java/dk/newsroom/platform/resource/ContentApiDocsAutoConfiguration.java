package dk.newsroom.platform.resource;

import dk.newsroom.platform.access.AccessProperties;
import dk.newsroom.platform.access.ContentServiceSecurityAutoConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * The shared part of a content service's OpenAPI document ({@link ContentApiDocs}), when
 * the service serves one (springdoc on its class path).
 */
@AutoConfiguration(after = ContentServiceSecurityAutoConfiguration.class)
@ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
@ConditionalOnBean(AccessProperties.class)
public class ContentApiDocsAutoConfiguration {

	@Bean
	ContentApiDocs contentApiDocs(AccessProperties access,
			ObjectProvider<ContentResourceController<?, ?, ?>> controllers) {
		return new ContentApiDocs(access.writeScope(), controllers);
	}

}
