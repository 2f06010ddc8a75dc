package dk.newsroom.contractchecks.compatibility;

/**
 * One breaking change.
 *
 * @param rule what kind of change
 * @param path where in an instance, e.g. {@code $.topImage.url} or {@code $.tags[]}
 * @param detail what changed, for the developer
 */
public record Incompatibility(Rule rule, String path, String detail) {

	@Override
	public String toString() {
		return this.rule + " at " + this.path + ": " + this.detail;
	}

}
