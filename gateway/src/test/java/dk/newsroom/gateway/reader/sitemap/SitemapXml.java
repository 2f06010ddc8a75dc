package dk.newsroom.gateway.reader.sitemap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Sitemap documents as a search engine reads them: parsed by a namespace-aware XML
 * parser, validated against the tests' schemas of the sitemaps.org protocol and of the
 * Google News extension ({@code src/test/resources/sitemaps}), and read into plain
 * values.
 */
final class SitemapXml {

	static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

	private static final Schema SCHEMA = schema();

	private SitemapXml() {
	}

	/**
	 * Parses a document after validating it against the schemas.
	 * @throws AssertionError if it is not well-formed or not valid
	 */
	static Document parse(byte[] xml) {
		try {
			SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (SAXException ex) {
			throw new AssertionError("Not a valid sitemap document: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A URL set's entries by {@code <loc>}, in document order. */
	static Map<String, Url> urls(Document urlset) {
		assertRoot(urlset, "urlset");
		Map<String, Url> urls = new LinkedHashMap<>();
		NodeList nodes = urlset.getDocumentElement().getElementsByTagNameNS(SITEMAP_NS, "url");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element url = (Element) nodes.item(i);
			Element news = child(url, NEWS_NS, "news");
			Url entry = new Url(text(url, SITEMAP_NS, "loc"), instant(text(url, SITEMAP_NS, "lastmod")),
					(news != null) ? news(news) : null);
			if (urls.put(entry.loc(), entry) != null) {
				throw new AssertionError("Listed twice: " + entry.loc());
			}
		}
		return urls;
	}

	/** A sitemap index's files: {@code <loc>} to {@code <lastmod>}, in document order. */
	static Map<String, Instant> index(Document index) {
		assertRoot(index, "sitemapindex");
		Map<String, Instant> files = new LinkedHashMap<>();
		NodeList nodes = index.getDocumentElement().getElementsByTagNameNS(SITEMAP_NS, "sitemap");
		for (int i = 0; i < nodes.getLength(); i++) {
			Element sitemap = (Element) nodes.item(i);
			files.put(text(sitemap, SITEMAP_NS, "loc"), instant(text(sitemap, SITEMAP_NS, "lastmod")));
		}
		return files;
	}

	private static News news(Element news) {
		Element publication = Objects.requireNonNull(child(news, NEWS_NS, "publication"));
		return new News(text(publication, NEWS_NS, "name"), text(publication, NEWS_NS, "language"),
				instant(text(news, NEWS_NS, "publication_date")), text(news, NEWS_NS, "title"));
	}

	private static void assertRoot(Document document, String name) {
		Element root = document.getDocumentElement();
		if (!SITEMAP_NS.equals(root.getNamespaceURI()) || !name.equals(root.getLocalName())) {
			throw new AssertionError("Expected <" + name + "> in " + SITEMAP_NS + ", not " + root.getTagName());
		}
	}

	private static Element child(Element parent, String namespace, String name) {
		for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				return element;
			}
		}
		return null;
	}

	private static String text(Element parent, String namespace, String name) {
		Element child = child(parent, namespace, name);
		return (child != null) ? child.getTextContent() : null;
	}

	private static Instant instant(String w3c) {
		return (w3c != null) ? OffsetDateTime.parse(w3c).toInstant() : null;
	}

	private static Schema schema() {
		List<StreamSource> sources = new ArrayList<>();
		// The news schema first: the URL set's strict wildcard refers to its element.
		for (String name : List.of("sitemap-news-0.9.xsd", "sitemap-0.9.xsd")) {
			URL url = Objects.requireNonNull(SitemapXml.class.getResource("/sitemaps/" + name), name);
			sources.add(new StreamSource(url.toExternalForm()));
		}
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			return factory.newSchema(sources.toArray(new StreamSource[0]));
		}
		catch (SAXException ex) {
			throw new IllegalStateException("The sitemap schemas do not load", ex);
		}
	}

	/**
	 * One {@code <url>}.
	 *
	 * @param loc the page's address
	 * @param lastmod its {@code <lastmod>}, if any
	 * @param news its {@code <news:news>}, if any
	 */
	record Url(String loc, Instant lastmod, News news) {

	}

	/** One {@code <news:news>}. */
	record News(String name, String language, Instant publicationDate, String title) {

	}

}
