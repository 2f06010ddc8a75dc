package dk.newsroom.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTokenTest {

	@Test
	void readsTheOffsetsOfEachTopicsPartitionsInBase36() {
		ChangesToken token = ChangesToken.parse("1.i8s0ww_1f4_0_YXJ0aWNsZS0x.a_0_1z.3..k").orElseThrow();

		assertThat(token.partial()).isFalse();
		assertThat(token.released()).isEqualTo("i8s0ww_1f4_0_YXJ0aWNsZS0x");
		assertThat(token.offset(ContractType.ARTICLE, 0)).isEqualTo(10);
		assertThat(token.offset(ContractType.ARTICLE, 1)).isZero();
		assertThat(token.offset(ContractType.ARTICLE, 2)).isEqualTo(71);
		assertThat(token.offset(ContractType.EVENT, 0)).isEqualTo(3);
		assertThat(token.offset(ContractType.PERSON, 0)).as("an empty group: nothing seen").isZero();
		assertThat(token.offset(3, 0)).as("a fourth type's group").isEqualTo(20);
	}

	@Test
	void aPartitionOrAGroupPastTheEndOfTheTokenHasSeenNothing() {
		ChangesToken token = ChangesToken.parse("1p..5...").orElseThrow();

		assertThat(token.partial()).isTrue();
		assertThat(token.released()).isEmpty();
		assertThat(token.offset(ContractType.ARTICLE, 0)).isEqualTo(5);
		assertThat(token.offset(ContractType.ARTICLE, 1)).isZero();
		assertThat(token.offset(7, 0)).isZero();
		assertThat(token.offset(ContractType.EVENT, -1)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "1", "1..", "2....", "1.x.A.b.c", "1...-1.", "1..a.b.c.d.e.f.g.h.i",
			"1..zzzzzzzzzzzzzzzzzzzzzz..", "17-42", "1 ...." })
	void refusesWhatIsNotATokenOfVersionOne(String text) {
		assertThat(ChangesToken.parse(text)).as(text).isEmpty();
	}

}
