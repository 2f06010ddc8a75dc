package dk.newsroom.people.notice;

import java.time.LocalDate;
import java.util.List;

import dk.newsroom.people.announcement.Announcement;
import dk.newsroom.people.announcement.AnnouncementRenderer;
import dk.newsroom.people.quality.QualityChecks;
import dk.newsroom.people.quality.QualityWarning;

/**
 * What the service derives from a notice's content when it is created, updated or
 * published: the house-style announcement, its label and the editor's warnings. Stored
 * with the notice, so the text a consumer received is the text the notice has.
 *
 * @param announcement the Danish announcement text
 * @param label e.g. "Nyt job"
 * @param warnings data-quality findings; empty when nothing looks wrong
 */
public record Rendering(String announcement, String label, List<QualityWarning> warnings) {

	/**
	 * @param today the date the notice is written, in Copenhagen; the date checks are
	 * relative to it
	 */
	static Rendering of(NoticeContent content, LocalDate today) {
		Announcement announcement = AnnouncementRenderer.render(content.announcementFacts());
		return new Rendering(announcement.text(), announcement.label(),
				QualityChecks.check(content.qualityFacts(), today));
	}

}
