package dk.newsroom.platform.web;

import dk.newsroom.platform.content.FieldProblem;
import dk.newsroom.platform.content.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ETagsTest {

	@Test
	void writesAndReadsVersionsAsStrongETags() {
		assertThat(ETags.of(7)).isEqualTo("\"7\"");
		assertThat(ETags.parseIfMatch("\"7\"")).hasValue(7);
		assertThat(ETags.parseIfMatch("W/\"7\"")).hasValue(7);
		assertThat(ETags.parseIfMatch(null)).isEmpty();
	}

	@Test
	void namesTheHeaderWhenItIsNotOneOfOurs() {
		assertThatThrownBy(() -> ETags.parseIfMatch("\"syv\"")).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("If-Match"));
	}

	@Test
	void cursorsRoundTripAndRejectGarbage() {
		assertThat(Cursors.decode(Cursors.encode("6745a1f0c2a4b81e2f3d9a10"))).isEqualTo("6745a1f0c2a4b81e2f3d9a10");
		assertThatThrownBy(() -> PageRequest.of(20, "%%%")).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> PageRequest.of(101, null)).isInstanceOf(InvalidInputException.class);
		assertThat(PageRequest.of(null, null).limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
	}

}
