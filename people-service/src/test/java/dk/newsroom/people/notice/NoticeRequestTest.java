package dk.newsroom.people.notice;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dk.newsroom.people.announcement.NoticeKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeRequestTest {

	@Test
	void acceptsExactlyTheKindsThereAre() {
		String kinds = Arrays.stream(NoticeKind.values()).map(Enum::name).collect(Collectors.joining("|"));

		assertThat(NoticeRequest.KINDS).isEqualTo(kinds);
		assertThat(NoticeRequest.KINDS_MESSAGE).isEqualTo("must be one of " + kinds.replace("|", ", "));
	}

	@Test
	void tidiesTheContent() {
		NoticeRequest request = new NoticeRequest("PROMOTION",
				new NoticeRequest.PersonRequest(" Sara Lund ", null, "Hun",
						new NoticeRequest.PhotoRequest("https://billeder.newsroom.dk/sara.jpg", " ", null)),
				" Kystkraft A/S ", " produktchef ", LocalDate.of(2026, 3, 1), List.of(" platform "),
				new NoticeRequest.PositionRequest(" ", ""), "  ", null, List.of("energi", " energi ", "ledelse"));

		NoticeContent content = request.toContent().content();

		assertThat(content.kind()).isEqualTo(NoticeKind.PROMOTION);
		assertThat(content.person().name()).isEqualTo("Sara Lund");
		assertThat(content.person().pronoun()).isEqualTo("hun");
		assertThat(content.person().photo().caption()).isNull();
		assertThat(content.company()).isEqualTo("Kystkraft A/S");
		assertThat(content.focusAreas()).containsExactly("platform");
		assertThat(content.previousPosition()).as("a previous position that says nothing").isNull();
		assertThat(content.education()).isNull();
		assertThat(content.tags()).containsExactly("energi", "ledelse");
		assertThat(content.companyKey()).isEqualTo("kystkraft-a-s");
	}

}
