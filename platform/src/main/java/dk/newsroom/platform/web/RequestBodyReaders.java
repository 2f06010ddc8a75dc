package dk.newsroom.platform.web;

import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Builds the JSON reader of every {@code @RequestBody} type once the handlers are known,
 * before the first request: Jackson builds a type's deserializer on first use under a
 * lock, so two first requests racing for it would park an event-loop thread.
 */
class RequestBodyReaders implements SmartInitializingSingleton {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	private final ObjectProvider<JsonMapper> jsonMapper;

	RequestBodyReaders(ObjectProvider<RequestMappingHandlerMapping> mappings, ObjectProvider<JsonMapper> jsonMapper) {
		this.mappings = mappings;
		this.jsonMapper = jsonMapper;
	}

	@Override
	public void afterSingletonsInstantiated() {
		JsonMapper mapper = this.jsonMapper.getIfAvailable();
		if (mapper == null) {
			return;
		}
		this.mappings.orderedStream().forEach((mapping) -> {
			for (HandlerMethod handler : mapping.getHandlerMethods().values()) {
				for (MethodParameter parameter : handler.getMethodParameters()) {
					if (parameter.hasParameterAnnotation(RequestBody.class)) {
						mapper.readerFor(mapper.constructType(bodyType(parameter)));
					}
				}
			}
		});
	}

	/**
	 * The body's type as the controller declares it; a type variable (the request type of
	 * a shared base controller) resolved against the controller.
	 */
	static Type bodyType(MethodParameter parameter) {
		ResolvableType type = ResolvableType.forMethodParameter(parameter);
		return (type.getType() instanceof TypeVariable<?>) ? type.resolve(Object.class) : type.getType();
	}

}
