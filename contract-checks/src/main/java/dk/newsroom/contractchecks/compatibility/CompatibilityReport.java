package dk.newsroom.contractchecks.compatibility;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The result of comparing a current schema with its released version.
 *
 * @param releasedId the released schema's {@code $id}
 * @param currentId the current schema's {@code $id}
 * @param breakingChanges what would break consumers of the released version; empty when
 * the change is compatible
 */
public record CompatibilityReport(String releasedId, String currentId, List<Incompatibility> breakingChanges) {

	private static final Pattern VERSIONED_ID = Pattern.compile("^(.*)\\.v(\\d+)\\.schema\\.json$");

	public CompatibilityReport {
		breakingChanges = List.copyOf(breakingChanges);
	}

	/** Whether the change is compatible. */
	public boolean compatible() {
		return this.breakingChanges.isEmpty();
	}

	/**
	 * Whether the current {@code $id} has a higher major version than the released one
	 * ({@code article.v1.schema.json} to {@code article.v2.schema.json}), which allows
	 * breaking changes.
	 */
	public boolean majorVersionBumped() {
		return major(this.currentId) > major(this.releasedId);
	}

	/**
	 * Whether the build may go on: the change is compatible, or it breaks and the major
	 * version was bumped (a new schema for a new topic). A renamed {@code $id} never
	 * passes.
	 */
	public boolean passes() {
		boolean renamed = this.breakingChanges.stream().anyMatch((change) -> change.rule() == Rule.ID_CHANGED);
		return !renamed && (compatible() || majorVersionBumped());
	}

	/** A message for a failing build. */
	public String describe() {
		if (compatible()) {
			return this.currentId + " is compatible with " + this.releasedId;
		}
		String changes = this.breakingChanges.stream()
			.map((change) -> "  - " + change)
			.collect(Collectors.joining(System.lineSeparator()));
		String verdict = passes() ? "breaks consumers of " + this.releasedId + ", allowed by the new major version"
				: "breaks consumers of " + this.releasedId
						+ " without a new major version (bump the $id to .v<N+1>, publish it on a new topic, "
						+ "or make the change compatible)";
		return this.currentId + " " + verdict + ":" + System.lineSeparator() + changes;
	}

	/** The major version of a schema id such as ….v1.schema.json; -1 when it has none. */
	static int major(String id) {
		Matcher matcher = (id != null) ? VERSIONED_ID.matcher(id) : null;
		return (matcher != null && matcher.matches()) ? Integer.parseInt(matcher.group(2)) : -1;
	}

	/** The id without its version; the id itself when it has none. */
	static String base(String id) {
		Matcher matcher = (id != null) ? VERSIONED_ID.matcher(id) : null;
		return (matcher != null && matcher.matches()) ? matcher.group(1) : id;
	}

}
