package dk.newsroom.gateway.feed.query;

import java.util.List;

/** A feed or search request has parameters the gateway cannot use; answered with 400. */
public final class InvalidFeedRequestException extends RuntimeException {

	private final List<InvalidParameter> errors;

	public InvalidFeedRequestException(List<InvalidParameter> errors) {
		super(describe(errors), null, false, false);
		this.errors = List.copyOf(errors);
	}

	private static String describe(List<InvalidParameter> errors) {
		List<String> fields = errors.stream().map(InvalidParameter::field).distinct().toList();
		return ((fields.size() == 1) ? "Invalid query parameter: " : "Invalid query parameters: ")
				+ String.join(", ", fields);
	}

	/** Each invalid parameter and why. */
	public List<InvalidParameter> errors() {
		return this.errors;
	}

}
