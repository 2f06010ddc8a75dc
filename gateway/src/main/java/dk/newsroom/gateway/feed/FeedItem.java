package dk.newsroom.gateway.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriUtils;

/**
 * One entry of the unified feed, whatever its content type: what a reader needs to list
 * it, and the {@code link} to its full resource through the gateway.
 *
 * @param type the content type
 * @param id the resource id (unique within its type)
 * @param slug the URL slug
 * @param title the headline, event title or person-news title
 * @param summary the lead, teaser or announcement
 * @param image the picture, if any
 * @param tags the tags
 * @param section the section, track or similar grouping
 * @param publishedAt when the item is (or was scheduled to be) published
 * @param updatedAt when the resource last changed (its {@code updatedAt}; its
 * {@code publishedAt} when the record has none): the {@code lastmod} of the item's page
 * in the sitemaps
 * @param version the resource version this item was built from
 * @param link the detail URL through the gateway, e.g. {@code /api/articles/{id}}
 * @param url the item's page on the reader site, e.g. {@code /artikler/{slug}};
 * {@code null} for a type the site has no pages for
 * @param event what a list shows of an event (start, place, track, status); events only
 * @param person who moved where; person news only
 */
@JsonPropertyOrder({ "type", "id", "slug", "title", "summary", "image", "tags", "section", "publishedAt", "updatedAt",
		"version", "link", "url", "event", "person" })
@Schema(description = """
		One item of the unified feed, whatever its type: what a list needs, and the `link` to the full resource. \
		`url`, `event` and `person` are present only where they apply.""")
public record FeedItem(@Schema(requiredMode = RequiredMode.REQUIRED, description = "The content type") ContentType type,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "The resource's id, unique within its type",
				example = "6745a1f0c2a4b81e2f3d9a10") String id,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "ny-sikkerhedsaftale-mellem-eu-og-ukraine") String slug,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "The headline, event title, or \"name, company\" of a notice",
				example = "Ny sikkerhedsaftale mellem EU og Ukraine") String title,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				description = "The lead, teaser or rendered announcement",
				example = "EU og Ukraine vil samarbejde tættere om cyberforsvar.") @Nullable String summary,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true) @Nullable FeedImage image,
		@Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"cybersikkerhed\", \"eu\"]") List<String> tags,
		@Schema(requiredMode = RequiredMode.REQUIRED, nullable = true,
				description = "The section; an event's track; a notice's label",
				example = "Sikkerhed") @Nullable String section,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "When the item was published; the feed's order, newest first",
				example = "2026-11-26T09:00:00Z") Instant publishedAt,
		@Schema(requiredMode = RequiredMode.REQUIRED,
				description = "When the resource last changed (its `publishedAt` when the record has none)",
				example = "2026-11-26T09:40:00Z") Instant updatedAt,
		@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1",
				description = "The resource's version this item was built from", example = "3") long version,
		@Schema(requiredMode = RequiredMode.REQUIRED, description = "The full resource through the gateway's API",
				example = "/api/articles/6745a1f0c2a4b81e2f3d9a10") String link,
		@Schema(description = """
				The item's page on the reader site (`/artikler/...`, `/arrangementer/...`, `/navnenyt/...`); absent \
				for a type the site has no pages for (podcasts)""",
				example = "/artikler/ny-sikkerhedsaftale-mellem-eu-og-ukraine") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String url,
		@Schema(description = "Events only") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable FeedEventDetails event,
		@Schema(description = "Notices only") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable FeedPersonDetails person) {

	public FeedItem {
		tags = List.copyOf(tags);
	}

	/** An item without type-specific details, such as an article. */
	public FeedItem(ContentType type, String id, String slug, String title, @Nullable String summary,
			@Nullable FeedImage image, List<String> tags, @Nullable String section, Instant publishedAt,
			Instant updatedAt, long version, String link) {
		this(type, id, slug, title, summary, image, tags, section, publishedAt, updatedAt, version, link,
				pageUrl(type, slug), null, null);
	}

	/** The page of an item of this type with this slug, if the type has pages. */
	public static @Nullable String pageUrl(ContentType type, String slug) {
		String path = type.pagePath();
		return (path != null) ? path + "/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8) : null;
	}

	public ResourceRef ref() {
		return new ResourceRef(this.type, this.id);
	}

	public FeedItem withVersion(long newVersion) {
		return new FeedItem(this.type, this.id, this.slug, this.title, this.summary, this.image, this.tags,
				this.section, this.publishedAt, this.updatedAt, newVersion, this.link, this.url, this.event,
				this.person);
	}

}
