package dk.newsroom.platform.outbox;

import dk.newsroom.platform.content.Versioned;

import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.springframework.data.mongodb.core.mapping.MongoId;

/**
 * The document type of {@link OutboxTestApplication}: how a note is stored, what its API
 * returns and what its events carry.
 */
@Document(Note.COLLECTION)
record Note(@MongoId(FieldType.STRING) String id, String text, long version) implements Versioned {

	static final String COLLECTION = "notes";

	@Override
	public String idValue() {
		return this.id;
	}

}
