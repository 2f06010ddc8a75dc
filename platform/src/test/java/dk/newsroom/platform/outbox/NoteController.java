package dk.newsroom.platform.outbox;

import dk.newsroom.platform.content.ResourceNotFoundException;
import dk.newsroom.platform.content.VersionedChanges;
import dk.newsroom.platform.store.ContentDocuments;
import dk.newsroom.platform.store.ContentIds;
import dk.newsroom.platform.web.ETags;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Creates, changes and deletes notes the way a content service writes its documents:
 * through {@link ContentDocuments}, each state with its event, under {@code If-Match}.
 */
@RestController
@RequestMapping("/api/notes")
class NoteController {

	private final ContentDocuments<Note> notes;

	private final ChangeEvents events;

	NoteController(ReactiveMongoTemplate template, OutboxWriter outbox, ChangeEvents events) {
		this.notes = new ContentDocuments<>(template, outbox, Note.class);
		this.events = events;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Note> create(@RequestBody NoteRequest request) {
		Note note = new Note(ContentIds.next(), request.text(), 1);
		return this.notes.insert(note.id(), note, this.events.created(note.version(), note)).thenReturn(note);
	}

	@PutMapping("/{id}")
	Mono<Note> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody NoteRequest request) {
		return VersionedChanges.change(find(id), ETags.parseIfMatch(ifMatch),
				(current) -> new Note(id, request.text(), current.version() + 1), (current, next) -> this.notes
					.update(id, current.version(), next, this.events.updated(next.version(), next)));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return VersionedChanges.delete(find(id), ETags.parseIfMatch(ifMatch),
				(current) -> this.notes.delete(id, current.version(), this.events.deleted(current.version() + 1)));
	}

	private Mono<Note> find(String id) {
		return this.notes.findById(id).switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("Note " + id)));
	}

	/** What a client sends to create or change a note. */
	record NoteRequest(String text) {
	}

}
