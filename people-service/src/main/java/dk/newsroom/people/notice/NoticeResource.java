package dk.newsroom.people.notice;

import dk.newsroom.platform.resource.ContentResource;

/**
 * Notices for the shared content resource: their names, document and answer, rendered on
 * create, update and again on publish (an effective date that was fine when the draft was
 * written may be long past when it goes out).
 */
final class NoticeResource {

	static final ContentResource<Notice, NoticeDocument, NoticeResponse> NOTICES = ContentResource
		.of("notice", "notices", NoticeDocument.class, NoticeDocument::from, NoticeDocument::toNotice,
				NoticeResponse::from, NoticeResource::slugSource)
		.preparing(Notice::renderedAt);

	private NoticeResource() {
	}

	private static String slugSource(Notice notice) {
		return notice.content().person().name() + " " + notice.content().company();
	}

}
