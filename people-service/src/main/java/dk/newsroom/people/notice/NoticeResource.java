package dk.newsroom.people.notice;

import java.time.Instant;

import dk.newsroom.platform.content.ContentItem;
import dk.newsroom.platform.resource.ContentResource;

/**
 * Notices for the shared content resource: stored as a {@link NoticeDocument}, rendered
 * on create, update and again on publish (an effective date that was fine when the draft
 * was written may be long past when it goes out).
 */
class NoticeResource implements ContentResource<Notice, NoticeDocument, NoticeResponse> {

	@Override
	public String name() {
		return "notice";
	}

	@Override
	public String plural() {
		return "notices";
	}

	@Override
	public Class<NoticeDocument> documentType() {
		return NoticeDocument.class;
	}

	@Override
	public NoticeDocument toDocument(ContentItem<Notice> notice) {
		return NoticeDocument.from(notice);
	}

	@Override
	public ContentItem<Notice> toItem(NoticeDocument document) {
		return document.toNotice();
	}

	@Override
	public NoticeResponse toResponse(ContentItem<Notice> notice) {
		return NoticeResponse.from(notice);
	}

	@Override
	public String slugSource(Notice notice) {
		return notice.content().person().name() + " " + notice.content().company();
	}

	@Override
	public Notice prepare(Notice notice, Instant now) {
		return notice.renderedAt(now);
	}

}
