package dk.newsroom.testsupport;

/** The MongoDB server the tests of this JVM share. */
public interface MongoBackend {

	String connectionString();

}
