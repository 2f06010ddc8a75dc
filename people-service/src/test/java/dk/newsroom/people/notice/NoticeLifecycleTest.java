package dk.newsroom.people.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.newsroom.people.announcement.NoticeKind;
import dk.newsroom.platform.content.LifecycleSpec;

class NoticeLifecycleTest extends LifecycleSpec<Notice> {

	private static final NoticeContent CONTENT = content("Dataværket A/S");

	private static NoticeContent content(String company) {
		return new NoticeContent(NoticeKind.NEW_JOB, new Person("Søren Ågård", 47, "han", null), company,
				"teknisk direktør", LocalDate.of(2027, 1, 1), List.of("cloud"), null, null, null, List.of("ledelse"));
	}

	private static Rendering rendering(NoticeContent content) {
		return Rendering.of(content, LocalDate.of(2026, 12, 4));
	}

	@Override
	protected Notice draft(Instant now) {
		return Notice.draft(new NoticeId("6745a1f0c2a4b81e2f3d9a10"), "soeren-aagaard-datavaerket", CONTENT,
				rendering(CONTENT), now);
	}

	@Override
	protected Notice edit(Notice notice, Instant now) {
		NoticeContent other = content("Kodehuset ApS");
		return notice.withContent(other, rendering(other), now);
	}

	@Override
	protected Notice publish(Notice notice, Instant at, Instant now) {
		return notice.publish(at, now);
	}

	@Override
	protected Notice withdraw(Notice notice, Instant now) {
		return notice.withdraw(now);
	}

	@Override
	protected Notice withSlug(Notice notice, String slug) {
		return notice.withSlug(slug);
	}

	@Override
	protected boolean sameContent(Notice one, Notice other) {
		return one.content().equals(other.content());
	}

}
