package dk.newsroom.platform.resource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dk.newsroom.platform.content.InvalidInputException;
import dk.newsroom.platform.content.PublicationStatus;
import dk.newsroom.platform.web.PageRequest;
import dk.newsroom.platform.web.QueryParameters;

/**
 * A list request, newest first: a keyset page, an optional status and equality filters on
 * stored fields, each checked as it is added (a bad one is a 400 naming its parameter).
 */
public final class ListQuery {

	private final PageRequest page;

	private final PublicationStatus status;

	private final List<Filter> filters = new ArrayList<>();

	private ListQuery(PageRequest page, PublicationStatus status) {
		this.page = page;
		this.status = status;
	}

	/**
	 * The raw {@code status}, {@code limit} and {@code cursor} parameters (page first, as
	 * every service checks them).
	 */
	public static ListQuery of(String status, Integer limit, String cursor) {
		PageRequest page = PageRequest.of(limit, cursor);
		return new ListQuery(page, parseStatus(status));
	}

	/**
	 * Keeps the items whose stored {@code field} equals (or, for a list field, contains)
	 * the value of {@code parameter}; an absent or empty parameter filters nothing.
	 */
	public ListQuery where(String field, String parameter, String value) {
		String checked = QueryParameters.filter(parameter, value);
		if (checked != null) {
			this.filters.add(new Filter(field, checked));
		}
		return this;
	}

	public PageRequest page() {
		return this.page;
	}

	public PublicationStatus status() {
		return this.status;
	}

	public List<Filter> filters() {
		return Collections.unmodifiableList(this.filters);
	}

	private static PublicationStatus parseStatus(String status) {
		if (status == null || status.isEmpty()) {
			return null;
		}
		try {
			return PublicationStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("status", "must be one of " + List.of(PublicationStatus.values()));
		}
	}

	/** A stored field and the value it must hold. */
	public record Filter(String field, String value) {

	}

}
