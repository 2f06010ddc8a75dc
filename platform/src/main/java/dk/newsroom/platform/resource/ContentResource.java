package dk.newsroom.platform.resource;

import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import dk.newsroom.platform.content.ContentItem;

/**
 * A content type as the shared resource mechanism needs it: its names, how an item is
 * stored, how the API (and its change events) show it, and its rules beyond bean
 * validation. The rest of its {@code /api/...} (create, read, list, edit, publish,
 * withdraw, delete, the outbox) is {@link ContentResourceService} and
 * {@link ContentResourceController}. A service defines its type with {@link #of}, adding
 * rules with {@link #checking} and derived fields with {@link #preparing}.
 *
 * @param <C> what editors write (the content record)
 * @param <D> the stored document: string {@code _id}, unique {@code slug}, the lifecycle
 * fields and {@code deleted}
 * @param <R> the API shape, which the change events carry too
 * @param name one item in messages, lower case: {@code article}
 * @param plural several items in messages: {@code articles}
 * @param slugOf the text the slug is made from (a headline, a title, a name)
 * @param rule what {@link #check} runs
 * @param derive what {@link #prepare} runs
 */
public record ContentResource<C, D, R>(String name, String plural, Class<D> documentType,
		Function<ContentItem<C>, D> documentOf, Function<D, ContentItem<C>> itemOf,
		Function<ContentItem<C>, R> responseOf, Function<C, String> slugOf, Consumer<C> rule,
		BiFunction<C, Instant, C> derive) {

	/**
	 * A type by its names and mappings, with no rules beyond its request's bean
	 * validation and nothing derived.
	 */
	public static <C, D, R> ContentResource<C, D, R> of(String name, String plural, Class<D> documentType,
			Function<ContentItem<C>, D> toDocument, Function<D, ContentItem<C>> toItem,
			Function<ContentItem<C>, R> toResponse, Function<C, String> slugSource) {
		return new ContentResource<>(name, plural, documentType, toDocument, toItem, toResponse, slugSource,
				(content) -> {
				}, (content, now) -> content);
	}

	/** The same type with a rule on the converted content ({@link #check}). */
	public ContentResource<C, D, R> checking(Consumer<C> check) {
		return new ContentResource<>(this.name, this.plural, this.documentType, this.documentOf, this.itemOf,
				this.responseOf, this.slugOf, check, this.derive);
	}

	/** The same type with what it derives from the content ({@link #prepare}). */
	public ContentResource<C, D, R> preparing(BiFunction<C, Instant, C> prepare) {
		return new ContentResource<>(this.name, this.plural, this.documentType, this.documentOf, this.itemOf,
				this.responseOf, this.slugOf, this.rule, prepare);
	}

	public D toDocument(ContentItem<C> item) {
		return this.documentOf.apply(item);
	}

	public ContentItem<C> toItem(D document) {
		return this.itemOf.apply(document);
	}

	public R toResponse(ContentItem<C> item) {
		return this.responseOf.apply(item);
	}

	public String slugSource(C content) {
		return this.slugOf.apply(content);
	}

	/**
	 * The content as it is stored at {@code now}: what the service derives from what
	 * editors wrote (a rendered text, quality warnings), computed on create, update and
	 * again on publish (what was fine for a draft may not be when it goes out).
	 */
	public C prepare(C content, Instant now) {
		return this.derive.apply(content, now);
	}

	/**
	 * Checks a content beyond its request's bean validation, e.g. a rich text with
	 * nothing left after sanitising.
	 * @throws dk.newsroom.platform.content.InvalidInputException naming the field
	 */
	public void check(C content) {
		this.rule.accept(content);
	}

}
