package dk.newsroom.people.quality;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a photo caption names the person of the notice. The caption must contain the
 * first and the last name; a middle name may be left out, but a word written almost like
 * one of the person's names (a letter missing, swapped or wrong) is a misspelling.
 */
final class CaptionCheck {

	private static final String FIELD = "person.photo.caption";

	private CaptionCheck() {
	}

	static List<QualityWarning> check(String name, String caption) {
		List<Word> names = words(name);
		List<Word> captionWords = words(caption);
		List<String> misspellings = new ArrayList<>();
		boolean lacksName = false;
		for (int i = 0; i < names.size(); i++) {
			Word wanted = names.get(i);
			if (captionWords.stream().anyMatch((word) -> word.names(wanted))) {
				continue;
			}
			Optional<Word> nearMiss = captionWords.stream()
				.filter((word) -> names.stream().noneMatch(word::names))
				.filter((word) -> EditDistance.between(word.key(), wanted.key()) <= tolerance(wanted))
				.findFirst();
			if (nearMiss.isPresent()) {
				misspellings.add("'" + nearMiss.get().text() + "' where the notice has '" + wanted.text() + "'");
			}
			else if (i == 0 || i == names.size() - 1) {
				lacksName = true;
			}
		}
		List<QualityWarning> warnings = new ArrayList<>();
		if (!misspellings.isEmpty()) {
			warnings.add(new QualityWarning(WarningCode.CAPTION_MISSPELLS_NAME, FIELD,
					"The photo caption writes " + String.join(", ", misspellings)));
		}
		if (lacksName) {
			warnings.add(new QualityWarning(WarningCode.CAPTION_LACKS_NAME, FIELD,
					"The photo caption does not name " + name.strip()));
		}
		return warnings;
	}

	/**
	 * Short names must match exactly (too many short words are one letter apart); longer
	 * ones may be one or two letters off and still count as a misspelling of the name.
	 */
	private static int tolerance(Word name) {
		int length = name.key().codePointCount(0, name.key().length());
		if (length <= 3) {
			return 0;
		}
		return (length <= 7) ? 1 : 2;
	}

	/** The words of a text; hyphens and apostrophes inside a name belong to it. */
	private static List<Word> words(String text) {
		return Arrays.stream(Normalizer.normalize(text, Normalizer.Form.NFC).split("[^\\p{L}\\p{M}'’-]+"))
			.map((word) -> word.replaceAll("^[-'’]+|[-'’]+$", ""))
			.filter((word) -> !word.isEmpty())
			.map((word) -> new Word(word, word.toLowerCase(Locale.ROOT)))
			.toList();
	}

	/**
	 * @param text as written
	 * @param key compared case-insensitively
	 */
	private record Word(String text, String key) {

		/** Also the Danish genitive: "Sørensens" names "Sørensen". */
		boolean names(Word name) {
			return this.key.equals(name.key) || this.key.equals(name.key + "s");
		}

	}

}
