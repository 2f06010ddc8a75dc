package dk.newsroom.gateway.feed.formats;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import dk.newsroom.gateway.feed.FeedItem;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Writes a feed page as RSS 2.0 with Rome. RSS has no paging of its own: the page links
 * itself and the next page with {@code atom:link} (RFC 5005), as feed validators
 * recommend.
 */
final class RssFeedWriter {

	static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

	private RssFeedWriter() {
	}

	static byte[] write(FeedDocument document) {
		Channel channel = new Channel("rss_2.0");
		channel.setTitle(document.title());
		channel.setLink(document.homePageUrl());
		channel.setDescription(document.description());
		channel.setLanguage(FeedDocument.LANGUAGE);
		if (!document.items().isEmpty()) {
			channel.setLastBuildDate(Date.from(document.updated()));
		}
		List<Element> links = new ArrayList<>();
		links.add(atomLink("self", document.selfUrl()));
		if (document.nextUrl() != null) {
			links.add(atomLink("next", document.nextUrl()));
		}
		channel.setForeignMarkup(links);
		channel.setItems(document.items().stream().map((item) -> item(document, item)).toList());
		return XmlOutput.write(channel);
	}

	private static Item item(FeedDocument document, FeedItem feedItem) {
		Item item = new Item();
		item.setTitle(feedItem.title());
		item.setLink(document.url(feedItem));
		Description description = new Description();
		description.setType("text/plain");
		description.setValue(FeedDocument.text(feedItem));
		item.setDescription(description);
		Guid guid = new Guid();
		guid.setPermaLink(false);
		guid.setValue(FeedDocument.id(feedItem));
		item.setGuid(guid);
		item.setPubDate(Date.from(feedItem.publishedAt()));
		item.setCategories(feedItem.tags().stream().map(RssFeedWriter::category).toList());
		return item;
	}

	private static Category category(String tag) {
		Category category = new Category();
		category.setValue(tag);
		return category;
	}

	private static Element atomLink(String rel, String href) {
		return new Element("link", ATOM).setAttribute("rel", rel)
			.setAttribute("href", href)
			.setAttribute("type", FeedFormat.RSS.mediaType().toString());
	}

}
