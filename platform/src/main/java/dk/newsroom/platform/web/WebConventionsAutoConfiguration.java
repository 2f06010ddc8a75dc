package dk.newsroom.platform.web;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * The shared HTTP conventions, for every reactive web application that has this module.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class WebConventionsAutoConfiguration {

	@Bean
	ProblemDetailsAdvice problemDetailsAdvice() {
		return new ProblemDetailsAdvice();
	}

	@Bean
	Utf8BodyFilter utf8BodyFilter() {
		return new Utf8BodyFilter();
	}

	@Bean
	PreloadedValidationMessages preloadedValidationMessages() {
		return new PreloadedValidationMessages();
	}

	@Bean
	RequestBodyReaders requestBodyReaders(ObjectProvider<RequestMappingHandlerMapping> mappings,
			ObjectProvider<JsonMapper> jsonMapper) {
		return new RequestBodyReaders(mappings, jsonMapper);
	}

	@Bean
	StrictJsonCustomizer strictJsonCustomizer() {
		return new StrictJsonCustomizer();
	}

	/**
	 * Boot's builder, but on a JSON factory with {@link JsonLimits}: Boot's customizers
	 * (the {@code spring.jackson.*} settings and {@link StrictJsonCustomizer}) still
	 * apply, in their order.
	 */
	@Bean
	@Scope("prototype")
	JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
		JsonMapper.Builder builder = JsonMapper.builder(JsonLimits.factory());
		customizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

}
