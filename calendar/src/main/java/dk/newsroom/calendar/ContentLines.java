package dk.newsroom.calendar;

/**
 * Folds iCalendar content lines at 75 octets (RFC 5545 §3.1), never inside a UTF-8
 * sequence. The library folds at 75 characters, which Danish text with æ, ø and å
 * overruns in octets.
 */
final class ContentLines {

	static final int MAX_OCTETS = 75;

	private static final String CRLF = "\r\n";

	private ContentLines() {
	}

	/**
	 * @param unfolded content lines, each ended by CRLF
	 */
	static String fold(String unfolded) {
		StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 40);
		for (String line : unfolded.split(CRLF)) {
			foldLine(line, out);
		}
		return out.toString();
	}

	private static void foldLine(String line, StringBuilder out) {
		int octets = 0;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = utf8Length(codePoint);
			if (octets + size > MAX_OCTETS) {
				// The continuation's leading space counts towards its 75 octets.
				out.append(CRLF).append(' ');
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append(CRLF);
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

}
