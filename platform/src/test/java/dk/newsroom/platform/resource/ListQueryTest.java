package dk.newsroom.platform.resource;

import java.util.Locale;

import dk.newsroom.platform.content.InvalidInputException;
import dk.newsroom.platform.content.PublicationStatus;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ListQueryTest {

	private enum Kind {

		NEW_JOB, RETIREMENT

	}

	@Test
	void keepsTheFiltersGivenAndSkipsTheAbsentOnes() {
		ListQuery query = ListQuery.of("PUBLISHED", 5, null)
			.where("tags", "tag", "cloud")
			.where("section", "section", null)
			.whereOneOf("kind", "kind", "RETIREMENT", Kind.class)
			.where("companyKey", "company", "Kystkraft A/S", (company) -> company.toLowerCase(Locale.ROOT))
			.where("cityKey", "city", "  ", (city) -> city);

		assertThat(query.status()).isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(query.page().limit()).isEqualTo(5);
		assertThat(query.filters()).containsExactly(new ListQuery.Filter("tags", "cloud"),
				new ListQuery.Filter("kind", Kind.RETIREMENT), new ListQuery.Filter("companyKey", "kystkraft a/s"));
	}

	@Test
	void aBadParameterIsA400NamingIt() {
		assertThat(field(() -> ListQuery.of("LIVE", null, null))).isEqualTo("status");
		assertThat(field(() -> ListQuery.of(null, 0, null))).isEqualTo("limit");
		assertThat(field(() -> ListQuery.of(null, null, null).whereOneOf("kind", "kind", "CEO", Kind.class)))
			.isEqualTo("kind");
		assertThat(field(() -> ListQuery.of(null, null, null).where("tags", "tag", "a\u0000b"))).isEqualTo("tag");
		assertThatThrownBy(() -> ListQuery.of("LIVE", null, null))
			.hasMessageContaining("must be one of DRAFT, PUBLISHED, WITHDRAWN");
	}

	private static String field(ThrowingCallable query) {
		InvalidInputException problem = catchThrowableOfType(InvalidInputException.class, query);
		assertThat(problem).isNotNull();
		return problem.problems().get(0).field();
	}

}
