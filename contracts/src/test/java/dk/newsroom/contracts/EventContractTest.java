package dk.newsroom.contracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventContractTest {

	@Test
	void theTopicsAndTypesAreTheDocumentedOnes() {
		assertThat(EventContract.TOPICS).containsExactly("newsroom.articles.v1", "newsroom.events.v1",
				"newsroom.people.v1");
		assertThat(ContractType.ARTICLE.eventTypes()).containsExactly("dk.newsroom.article.created",
				"dk.newsroom.article.updated", "dk.newsroom.article.deleted");
		assertThat(ContractType.PERSON.eventType("deleted")).isEqualTo("dk.newsroom.person.deleted");
		assertThat(ContractType.EVENT.source()).isEqualTo("/events-service");
		assertThat(ContractType.of("person")).isSameAs(ContractType.PERSON);
		assertThat(ContractType.ofTopic("newsroom.events.v1")).isSameAs(ContractType.EVENT);
		assertThatIllegalArgumentException().isThrownBy(() -> ContractType.of("notice"));
		assertThatIllegalArgumentException().isThrownBy(() -> ContractType.EVENT.eventType("published"));
	}

	@Test
	void theHeadersAreTheCloudEventsBinaryModeSet() {
		assertThat(EventContract.HEADER_NAMES).containsExactly("ce_specversion", "ce_id", "ce_source", "ce_type",
				"ce_time", "ce_subject", "ce_entityversion", "content-type");
		assertThat(EventContract.TRACING_HEADER_NAMES).doesNotContainAnyElementsOf(EventContract.HEADER_NAMES);
	}

	@Test
	void theDocumentsAreWhereAWebFluxAppServesThem() {
		for (ContractType type : ContractType.values()) {
			assertThat(type.schemaResource())
				.isEqualTo("META-INF/resources/contracts/" + type.type() + ".v1.schema.json");
			assertThat(type.servedPath()).isEqualTo("/contracts/" + type.type() + ".v1.schema.json");
			assertThat(EventContract.schemaText(type)).contains(type.schemaId());
		}
		assertThat(EventContract.asyncApiText()).startsWith("asyncapi: 3.0.0");
	}

}
