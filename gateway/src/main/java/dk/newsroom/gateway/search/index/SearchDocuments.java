package dk.newsroom.gateway.search.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.newsroom.gateway.feed.ContentType;
import dk.newsroom.gateway.feed.FeedEntry;
import dk.newsroom.gateway.feed.FeedEventDetails;
import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.feed.FeedPersonDetails;
import dk.newsroom.gateway.feed.ResourceRef;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a listed item and the record it was read from into a search document
 * ({@link SearchFields}). The feed item comes from the projection's own mapping, so the
 * search lists exactly what the feed would; the text to search is read from the record.
 * Thread-safe.
 */
final class SearchDocuments {

	/** Text searched and highlighted: stored, with positions and offsets. */
	private static final FieldType HIGHLIGHTED = highlighted();

	/** The facet dimensions' settings: tags are many per item. */
	static final FacetsConfig FACETS = facetsConfig();

	private final JsonMapper jsonMapper;

	SearchDocuments(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/** The term that identifies a resource's document. */
	static Term refTerm(ContentType type, String id) {
		return new Term(SearchFields.REF, ref(type, id));
	}

	static String ref(ContentType type, String id) {
		return type.wireName() + ':' + id;
	}

	/**
	 * The resource of a {@link #ref}, or {@code null} for a type this gateway does not
	 * know.
	 */
	static @Nullable ResourceRef resource(String ref) {
		int colon = ref.indexOf(':');
		return (colon > 0) ? ContentType.fromWireName(ref.substring(0, colon))
			.map((type) -> new ResourceRef(type, ref.substring(colon + 1)))
			.orElse(null) : null;
	}

	/**
	 * @param entry the item as the feed holds it, with its record
	 * @return the document to index
	 */
	Document document(FeedEntry entry) {
		FeedItem item = entry.item();
		Text text = text(item, entry.source());
		Document document = new Document();
		String ref = ref(item.type(), item.id());
		document.add(new StringField(SearchFields.REF, ref, Field.Store.NO));
		document.add(new SortedDocValuesField(SearchFields.REF, new BytesRef(ref)));
		document.add(new NumericDocValuesField(SearchFields.VERSION, item.version()));
		document.add(new StoredField(SearchFields.ITEM, entry.json()));
		addText(document, SearchFields.TITLE, text.title());
		addText(document, SearchFields.NAMES, text.names());
		addHighlighted(document, SearchFields.LEAD, text.lead());
		addHighlighted(document, SearchFields.BODY, text.body());
		addValue(document, SearchFields.TYPE, item.type().wireName());
		FeedEventDetails event = item.event();
		if (event != null) {
			addValue(document, SearchFields.TRACK, event.track());
			addFilter(document, SearchFields.CITY, event.city());
		}
		else if (item.type() == ContentType.ARTICLE) {
			addValue(document, SearchFields.SECTION, item.section());
		}
		for (String tag : item.tags()) {
			addValue(document, SearchFields.TAG, tag);
		}
		long published = item.publishedAt().toEpochMilli();
		document.add(new LongPoint(SearchFields.PUBLISHED, published));
		document.add(new NumericDocValuesField(SearchFields.PUBLISHED, published));
		Instant date = (event != null) ? event.startsAt() : item.publishedAt();
		document.add(new LongPoint(SearchFields.DATE, date.toEpochMilli()));
		try {
			return FACETS.build(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A filter value as stored: lower case, so filters ignore case like the feed's. */
	static String filterValue(String value) {
		return value.strip().toLowerCase(Locale.ROOT);
	}

	private Text text(FeedItem item, byte @Nullable [] source) {
		if (source == null) {
			return fromItem(item);
		}
		return switch (item.type()) {
			case ARTICLE -> article(item, this.jsonMapper.readValue(source, SearchSources.Article.class));
			case EVENT -> event(item, this.jsonMapper.readValue(source, SearchSources.Event.class));
			case PERSON -> notice(item, this.jsonMapper.readValue(source, SearchSources.Notice.class));
			default -> fromItem(item);
		};
	}

	private static Text fromItem(FeedItem item) {
		return new Text(item.title(), List.of(), item.summary(), null);
	}

	private static Text article(FeedItem item, SearchSources.Article article) {
		List<String> names = new ArrayList<>();
		if (article.authors() != null) {
			names.addAll(article.authors());
		}
		return new Text(item.title(), names, item.summary(), html(article.body()));
	}

	private static Text event(FeedItem item, SearchSources.Event event) {
		List<String> names = new ArrayList<>();
		SearchSources.Venue venue = event.venue();
		if (venue != null) {
			add(names, venue.name());
			add(names, venue.address());
			add(names, venue.city());
		}
		add(names, event.organiser());
		return new Text(item.title(), names, item.summary(), html(event.description()));
	}

	private static Text notice(FeedItem item, SearchSources.Notice notice) {
		List<String> names = new ArrayList<>();
		FeedPersonDetails person = item.person();
		if (notice.person() != null) {
			add(names, notice.person().name());
		}
		else if (person != null) {
			add(names, person.name());
		}
		add(names, notice.company());
		if (notice.previousPosition() != null) {
			add(names, notice.previousPosition().company());
		}
		String lead = join(notice.label(), notice.title());
		return new Text(item.title(), names, lead, notice.announcement());
	}

	private static void add(List<String> names, @Nullable String name) {
		if (name != null && !name.isBlank()) {
			names.add(name);
		}
	}

	private static @Nullable String join(@Nullable String first, @Nullable String second) {
		if (first == null || first.isBlank()) {
			return second;
		}
		return (second == null || second.isBlank()) ? first : first + ": " + second;
	}

	private static void addText(Document document, String field, @Nullable String text) {
		if (text != null && !text.isBlank()) {
			document.add(new TextField(field, text, Field.Store.NO));
		}
	}

	private static void addText(Document document, String field, List<String> texts) {
		for (String text : texts) {
			addText(document, field, text);
		}
	}

	/**
	 * Text that snippets are taken from: stored, and indexed with each term's offsets, so
	 * the highlighter finds the terms without analysing the text again.
	 */
	private static void addHighlighted(Document document, String field, @Nullable String text) {
		if (text != null && !text.isBlank()) {
			document.add(new Field(field, text, HIGHLIGHTED));
		}
	}

	/** A value to filter by and to count in its facet. */
	private static void addValue(Document document, String field, @Nullable String value) {
		if (addFilter(document, field, value)) {
			document.add(new SortedSetDocValuesFacetField(field, value.strip()));
		}
	}

	private static boolean addFilter(Document document, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		document.add(new StringField(field, filterValue(value), Field.Store.NO));
		return true;
	}

	/** The text of sanitised HTML: tags out, entities decoded, blocks apart. */
	static @Nullable String html(@Nullable String html) {
		if (html == null || html.isEmpty()) {
			return html;
		}
		StringBuilder text = new StringBuilder(html.length());
		char[] buffer = new char[1024];
		try (Reader reader = new HTMLStripCharFilter(new StringReader(html))) {
			for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
				text.append(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString().strip();
	}

	private static FieldType highlighted() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private static FacetsConfig facetsConfig() {
		FacetsConfig config = new FacetsConfig();
		config.setMultiValued(SearchFields.TAG, true);
		return config;
	}

	/** The text of an item, by weight. */
	private record Text(String title, List<String> names, @Nullable String lead, @Nullable String body) {

	}

}
