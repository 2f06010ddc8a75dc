package dk.newsroom.gateway.feed.formats;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import dk.newsroom.gateway.feed.FeedItem;
import org.jspecify.annotations.Nullable;

/**
 * Writes a feed page as Atom 1.0 (RFC 4287) with Rome, paged with {@code rel="next"} (RFC
 * 5005).
 */
final class AtomFeedWriter {

	private AtomFeedWriter() {
	}

	static byte[] write(FeedDocument document) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(document.id());
		feed.setTitleEx(text(document.title()));
		feed.setSubtitle(text(document.description()));
		feed.setLanguage(FeedDocument.LANGUAGE);
		feed.setUpdated(Date.from(document.updated()));
		Person author = new Person();
		author.setName(FeedDocument.AUTHOR);
		feed.setAuthors(List.of(author));
		feed.setAlternateLinks(List.of(link("alternate", document.homePageUrl(), "text/html")));
		List<Link> others = new ArrayList<>();
		others.add(link("self", document.selfUrl(), FeedFormat.ATOM.mediaType().toString()));
		if (document.nextUrl() != null) {
			others.add(link("next", document.nextUrl(), FeedFormat.ATOM.mediaType().toString()));
		}
		feed.setOtherLinks(others);
		feed.setEntries(document.items().stream().map((item) -> entry(document, item)).toList());
		return XmlOutput.write(feed);
	}

	private static Entry entry(FeedDocument document, FeedItem item) {
		Entry entry = new Entry();
		entry.setId(FeedDocument.id(item));
		entry.setTitleEx(text(item.title()));
		entry.setAlternateLinks(List.of(link("alternate", document.url(item), null)));
		entry.setSummary(text(FeedDocument.text(item)));
		entry.setPublished(Date.from(item.publishedAt()));
		entry.setUpdated(Date.from(item.publishedAt()));
		entry.setCategories(item.tags().stream().map(AtomFeedWriter::category).toList());
		return entry;
	}

	private static Content text(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(value);
		return content;
	}

	private static Link link(String rel, String href, @Nullable String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		if (type != null) {
			link.setType(type);
		}
		return link;
	}

	private static Category category(String tag) {
		Category category = new Category();
		category.setTerm(tag);
		return category;
	}

}
