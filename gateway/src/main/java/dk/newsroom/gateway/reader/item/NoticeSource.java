package dk.newsroom.gateway.reader.item;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A Navnenyt notice as its topic and its service carry it ({@code person.v1}), read for
 * its page; unknown fields are ignored (tolerant reader).
 *
 * @param label the kind's Danish label, e.g. "Nyt job"
 * @param announcement the rendered announcement, plain text, shown as is
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record NoticeSource(String id, String slug, @Nullable String status, @Nullable String kind, @Nullable String label,
		Person person, @Nullable String company, @Nullable String title, @Nullable LocalDate effectiveDate,
		@Nullable List<String> tags, @Nullable String announcement, @Nullable Instant publishedAt,
		@Nullable Instant createdAt, @Nullable Instant updatedAt, long version) {

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Person(String name, @Nullable Picture photo) {

	}

}
