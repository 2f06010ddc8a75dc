package dk.newsroom.platform.resource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

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
		return new ListQuery(page, parse("status", status, PublicationStatus.class));
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

	/**
	 * Keeps the items whose stored {@code field} equals the key made of the parameter's
	 * value ({@code company=Kystkraft A/S} as {@code companyKey=kystkraft-a-s}); an
	 * absent or blank parameter filters nothing.
	 */
	public ListQuery where(String field, String parameter, String value, Function<String, ?> key) {
		String checked = QueryParameters.filter(parameter, value);
		if (checked != null && !checked.isBlank()) {
			this.filters.add(new Filter(field, key.apply(checked)));
		}
		return this;
	}

	/**
	 * Keeps the items whose stored {@code field} holds the constant the parameter names;
	 * any other value is a 400 naming the parameter and listing the constants.
	 */
	public <E extends Enum<E>> ListQuery whereOneOf(String field, String parameter, String value, Class<E> type) {
		E constant = parse(parameter, value, type);
		if (constant != null) {
			this.filters.add(new Filter(field, constant));
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

	private static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(parameter, "must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

	/** A stored field and the value it must hold. */
	public record Filter(String field, Object value) {

	}

}
