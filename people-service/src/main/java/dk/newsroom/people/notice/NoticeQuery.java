package dk.newsroom.people.notice;

import dk.newsroom.people.announcement.NoticeKind;
import dk.newsroom.platform.content.PublicationStatus;
import dk.newsroom.platform.web.PageRequest;

/**
 * A list request: optional filters and a keyset page.
 *
 * @param companyKey the company as {@link NoticeContent#companyKey(String)} makes it
 * @param publicOnly only what anonymous readers may see (published, time has come)
 */
record NoticeQuery(PublicationStatus status, NoticeKind kind, String companyKey, String tag, PageRequest page,
		boolean publicOnly) {

}
