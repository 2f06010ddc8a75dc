package dk.newsroom.people.announcement;

/**
 * What kind of change a notice announces. The kind decides the opening sentence of the
 * announcement and the label shown with it.
 */
public enum NoticeKind {

	/** Hired by a company: "… har pr. 1. november 2025 ansat …". */
	NEW_JOB("Nyt job", true),

	/** Promoted within the company: "… har pr. … udnævnt … til …". */
	PROMOTION("Forfremmelse", true),

	/** A new role in the same company that is not a promotion. */
	NEW_ROLE("Ny rolle", true),

	/** Joins a company's board. */
	BOARD_SEAT("Bestyrelsespost", true),

	/**
	 * Retires; the title is the position the person leaves, and nothing is said about
	 * work to come or where the person came from.
	 */
	RETIREMENT("Pension", false);

	private final String label;

	private final boolean newWork;

	NoticeKind(String label, boolean newWork) {
		this.label = label;
		this.newWork = newWork;
	}

	/** The label the site shows with the notice, e.g. "Nyt job". */
	public String label() {
		return this.label;
	}

	/**
	 * Whether the person takes up work, so the focus areas and the previous position
	 * belong in the text.
	 */
	public boolean isNewWork() {
		return this.newWork;
	}

}
