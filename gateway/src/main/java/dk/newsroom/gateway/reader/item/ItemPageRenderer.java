package dk.newsroom.gateway.reader.item;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.reader.item.ItemViews.Image;
import dk.newsroom.gateway.reader.item.ItemViews.Time;
import dk.newsroom.gateway.reader.site.DanishTime;
import dk.newsroom.gateway.reader.site.Digests;
import dk.newsroom.gateway.reader.site.JsonLd;
import dk.newsroom.gateway.reader.site.PageMeta;
import dk.newsroom.gateway.reader.site.SitePage;
import dk.newsroom.gateway.reader.site.SitePaths;
import dk.newsroom.gateway.reader.site.SiteTemplates;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the page of one article, event or Navnenyt notice from the whole resource (as
 * its topic or its service carries it): the templates {@code article}, {@code event} and
 * {@code notice}, with the page's sharing tags and schema.org JSON-LD. CPU only, no I/O.
 * <p>
 * A page's validator is known before it is rendered: a digest of the resource's type, id
 * and version (one state per version), the templates' version and the site's address (its
 * links are absolute). A conditional request that matches costs a lookup, not a
 * rendering.
 */
final class ItemPageRenderer {

	private final SiteTemplates templates;

	private final JsonMapper json;

	ItemPageRenderer(SiteTemplates templates, JsonMapper json) {
		this.templates = templates;
		this.json = json;
	}

	/** The validator of a resource's page at one version. */
	String etag(FeedItem item, String baseUrl) {
		return Digests.etag(item.type().wireName(), item.id(), Long.toString(item.version()), this.templates.version(),
				baseUrl);
	}

	/**
	 * Reads the resource for its page.
	 * @param type its content type (one the site has pages for)
	 * @param source the resource as UTF-8 JSON
	 * @throws RuntimeException if it cannot be read
	 */
	Resource read(ContentType type, byte[] source) {
		return switch (type) {
			case ARTICLE -> {
				ArticleSource article = this.json.readValue(source, ArticleSource.class);
				yield new Resource(article.id(), article.updatedAt(), (baseUrl) -> article(article, baseUrl));
			}
			case EVENT -> {
				EventSource event = this.json.readValue(source, EventSource.class);
				yield new Resource(event.id(), event.updatedAt(), (baseUrl) -> event(event, baseUrl));
			}
			case PERSON -> {
				NoticeSource notice = this.json.readValue(source, NoticeSource.class);
				yield new Resource(notice.id(), notice.updatedAt(), (baseUrl) -> notice(notice, baseUrl));
			}
			default -> throw new IllegalArgumentException("The site has no pages for " + type.wireName());
		};
	}

	private byte[] article(ArticleSource article, String baseUrl) {
		String canonical = baseUrl + FeedItem.pageUrl(ContentType.ARTICLE, article.slug());
		Image image = ItemViews.image(article.topImage(), article.headline());
		Time published = ItemViews.time(published(article.publishedAt(), article.createdAt()));
		Time updated = ItemViews.updated(article.publishedAt(), article.updatedAt());
		String description = text(article.lead(), article.headline());
		Map<String, Object> ld = schema("NewsArticle");
		ld.put("headline", article.headline());
		ld.put("description", description);
		ld.put("datePublished", published.iso());
		ld.put("dateModified", (updated != null) ? updated.iso() : published.iso());
		ld.put("author", persons(article.authors()));
		if (image != null) {
			ld.put("image", List.of(image.url()));
		}
		if (article.section() != null) {
			ld.put("articleSection", article.section());
		}
		if (article.tags() != null && !article.tags().isEmpty()) {
			ld.put("keywords", article.tags());
		}
		ld.put("inLanguage", (article.language() != null) ? article.language() : "da");
		page(ld, canonical);
		PageMeta meta = new PageMeta(article.headline() + " – " + PageMeta.SITE_NAME, description, canonical, "article",
				(image != null) ? image.url() : null, (image != null) ? image.alt() : null, published.iso(),
				ld.get("dateModified").toString(), article.section(), tagList(article.tags()), JsonLd.script(ld), true,
				baseUrl);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("meta", meta);
		model.put("section", (article.section() != null)
				? new ItemViews.Link(article.section(), SitePaths.section(article.section())) : null);
		model.put("headline", article.headline());
		model.put("lead", article.lead());
		model.put("byline", ItemViews.byline(article.authors()));
		model.put("published", published);
		model.put("updated", updated);
		model.put("image", image);
		model.put("html", (article.body() != null) ? article.body() : "");
		model.put("tags", ItemViews.tags(article.tags()));
		model.put("hasTags", !ItemViews.tags(article.tags()).isEmpty());
		model.put("source", ItemViews.blankToNull(article.source()));
		return this.templates.render("article", model);
	}

	private byte[] event(EventSource event, String baseUrl) {
		String canonical = baseUrl + FeedItem.pageUrl(ContentType.EVENT, event.slug());
		Image image = ItemViews.image(event.image(), event.title());
		EventSource.Venue venue = event.venue();
		boolean cancelled = "CANCELLED".equals(event.eventStatus());
		boolean soldOut = "SOLD_OUT".equals(event.eventStatus());
		String description = text(event.teaser(), event.title());
		Map<String, Object> ld = schema("Event");
		ld.put("name", event.title());
		ld.put("description", description);
		ld.put("startDate", DanishTime.iso(event.startsAt()));
		if (event.endsAt() != null) {
			ld.put("endDate", DanishTime.iso(event.endsAt()));
		}
		ld.put("eventStatus", "https://schema.org/" + (cancelled ? "EventCancelled" : "EventScheduled"));
		ld.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
		Map<String, Object> place = typed("Place");
		place.put("name", (venue != null && venue.name() != null) ? venue.name() : event.title());
		Map<String, Object> address = typed("PostalAddress");
		if (venue != null && venue.address() != null) {
			address.put("streetAddress", venue.address());
		}
		if (venue != null && venue.city() != null) {
			address.put("addressLocality", venue.city());
		}
		address.put("addressCountry", "DK");
		place.put("address", address);
		ld.put("location", place);
		if (event.registrationUrl() != null) {
			Map<String, Object> offer = typed("Offer");
			offer.put("url", event.registrationUrl());
			offer.put("availability", "https://schema.org/" + (soldOut ? "SoldOut" : "InStock"));
			ld.put("offers", offer);
		}
		if (event.organiser() != null) {
			Map<String, Object> organiser = typed("Organization");
			organiser.put("name", event.organiser());
			ld.put("organizer", organiser);
		}
		if (image != null) {
			ld.put("image", List.of(image.url()));
		}
		ld.put("url", canonical);
		ld.put("mainEntityOfPage", canonical);
		Time published = ItemViews.time(published(event.publishedAt(), event.createdAt()));
		PageMeta meta = new PageMeta(event.title() + " – Arrangementer – " + PageMeta.SITE_NAME, description, canonical,
				"website", (image != null) ? image.url() : null, (image != null) ? image.alt() : null, null, null, null,
				List.of(), JsonLd.script(ld), true, baseUrl);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("meta", meta);
		model.put("title", event.title());
		model.put("teaser", event.teaser());
		model.put("html", event.description());
		model.put("when", (event.endsAt() != null) ? DanishTime.range(event.startsAt(), event.endsAt())
				: DanishTime.dateTime(event.startsAt()));
		model.put("startsIso", DanishTime.iso(event.startsAt()));
		model.put("venue", venue);
		model.put("track", (event.track() != null)
				? new ItemViews.Link(event.track(), SitePaths.events(event.track(), null)) : null);
		model.put("trackCalendar", (event.track() != null) ? SitePaths.trackCalendar(event.track()) : null);
		model.put("city", (venue != null && venue.city() != null)
				? new ItemViews.Link(venue.city(), SitePaths.events(null, venue.city())) : null);
		model.put("cancelled", cancelled);
		model.put("soldOut", soldOut);
		model.put("registrationUrl", cancelled ? null : event.registrationUrl());
		model.put("organiser", event.organiser());
		model.put("image", image);
		model.put("calendar", SitePaths.eventCalendar(event.slug()));
		model.put("published", published);
		model.put("tags", ItemViews.tags(event.tags()));
		model.put("hasTags", !ItemViews.tags(event.tags()).isEmpty());
		return this.templates.render("event", model);
	}

	private byte[] notice(NoticeSource notice, String baseUrl) {
		String canonical = baseUrl + FeedItem.pageUrl(ContentType.PERSON, notice.slug());
		String name = notice.person().name();
		Image photo = ItemViews.image(notice.person().photo(), name);
		Time published = ItemViews.time(published(notice.publishedAt(), notice.createdAt()));
		Time updated = ItemViews.updated(notice.publishedAt(), notice.updatedAt());
		String headline = headline(notice);
		List<String> paragraphs = ItemViews.paragraphs(notice.announcement());
		String description = paragraphs.isEmpty() ? headline : paragraphs.get(0);
		Map<String, Object> person = typed("Person");
		person.put("name", name);
		if (notice.title() != null) {
			person.put("jobTitle", notice.title());
		}
		if (notice.company() != null) {
			Map<String, Object> company = typed("Organization");
			company.put("name", notice.company());
			person.put("worksFor", company);
		}
		if (photo != null) {
			person.put("image", photo.url());
		}
		Map<String, Object> ld = schema("NewsArticle");
		ld.put("headline", headline);
		ld.put("description", description);
		ld.put("datePublished", published.iso());
		ld.put("dateModified", (updated != null) ? updated.iso() : published.iso());
		ld.put("articleSection", "Navnenyt");
		ld.put("about", person);
		if (photo != null) {
			ld.put("image", List.of(photo.url()));
		}
		ld.put("inLanguage", "da");
		page(ld, canonical);
		PageMeta meta = new PageMeta(headline + " – Navnenyt – " + PageMeta.SITE_NAME, description, canonical,
				"article", (photo != null) ? photo.url() : null, (photo != null) ? photo.alt() : null, published.iso(),
				ld.get("dateModified").toString(), "Navnenyt", tagList(notice.tags()), JsonLd.script(ld), true,
				baseUrl);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("meta", meta);
		model.put("label", notice.label());
		model.put("name", name);
		model.put("headline", headline);
		model.put("title", notice.title());
		model.put("company", notice.company());
		model.put("photo", photo);
		model.put("paragraphs", paragraphs);
		model.put("effective", (notice.effectiveDate() != null) ? DanishTime.date(notice.effectiveDate()) : null);
		model.put("published", published);
		model.put("updated", updated);
		model.put("tags", ItemViews.tags(notice.tags()));
		return this.templates.render("notice", model);
	}

	/**
	 * "Mette Holm bliver teknisk direktør i Netcompany" style: name, new title and
	 * company.
	 */
	private static String headline(NoticeSource notice) {
		StringBuilder headline = new StringBuilder(notice.person().name());
		if (notice.title() != null) {
			headline.append(", ").append(notice.title());
		}
		if (notice.company() != null) {
			headline.append(", ").append(notice.company());
		}
		return headline.toString();
	}

	private static Instant published(@Nullable Instant publishedAt, @Nullable Instant createdAt) {
		return (publishedAt != null) ? publishedAt : (createdAt != null) ? createdAt : Instant.EPOCH;
	}

	private static String text(@Nullable String text, String fallback) {
		return (text != null && !text.isBlank()) ? text : fallback;
	}

	private static List<String> tagList(@Nullable List<String> tags) {
		return (tags != null) ? tags : List.of();
	}

	private static List<Map<String, Object>> persons(@Nullable List<String> names) {
		if (names == null || names.isEmpty()) {
			Map<String, Object> publisher = typed("Organization");
			publisher.put("name", PageMeta.SITE_NAME);
			return List.of(publisher);
		}
		return names.stream().map((name) -> {
			Map<String, Object> person = typed("Person");
			person.put("name", name);
			return person;
		}).toList();
	}

	private static Map<String, Object> schema(String type) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", type);
		return ld;
	}

	private static Map<String, Object> typed(String type) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("@type", type);
		return value;
	}

	/** A news article's own address and publisher. */
	private static void page(Map<String, Object> ld, String canonical) {
		ld.put("url", canonical);
		ld.put("mainEntityOfPage", canonical);
		Map<String, Object> publisher = typed("Organization");
		publisher.put("name", PageMeta.SITE_NAME);
		ld.put("publisher", publisher);
	}

	/**
	 * A resource read for its page.
	 *
	 * @param id its id
	 * @param updatedAt when it last changed (the page's {@code Last-Modified})
	 * @param html renders its page for a site address
	 */
	record Resource(String id, @Nullable Instant updatedAt, Html html) {

	}

	/** Renders a page for the site at a base URL. */
	@FunctionalInterface
	interface Html {

		byte[] render(String baseUrl);

	}

}
