package dk.newsroom.gateway.reader.sitemap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dk.newsroom.gateway.feed.FeedItem;
import dk.newsroom.gateway.reader.site.DanishTime;
import dk.newsroom.gateway.reader.site.PageMeta;

/**
 * Writes the sitemap documents as UTF-8 XML with the JDK's streaming XML writer (StAX):
 * element by element into one buffer, with no document tree (a file may list 50 000
 * URLs), every text escaped by the writer. Text that XML cannot carry at all (control
 * characters, lone surrogates) is left out, so one odd headline cannot break a file.
 * <ul>
 * <li>the index: {@code <sitemapindex>} of {@code <sitemap>} with {@code <loc>} and
 * {@code <lastmod>} (sitemaps.org 0.9);</li>
 * <li>a type's sitemap: {@code <urlset>} of {@code <url>} with the page's absolute
 * {@code <loc>} and {@code <lastmod>}, the item's {@code updatedAt};</li>
 * <li>the news sitemap: {@code <url>} with {@code <loc>} and {@code <news:news>}: the
 * publication (name "Newsroom", language {@code da}), {@code <news:publication_date>} and
 * {@code <news:title>} (Google News sitemap 0.9).</li>
 * </ul>
 * Times are W3C datetimes to the second in Copenhagen time, e.g.
 * {@code 2026-12-04T16:48:00+01:00}. CPU only.
 */
final class SitemapWriter {

	/**
	 * The documents' format: part of every validator, so a release that writes them
	 * otherwise never answers 304 for a document of the old one.
	 */
	static final String VERSION = "sitemaps-1";

	static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

	static final String NEWS_PREFIX = "news";

	static final String LANGUAGE = "da";

	private static final DateTimeFormatter W3C_DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX")
		.withZone(DanishTime.COPENHAGEN);

	private SitemapWriter() {
	}

	/** The sitemap index. */
	static byte[] index(SitemapIndex index, String baseUrl) {
		return write(index.entries().size(), (xml) -> {
			start(xml, "sitemapindex", false);
			for (SitemapIndex.Entry entry : index.entries()) {
				xml.writeStartElement(SITEMAP_NS, "sitemap");
				element(xml, "loc", baseUrl + entry.file().path());
				element(xml, "lastmod", w3c(entry.lastModified()));
				xml.writeEndElement();
				newline(xml);
			}
		});
	}

	/** One file of a type's sitemap. */
	static byte[] urls(Sitemap sitemap, String baseUrl) {
		return write(sitemap.items().size(), (xml) -> {
			start(xml, "urlset", false);
			for (FeedItem item : sitemap.items()) {
				xml.writeStartElement(SITEMAP_NS, "url");
				element(xml, "loc", loc(item, baseUrl));
				element(xml, "lastmod", w3c(item.updatedAt()));
				xml.writeEndElement();
				newline(xml);
			}
		});
	}

	/** The news sitemap. */
	static byte[] news(Sitemap sitemap, String baseUrl) {
		return write(sitemap.items().size(), (xml) -> {
			start(xml, "urlset", true);
			for (FeedItem item : sitemap.items()) {
				xml.writeStartElement(SITEMAP_NS, "url");
				element(xml, "loc", loc(item, baseUrl));
				xml.writeStartElement(NEWS_PREFIX, "news", NEWS_NS);
				xml.writeStartElement(NEWS_PREFIX, "publication", NEWS_NS);
				newsElement(xml, "name", PageMeta.SITE_NAME);
				newsElement(xml, "language", LANGUAGE);
				xml.writeEndElement();
				newsElement(xml, "publication_date", w3c(item.publishedAt()));
				newsElement(xml, "title", item.title());
				xml.writeEndElement();
				xml.writeEndElement();
				newline(xml);
			}
		});
	}

	/** A W3C datetime to the second, in Copenhagen time. */
	static String w3c(Instant instant) {
		return W3C_DATETIME.format(instant);
	}

	/**
	 * The text without what XML 1.0 cannot carry (characters outside its {@code Char}
	 * production: most control characters, lone surrogates, U+FFFE and U+FFFF).
	 */
	static String xmlText(String text) {
		StringBuilder kept = null;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int length = Character.charCount(codePoint);
			boolean allowed = codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
					|| (codePoint >= 0x20 && codePoint <= 0xD7FF) || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
					|| codePoint >= 0x10000;
			if (!allowed && kept == null) {
				kept = new StringBuilder(text.length()).append(text, 0, i);
			}
			else if (allowed && kept != null) {
				kept.append(text, i, i + length);
			}
			i += length;
		}
		return (kept != null) ? kept.toString() : text;
	}

	private static String loc(FeedItem item, String baseUrl) {
		return baseUrl + Objects.requireNonNull(item.url(), "an item with a page");
	}

	private static void start(XMLStreamWriter xml, String root, boolean news) throws XMLStreamException {
		xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
		newline(xml);
		xml.setDefaultNamespace(SITEMAP_NS);
		xml.writeStartElement(SITEMAP_NS, root);
		xml.writeDefaultNamespace(SITEMAP_NS);
		if (news) {
			xml.setPrefix(NEWS_PREFIX, NEWS_NS);
			xml.writeNamespace(NEWS_PREFIX, NEWS_NS);
		}
		newline(xml);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(SITEMAP_NS, name);
		xml.writeCharacters(xmlText(text));
		xml.writeEndElement();
	}

	private static void newsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(NEWS_PREFIX, name, NEWS_NS);
		xml.writeCharacters(xmlText(text));
		xml.writeEndElement();
	}

	/** A line break between entries, for people reading the file. */
	private static void newline(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeCharacters("\n");
	}

	private static byte[] write(int entries, Body body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 + entries * 160);
		try {
			// The JDK's own writer: no factory lookup on the class path (no I/O per
			// request).
			XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory()
				.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
			body.write(xml);
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write a sitemap", ex);
		}
		return out.toByteArray();
	}

	@FunctionalInterface
	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

}
