package dk.newsroom.gateway.reader.item;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedVisibility;
import dk.newsroom.gateway.feed.content.FeedMapper;
import dk.newsroom.gateway.feed.content.MappedResource;
import dk.newsroom.gateway.reader.item.SlugIndex.Known;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds what an item page shows: the resource a slug names, if a reader may see it.
 * <ol>
 * <li>From memory: the projection's own copy (the whole resource, as its topic carried
 * it), when the slug is one it knows. Shown only while the item is published and due;
 * scheduled, unpublished and withdrawn items are not found, a deleted one is gone. No
 * call to a service: the page stays up when its service is down.</li>
 * <li>From the service, only when the slug is unknown and the projection has let items of
 * that type go (so an older item may exist): see {@link ServiceItems}. An unknown slug of
 * a type whose every item is held is not found at once, without asking anyone.</li>
 * </ol>
 */
final class ItemPages {

	private final FeedProjection projection;

	private final FeedVisibility visibility;

	private final SlugIndex slugs;

	private final ServiceItems services;

	private final Map<ContentType, FeedMapper> mappers;

	private final JsonMapper json;

	ItemPages(FeedProjection projection, FeedVisibility visibility, SlugIndex slugs, ServiceItems services,
			Map<ContentType, FeedMapper> mappers, JsonMapper json) {
		this.projection = projection;
		this.visibility = visibility;
		this.slugs = slugs;
		this.services = services;
		this.mappers = Map.copyOf(mappers);
		this.json = json;
	}

	/** What the page of {@code slug} shows. */
	Mono<Found> find(ContentType type, String slug) {
		Known known = this.slugs.find(type, slug);
		Instant now = this.visibility.now();
		if (known != null) {
			if (known.deleted()) {
				return Mono.just(Found.GONE);
			}
			FeedEntry entry = this.projection.entry(known.ref());
			byte[] source = (entry != null) ? entry.source() : null;
			if (entry == null || source == null || !this.visibility.isVisible(entry.item(), now)) {
				return Mono.just(Found.NOT_FOUND);
			}
			return Mono.just(Found.shown(entry.item(), source, true));
		}
		if (!this.projection.hasLetGo(type)) {
			return Mono.just(Found.NOT_FOUND);
		}
		return this.services.find(type, slug)
			.map((answer) -> answer.map((json) -> fromService(type, json, now)).orElse(Found.NOT_FOUND));
	}

	/** The service's answer, if it is a published and due item (it should be). */
	private Found fromService(ContentType type, byte[] json, Instant now) {
		FeedMapper mapper = this.mappers.get(type);
		String id = this.json.readValue(json, Identified.class).id();
		MappedResource mapped = (mapper != null && id != null) ? mapper.map(id, json) : null;
		FeedItem item = (mapped != null) ? mapped.item() : null;
		if (item == null || !this.visibility.isVisible(item, now)) {
			return Found.NOT_FOUND;
		}
		return Found.shown(item, json, false);
	}

	/**
	 * What a slug's page shows.
	 *
	 * @param status whether there is a page, or it is not found, or gone
	 * @param item the item, when shown
	 * @param source the whole resource as UTF-8 JSON, when shown
	 * @param fromMemory whether it came from the gateway's own copy
	 */
	record Found(Status status, @Nullable FeedItem item, byte @Nullable [] source, boolean fromMemory) {

		static final Found NOT_FOUND = new Found(Status.NOT_FOUND, null, null, false);

		static final Found GONE = new Found(Status.GONE, null, null, false);

		static final Found UNAVAILABLE = new Found(Status.UNAVAILABLE, null, null, false);

		static Found shown(FeedItem item, byte[] source, boolean fromMemory) {
			return new Found(Status.SHOWN, item, source, fromMemory);
		}

	}

	/** Only a resource's id. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Identified(@Nullable String id) {

	}

	enum Status {

		SHOWN, NOT_FOUND, GONE,

		/** Its service was asked and could not answer. */
		UNAVAILABLE

	}

}
