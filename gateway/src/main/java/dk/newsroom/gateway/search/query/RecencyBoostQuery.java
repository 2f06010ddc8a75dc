package dk.newsroom.gateway.search.query;

import java.io.IOException;
import java.util.Objects;

import dk.newsroom.gateway.search.index.SearchFields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * A query's score times a factor for how recent the document is:
 * {@code 1 + W × 2^(−age / H)}, with the age since publication at a reference instant,
 * weight {@code W} = {@value #WEIGHT} and half-life {@code H} = {@value #HALF_LIFE_DAYS}
 * days. A new item counts 1.5 times as much as an old one with the same match, one a
 * month old 1.25 times, one a year old the same. An item scheduled after the reference
 * counts as new.
 * <p>
 * Unlike a function score, it keeps the wrapped query's score bounds: the factor is at
 * most {@code 1 + W}, so a block's best score is the wrapped one's times that, and a
 * document whose text score is below the collector's minimum divided by it cannot
 * compete. So a search for the best few of many matches skips most of them instead of
 * scoring every one (Lucene's block-max WAND).
 */
final class RecencyBoostQuery extends Query {

	static final double WEIGHT = 0.5;

	static final int HALF_LIFE_DAYS = 30;

	/** The largest factor: that of an item published at the reference or after. */
	static final double MAX_FACTOR = 1 + WEIGHT;

	private static final double HALF_LIVES_PER_MILLI = 1.0 / (HALF_LIFE_DAYS * 24 * 3600 * 1000.0);

	private final Query query;

	private final long reference;

	/**
	 * @param query the query whose score is boosted
	 * @param reference the instant ages are counted to, epoch milliseconds
	 */
	RecencyBoostQuery(Query query, long reference) {
		this.query = query;
		this.reference = reference;
	}

	static double factor(long ageMillis) {
		return 1 + WEIGHT * Math.pow(2, -Math.max(0, ageMillis) * HALF_LIVES_PER_MILLI);
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Weight inner = this.query.createWeight(searcher, scoreMode, boost);
		return scoreMode.needsScores() ? new BoostWeight(this, inner) : inner;
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = this.query.rewrite(searcher);
		return (rewritten != this.query) ? new RecencyBoostQuery(rewritten, this.reference) : this;
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && ((RecencyBoostQuery) other).reference == this.reference
				&& ((RecencyBoostQuery) other).query.equals(this.query);
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.query, this.reference);
	}

	@Override
	public String toString(String field) {
		return "recency(" + this.query.toString(field) + ", " + this.reference + ")";
	}

	private final class BoostWeight extends FilterWeight {

		BoostWeight(Query query, Weight inner) {
			super(query, inner);
		}

		@Override
		public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
			ScorerSupplier inner = this.in.scorerSupplier(context);
			if (inner == null) {
				return null;
			}
			NumericDocValues published = DocValues.getNumeric(context.reader(), SearchFields.PUBLISHED);
			Weight weight = this;
			return new ScorerSupplier() {

				@Override
				public Scorer get(long leadCost) throws IOException {
					return new BoostScorer(weight, inner.get(leadCost), published, RecencyBoostQuery.this.reference);
				}

				@Override
				public long cost() {
					return inner.cost();
				}

				@Override
				public void setTopLevelScoringClause() throws IOException {
					inner.setTopLevelScoringClause();
				}

			};
		}

		@Override
		public Scorer scorer(LeafReaderContext context) throws IOException {
			ScorerSupplier supplier = scorerSupplier(context);
			return (supplier != null) ? supplier.get(Long.MAX_VALUE) : null;
		}

		@Override
		public Explanation explain(LeafReaderContext context, int doc) throws IOException {
			Explanation inner = this.in.explain(context, doc);
			if (!inner.isMatch()) {
				return inner;
			}
			NumericDocValues published = DocValues.getNumeric(context.reader(), SearchFields.PUBLISHED);
			double factor = published.advanceExact(doc)
					? factor(RecencyBoostQuery.this.reference - published.longValue()) : 1;
			return Explanation.match((float) (inner.getValue().doubleValue() * factor), "recency boost, product of:",
					inner, Explanation.match((float) factor, "recency factor"));
		}

		@Override
		public boolean isCacheable(LeafReaderContext context) {
			return false;
		}

	}

	/** Scores with the factor; bounds and minimums scaled by the largest factor. */
	private static final class BoostScorer extends FilterScorer {

		private final NumericDocValues published;

		private final long reference;

		private int factorDoc = -1;

		private double factor = 1;

		BoostScorer(Weight weight, Scorer in, NumericDocValues published, long reference) {
			super(in, weight);
			this.published = published;
			this.reference = reference;
		}

		@Override
		public float score() throws IOException {
			int doc = docID();
			if (doc != this.factorDoc) {
				this.factor = this.published.advanceExact(doc) ? factor(this.reference - this.published.longValue())
						: 1;
				this.factorDoc = doc;
			}
			return (float) (this.in.score() * this.factor);
		}

		@Override
		public int advanceShallow(int target) throws IOException {
			return this.in.advanceShallow(target);
		}

		@Override
		public float getMaxScore(int upTo) throws IOException {
			float max = this.in.getMaxScore(upTo);
			return (max == Float.POSITIVE_INFINITY) ? max : Math.nextUp((float) (max * MAX_FACTOR));
		}

		@Override
		public void setMinCompetitiveScore(float minScore) throws IOException {
			this.in.setMinCompetitiveScore(Math.nextDown((float) (minScore / MAX_FACTOR)));
		}

	}

}
