package dk.newsroom.gateway.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance test set ({@link RelevanceCorpus}): every judged query against the whole
 * corpus, precision@5 and recall@5 reported (to the log and
 * {@code target/search-relevance.md}) and held above the levels docs/search.md states.
 * <p>
 * recall@5: of the items that must be in the top five, the share that is. precision@5: of
 * the results in the top five, the share that is judged relevant (must or also). Items a
 * query must never find (scheduled ones, distractors) must not be among any of its
 * results.
 */
class SearchRelevanceTest {

	/** The levels the build holds (docs/search.md, "Relevance"). */
	static final double MIN_RECALL = 0.97;

	static final double MIN_PRECISION = 0.92;

	static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

	private static final Logger log = LoggerFactory.getLogger(SearchRelevanceTest.class);

	@Test
	void theJudgedQueriesFindWhatTheyMust() throws Exception {
		List<RelevanceCorpus.Record> records = RelevanceCorpus.records(NOW);
		List<RelevanceCorpus.Query> queries = RelevanceCorpus.queries();
		assertThat(records).hasSizeGreaterThanOrEqualTo(300);
		assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
		Set<String> keys = new HashSet<>();
		records.forEach((record) -> assertThat(keys.add(record.key())).as("unique key %s", record.key()).isTrue());

		try (SearchFixture search = new SearchFixture(NOW)) {
			for (RelevanceCorpus.Record record : records) {
				search.publish(record.type(), record.json());
			}
			search.refresh();
			double precision = 0;
			double recall = 0;
			Map<String, double[]> byCover = new TreeMap<>();
			List<String> misses = new ArrayList<>();
			List<String> forbidden = new ArrayList<>();
			for (RelevanceCorpus.Query query : queries) {
				query.top5().forEach((key) -> assertThat(keys).as(query.q()).contains(key));
				List<String> all = SearchFixture.ids(search.search(params(query, 50)));
				List<String> top = all.subList(0, Math.min(5, all.size()));
				Set<String> relevant = new HashSet<>(query.top5());
				relevant.addAll(query.alsoRelevant());
				double p = top.isEmpty() ? (query.top5().isEmpty() ? 1 : 0)
						: top.stream().filter(relevant::contains).count() / (double) top.size();
				double r = query.top5().isEmpty() ? 1
						: query.top5().stream().filter(top::contains).count() / (double) query.top5().size();
				precision += p;
				recall += r;
				for (String cover : query.covers()) {
					double[] sums = byCover.computeIfAbsent(cover, (c) -> new double[3]);
					sums[0] += p;
					sums[1] += r;
					sums[2]++;
				}
				if (r < 1 || p < 1) {
					misses.add(String.format(Locale.ROOT, "%-40s P@5 %.2f R@5 %.2f top: %s (must: %s)", query.q(), p, r,
							top, query.top5()));
				}
				for (String never : query.never()) {
					if (all.contains(never)) {
						forbidden.add(query.q() + " found " + never);
					}
				}
			}
			precision /= queries.size();
			recall /= queries.size();
			String report = report(records.size(), queries.size(), precision, recall, byCover, misses);
			log.info("\n{}", report);
			Path target = Path.of("target", "search-relevance.md");
			Files.createDirectories(target.getParent());
			Files.writeString(target, report, StandardCharsets.UTF_8);

			assertThat(forbidden).as("results a query must never have").isEmpty();
			assertThat(recall).as("mean recall@5; misses:\n%s", String.join("\n", misses))
				.isGreaterThanOrEqualTo(MIN_RECALL);
			assertThat(precision).as("mean precision@5; misses:\n%s", String.join("\n", misses))
				.isGreaterThanOrEqualTo(MIN_PRECISION);
		}
	}

	private static String[] params(RelevanceCorpus.Query query, int limit) {
		List<String> params = new ArrayList<>(List.of("q", query.q(), "limit", Integer.toString(limit)));
		query.params().forEach((name, value) -> {
			params.add(name);
			params.add(value);
		});
		return params.toArray(String[]::new);
	}

	private static String report(int items, int queries, double precision, double recall, Map<String, double[]> byCover,
			List<String> misses) {
		StringBuilder report = new StringBuilder("# Search relevance\n\n").append(items)
			.append(" items, ")
			.append(queries)
			.append(" judged queries\n\n| queries | n | precision@5 | recall@5 |\n| --- | --- | --- | --- |\n")
			.append(String.format(Locale.ROOT, "| all | %d | %.3f | %.3f |%n", queries, precision, recall));
		byCover.forEach((cover, sums) -> report.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", cover,
				(int) sums[2], sums[0] / sums[2], sums[1] / sums[2])));
		report.append("\nNot perfect:\n\n");
		misses.forEach((miss) -> report.append("    ").append(miss).append('\n'));
		return report.toString();
	}

}
