package dk.newsroom.articles.article;

import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Raw access to stored article documents, outbox and lease included. */
final class StoredDocuments {

	private StoredDocuments() {
	}

	static Document find(ReactiveMongoTemplate mongo, String id) {
		return mongo.getCollection(ArticleDocument.COLLECTION)
			.flatMap((collection) -> Mono.from(collection.find(new Document("_id", id)).first()))
			.block();
	}

}
