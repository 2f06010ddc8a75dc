package dk.newsroom.people.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a people-news notice says: what its submitter wrote, and what the service rendered
 * from it (the announcement, its label, the editor's warnings).
 *
 * @param rendering {@code null} until {@link #renderedAt} renders it: a notice made from
 * a request is rendered before it is stored
 */
public record Notice(NoticeContent content, Rendering rendering) {

	/** The newsroom's calendar: effective dates are judged against its "today". */
	static final ZoneId NEWSROOM_ZONE = ZoneId.of("Europe/Copenhagen");

	static Notice unrendered(NoticeContent content) {
		return new Notice(content, null);
	}

	/** The same content rendered and checked anew against the newsroom's today. */
	Notice renderedAt(Instant now) {
		return new Notice(this.content, Rendering.of(this.content, LocalDate.ofInstant(now, NEWSROOM_ZONE)));
	}

}
