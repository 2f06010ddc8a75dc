package dk.newsroom.people.quality;

/** Stable codes of the quality warnings, for clients that act on them. */
public enum WarningCode {

	/** The photo caption spells the person's name differently from the notice. */
	CAPTION_MISSPELLS_NAME,

	/** The photo caption does not name the person (first and last name). */
	CAPTION_LACKS_NAME,

	/** A photo without a caption. */
	CAPTION_MISSING,

	/** The effective date is more than a year before the notice was written. */
	EFFECTIVE_DATE_LONG_AGO,

	/** The effective date is more than a year after the notice was written. */
	EFFECTIVE_DATE_FAR_AHEAD,

	/** The age is outside what a working life plausibly spans. */
	AGE_IMPLAUSIBLE,

	/** A field the announcement of this kind does not tell. */
	FIELD_NOT_SHOWN,

	/**
	 * A new job at the company the person already works for: usually a promotion or a new
	 * role.
	 */
	KIND_LOOKS_INTERNAL

}
