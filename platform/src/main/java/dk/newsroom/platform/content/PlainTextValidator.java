package dk.newsroom.platform.content;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlainText}.
 */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

	private boolean multiline;

	@Override
	public void initialize(PlainText annotation) {
		this.multiline = annotation.multiline();
	}

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null || isPlain(value, this.multiline)) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context
			.buildConstraintViolationWithTemplate(this.multiline ? "must not contain control characters"
					: "must not contain control characters or line breaks")
			.addConstraintViolation();
		return false;
	}

	/**
	 * Whether the text has none of the characters {@link PlainText} refuses.
	 * @param multiline whether tab, line feed and carriage return are allowed
	 */
	public static boolean isPlain(String value, boolean multiline) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\t' || c == '\n' || c == '\r') {
				if (!multiline) {
					return false;
				}
				continue;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
					return false;
				}
				i++;
				continue;
			}
			if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
				return false;
			}
			int type = Character.getType(c);
			if (type == Character.CONTROL) {
				return false;
			}
			if (!multiline && (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)) {
				return false;
			}
		}
		return true;
	}

}
