package dk.newsroom.gateway.reader.lists;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedKey;
import dk.newsroom.gateway.feed.FeedPage;
import dk.newsroom.gateway.feed.FeedProjection;
import dk.newsroom.gateway.feed.FeedQuery;
import dk.newsroom.gateway.feed.query.FeedParameters;
import dk.newsroom.gateway.reader.lists.EventProgramme.Filter;
import dk.newsroom.gateway.reader.lists.EventProgramme.Start;
import dk.newsroom.gateway.reader.lists.ListViews.Entry;
import dk.newsroom.gateway.reader.lists.ListViews.Facet;
import dk.newsroom.gateway.reader.site.PageMeta;
import dk.newsroom.gateway.reader.site.SitePage;
import dk.newsroom.gateway.reader.site.SitePaths;
import dk.newsroom.gateway.reader.site.SiteTemplates;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriUtils;

/**
 * Renders the reader site's list pages from memory: a section's articles, a tag's
 * articles, events and notices (templates {@code list}), the events page ({@code events})
 * and Navnenyt ({@code notices}). Each reads one page of the projection or of the
 * {@link EventProgramme}, never the whole feed; CPU only, no I/O, so it may run on an
 * event loop. A page's validator is a digest of its bytes.
 */
final class ListPageRenderer {

	/** Items per page. */
	static final int PAGE_SIZE = 20;

	/** The events page's parameter for the past events. */
	static final String PAST = "tidligere";

	/** What a tag page lists: every type the site has pages for. */
	static final Set<ContentType> TAGGED = Set.of(ContentType.ARTICLE, ContentType.EVENT, ContentType.PERSON);

	private final FeedProjection projection;

	private final EventProgramme programme;

	private final SiteTemplates templates;

	ListPageRenderer(FeedProjection projection, EventProgramme programme, SiteTemplates templates) {
		this.projection = projection;
		this.programme = programme;
		this.templates = templates;
	}

	/**
	 * A section's articles, newest first.
	 * @param name the section, in any case
	 * @param after the key of the last article of the previous page, or {@code null}
	 * @return the page, or empty when no article is in the section
	 */
	Optional<SitePage> section(String name, @Nullable FeedKey after, String baseUrl) {
		FeedQuery query = new FeedQuery(Set.of(ContentType.ARTICLE), null, name, PAGE_SIZE, after);
		FeedPage page = this.projection.page(query);
		FeedItem named = named(query, page);
		if (named == null || named.section() == null) {
			return Optional.empty();
		}
		String spelled = named.section();
		String path = SitePaths.section(spelled);
		PageMeta meta = meta(spelled + " – " + PageMeta.SITE_NAME,
				"De nyeste artikler i sektionen " + spelled + " på " + PageMeta.SITE_NAME + ".", path, after == null,
				baseUrl);
		List<Entry> entries = page.entries().stream().map((entry) -> ListViews.article(entry.item(), false)).toList();
		return Optional.of(list("section", "Sektion", spelled, meta, entries, next(path, page.next()),
				(after != null) ? path : null, "Der er ikke flere artikler i sektionen."));
	}

	/**
	 * A tag's articles, events and Navnenyt notices, newest published first.
	 * @param name the tag, in any case
	 * @param after the key of the last item of the previous page, or {@code null}
	 * @return the page, or empty when no item has the tag
	 */
	Optional<SitePage> tag(String name, @Nullable FeedKey after, String baseUrl) {
		FeedQuery query = new FeedQuery(TAGGED, name, null, PAGE_SIZE, after);
		FeedPage page = this.projection.page(query);
		FeedItem named = named(query, page);
		String spelled = (named != null) ? named.tags().stream().filter(name::equalsIgnoreCase).findFirst().orElse(null)
				: null;
		if (spelled == null) {
			return Optional.empty();
		}
		String path = SitePaths.tag(spelled);
		PageMeta meta = meta(spelled + " – Emner – " + PageMeta.SITE_NAME,
				"Artikler, arrangementer og navnenyt om " + spelled + " på " + PageMeta.SITE_NAME + ".", path,
				after == null, baseUrl);
		List<Entry> entries = page.entries().stream().map((entry) -> ListViews.of(entry.item(), true)).toList();
		return Optional.of(list("tag", "Emne", spelled, meta, entries, next(path, page.next()),
				(after != null) ? path : null, "Der er ikke flere indlæg med emnet."));
	}

	/**
	 * The events page: upcoming events soonest first, or past ones latest first, filtered
	 * by track and city.
	 * @param filter the track and city asked for, if any
	 * @param past whether the past events are asked for
	 * @param after the position of the last event of the previous page, or {@code null}
	 */
	SitePage events(Filter filter, boolean past, @Nullable Start after, String baseUrl) {
		String track = (filter.track() != null) ? spelled(this.programme.track(filter.track()), filter.track()) : null;
		String city = (filter.city() != null) ? spelled(this.programme.city(filter.city()), filter.city()) : null;
		EventProgramme.Page page = past ? this.programme.past(filter, after, PAGE_SIZE)
				: this.programme.upcoming(filter, after, PAGE_SIZE);
		String heading = past ? "Tidligere arrangementer" : "Kommende arrangementer";
		List<String> filters = new ArrayList<>(2);
		if (track != null) {
			filters.add(track);
		}
		if (city != null) {
			filters.add(city);
		}
		String filtered = String.join(", ", filters);
		String path = eventsPath(track, city, past);
		PageMeta meta = meta(heading + (filters.isEmpty() ? "" : ": " + filtered) + " – " + PageMeta.SITE_NAME,
				(past ? "Arrangementer, der har fundet sted" : "Konferencer, møder og kurser, der kommer")
						+ (filters.isEmpty() ? "" : " (" + filtered + ")") + " – " + PageMeta.SITE_NAME + ".",
				path, after == null, baseUrl);
		Start next = page.next();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("meta", meta);
		model.put("heading", heading);
		model.put("filtered", !filters.isEmpty());
		model.put("filterText", filterText(track, city));
		model.put("all", eventsPath(null, null, past));
		model.put("other", eventsPath(track, city, !past));
		model.put("otherLabel", past ? "Se kommende arrangementer" : "Se tidligere arrangementer");
		List<Facet> tracks = facets(this.programme.tracks(past), track, true, city, past);
		List<Facet> cities = facets(this.programme.cities(past), city, false, track, past);
		model.put("tracks", tracks);
		model.put("hasTracks", !tracks.isEmpty());
		model.put("cities", cities);
		model.put("hasCities", !cities.isEmpty());
		model.put("hasFacets", !tracks.isEmpty() || !cities.isEmpty());
		List<Entry> entries = page.events().stream().map(ListViews::event).toList();
		model.put("entries", entries);
		model.put("hasEntries", !entries.isEmpty());
		model.put("empty", past ? "Ingen tidligere arrangementer." : "Ingen kommende arrangementer.");
		model.put("next", (next != null)
				? withCursor(path, FeedParameters.cursor(new FeedKey(next.at(), ContentType.EVENT, next.id()))) : null);
		model.put("nextLabel", past ? "Ældre" : "Senere");
		model.put("first", (after != null) ? path : null);
		return SitePage.of(this.templates.render("events", model), null);
	}

	/**
	 * Navnenyt: the person-news notices, newest first.
	 * @param after the key of the last notice of the previous page, or {@code null}
	 */
	SitePage notices(@Nullable FeedKey after, String baseUrl) {
		FeedPage page = this.projection.page(new FeedQuery(Set.of(ContentType.PERSON), null, null, PAGE_SIZE, after));
		String path = SitePaths.NOTICES;
		PageMeta meta = meta("Navnenyt – " + PageMeta.SITE_NAME,
				"Nye job og nye titler i den danske it-branche – " + PageMeta.SITE_NAME + ".", path, after == null,
				baseUrl);
		List<Entry> entries = page.entries().stream().map((entry) -> ListViews.notice(entry.item())).toList();
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("meta", meta);
		model.put("entries", entries);
		model.put("hasEntries", !entries.isEmpty());
		model.put("empty", (after != null) ? "Der er ikke mere navnenyt." : "Intet navnenyt lige nu.");
		model.put("next", next(path, page.next()));
		model.put("nextLabel", "Ældre");
		model.put("first", (after != null) ? path : null);
		return SitePage.of(this.templates.render("notices", model), null);
	}

	private SitePage list(String kind, String label, String name, PageMeta meta, List<Entry> entries,
			@Nullable String next, @Nullable String first, String empty) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("meta", meta);
		model.put("kind", kind);
		model.put("label", label);
		model.put("name", name);
		model.put("entries", entries);
		model.put("hasEntries", !entries.isEmpty());
		model.put("empty", empty);
		model.put("next", next);
		model.put("nextLabel", "Ældre");
		model.put("first", first);
		return SitePage.of(this.templates.render("list", model), null);
	}

	/**
	 * The item that tells how the page's name is spelled: the first of the page, or, on a
	 * page after the last one, the newest of all; {@code null} when none matches.
	 */
	private @Nullable FeedItem named(FeedQuery query, FeedPage page) {
		if (!page.entries().isEmpty()) {
			return page.entries().get(0).item();
		}
		if (query.after() == null) {
			return null;
		}
		List<FeedEntry> newest = this.projection
			.page(new FeedQuery(query.types(), query.tag(), query.section(), 1, null))
			.entries();
		return newest.isEmpty() ? null : newest.get(0).item();
	}

	/**
	 * The filters offered: the names with events on the timeline, the current one always,
	 * each link keeping the other filter.
	 */
	private List<Facet> facets(List<String> names, @Nullable String current, boolean tracks, @Nullable String other,
			boolean past) {
		List<String> shown = new ArrayList<>(names);
		if (current != null && shown.stream().noneMatch(current::equalsIgnoreCase)) {
			shown.add(0, current);
		}
		List<Facet> facets = new ArrayList<>(shown.size());
		for (String name : shown) {
			boolean selected = current != null && current.equalsIgnoreCase(name);
			facets
				.add(new Facet(name, tracks ? eventsPath(name, other, past) : eventsPath(other, name, past), selected));
		}
		return facets;
	}

	/** A list page's head: canonical without a cursor; only the first page is indexed. */
	private static PageMeta meta(String title, String description, String path, boolean first, String baseUrl) {
		return new PageMeta(title, description, baseUrl + path, "website", null, null, null, null, null, List.of(),
				null, first, baseUrl);
	}

	private static @Nullable String next(String path, @Nullable FeedKey next) {
		return (next != null) ? withCursor(path, FeedParameters.cursor(next)) : null;
	}

	private static String withCursor(String path, String cursor) {
		return path + ((path.indexOf('?') >= 0) ? '&' : '?') + FeedParameters.CURSOR + '='
				+ UriUtils.encodeQueryParam(cursor, StandardCharsets.UTF_8);
	}

	/** The events page with these filters, upcoming or past. */
	static String eventsPath(@Nullable String track, @Nullable String city, boolean past) {
		String path = SitePaths.events(track, city);
		return past ? path + ((path.indexOf('?') >= 0) ? '&' : '?') + PAST + "=1" : path;
	}

	/** "sporet Sikkerhed i Aarhus C", "sporet Sikkerhed", "arrangementer i Aarhus C" */
	private static @Nullable String filterText(@Nullable String track, @Nullable String city) {
		if (track != null) {
			return "sporet " + track + ((city != null) ? " i " + city : "");
		}
		return (city != null) ? "arrangementer i " + city : null;
	}

	private static String spelled(@Nullable String known, String asked) {
		return (known != null) ? known : asked;
	}

}
