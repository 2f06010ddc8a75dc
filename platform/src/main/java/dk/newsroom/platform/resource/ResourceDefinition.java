package dk.newsroom.platform.resource;

import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import dk.newsroom.platform.content.ContentItem;

/**
 * A {@link ContentResource} made of its parts, as {@link ContentResource#of} starts it.
 *
 * @param rule what {@link #check} runs
 * @param derive what {@link #prepare} runs
 */
public record ResourceDefinition<C, D, R>(String name, String plural, Class<D> documentType,
		Function<ContentItem<C>, D> documentOf, Function<D, ContentItem<C>> itemOf,
		Function<ContentItem<C>, R> responseOf, Function<C, String> slugOf, Consumer<C> rule,
		BiFunction<C, Instant, C> derive) implements ContentResource<C, D, R> {

	/** The same type with a rule on the converted content ({@link #check}). */
	public ResourceDefinition<C, D, R> checking(Consumer<C> check) {
		return new ResourceDefinition<>(this.name, this.plural, this.documentType, this.documentOf, this.itemOf,
				this.responseOf, this.slugOf, check, this.derive);
	}

	/** The same type with what it derives from the content ({@link #prepare}). */
	public ResourceDefinition<C, D, R> preparing(BiFunction<C, Instant, C> prepare) {
		return new ResourceDefinition<>(this.name, this.plural, this.documentType, this.documentOf, this.itemOf,
				this.responseOf, this.slugOf, this.rule, prepare);
	}

	@Override
	public D toDocument(ContentItem<C> item) {
		return this.documentOf.apply(item);
	}

	@Override
	public ContentItem<C> toItem(D document) {
		return this.itemOf.apply(document);
	}

	@Override
	public R toResponse(ContentItem<C> item) {
		return this.responseOf.apply(item);
	}

	@Override
	public String slugSource(C content) {
		return this.slugOf.apply(content);
	}

	@Override
	public C prepare(C content, Instant now) {
		return this.derive.apply(content, now);
	}

	@Override
	public void check(C content) {
		this.rule.accept(content);
	}

}
