package dk.newsroom.platform.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.config.EnableWebFlux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readers of the request bodies exist before the first request, for a controller's
 * own body type and for one a shared base controller declares as a type variable.
 */
class RequestBodyReadersTest {

	@BeforeEach
	void reset() {
		CountingDeserializer.made.set(0);
		OtherDeserializer.made.set(0);
	}

	@Test
	void buildsTheDeserializerOfEveryRequestBodyAtStart() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Handlers.class)) {
			assertThat(CountingDeserializer.made).as("the concrete body").hasValue(1);
			assertThat(OtherDeserializer.made).as("the body named by a type variable").hasValue(1);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebFlux
	static class Handlers {

		@Bean
		JsonMapper jsonMapper() {
			return JsonMapper.builder().build();
		}

		@Bean
		RequestBodyReaders requestBodyReaders(
				org.springframework.beans.factory.ObjectProvider<org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping> mappings,
				org.springframework.beans.factory.ObjectProvider<JsonMapper> jsonMapper) {
			return new RequestBodyReaders(mappings, jsonMapper);
		}

		@Bean
		ConcreteController concreteController() {
			return new ConcreteController();
		}

		@Bean
		GenericController genericController() {
			return new GenericController();
		}

	}

	@RestController
	static class ConcreteController {

		@PostMapping("/concrete")
		Mono<String> create(@RequestBody Counted body) {
			return Mono.just("ok");
		}

	}

	abstract static class BaseController<Q> {

		@PostMapping("/generic")
		public Mono<String> create(@RequestBody Q body) {
			return Mono.just("ok");
		}

	}

	@RestController
	static class GenericController extends BaseController<Other> {

	}

	@JsonDeserialize(using = CountingDeserializer.class)
	record Counted(String value) {

	}

	@JsonDeserialize(using = OtherDeserializer.class)
	record Other(String value) {

	}

	static class CountingDeserializer extends ValueDeserializer<Counted> {

		static final AtomicInteger made = new AtomicInteger();

		CountingDeserializer() {
			made.incrementAndGet();
		}

		@Override
		public Counted deserialize(JsonParser parser, DeserializationContext context) {
			return new Counted(parser.getString());
		}

	}

	static class OtherDeserializer extends ValueDeserializer<Other> {

		static final AtomicInteger made = new AtomicInteger();

		OtherDeserializer() {
			made.incrementAndGet();
		}

		@Override
		public Other deserialize(JsonParser parser, DeserializationContext context) {
			return new Other(parser.getString());
		}

	}

}
