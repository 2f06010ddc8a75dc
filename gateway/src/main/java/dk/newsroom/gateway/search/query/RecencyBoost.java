package dk.newsroom.gateway.search.query;

import java.io.IOException;
import java.util.Objects;

import dk.newsroom.gateway.search.index.SearchFields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * The factor on a result's score for how recent it is: {@code 1 + W × 2^(−age / H)}, with
 * the age since publication at a reference instant, weight {@code W} = {@value #WEIGHT}
 * and half-life {@code H} = {@value #HALF_LIFE_DAYS} days. A new item counts 1.5 times as
 * much as an old one with the same match, one a month old 1.25 times, one a year old the
 * same. An item scheduled after the reference counts as new.
 */
final class RecencyBoost extends DoubleValuesSource {

	static final double WEIGHT = 0.5;

	static final int HALF_LIFE_DAYS = 30;

	private static final double MILLIS_PER_HALF_LIFE = HALF_LIFE_DAYS * 24 * 3600 * 1000.0;

	private final long reference;

	/**
	 * @param reference the instant ages are counted to, epoch milliseconds
	 */
	RecencyBoost(long reference) {
		this.reference = reference;
	}

	static double factor(long ageMillis) {
		return 1 + WEIGHT * Math.pow(2, -Math.max(0, ageMillis) / MILLIS_PER_HALF_LIFE);
	}

	@Override
	public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
		NumericDocValues published = DocValues.getNumeric(context.reader(), SearchFields.PUBLISHED);
		return new DoubleValues() {

			private double value = 1;

			@Override
			public double doubleValue() {
				return this.value;
			}

			@Override
			public boolean advanceExact(int doc) throws IOException {
				this.value = published.advanceExact(doc) ? factor(RecencyBoost.this.reference - published.longValue())
						: 1;
				return true;
			}

		};
	}

	@Override
	public boolean needsScores() {
		return false;
	}

	@Override
	public DoubleValuesSource rewrite(IndexSearcher searcher) {
		return this;
	}

	@Override
	public boolean isCacheable(LeafReaderContext context) {
		return DocValues.isCacheable(context, SearchFields.PUBLISHED);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RecencyBoost boost && boost.reference == this.reference;
	}

	@Override
	public int hashCode() {
		return Objects.hash(RecencyBoost.class, this.reference);
	}

	@Override
	public String toString() {
		return "recency(" + this.reference + ")";
	}

}
