package dk.newsroom.contracts;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document describes the topics as the contract constants (and so the
 * services' tests) say, and every reference in it resolves.
 */
class AsyncApiDocumentTest {

	private static JsonNode document;

	@BeforeAll
	static void parse() {
		document = YAMLMapper.builder().build().readTree(EventContract.asyncApiText());
	}

	@Test
	void isAnAsyncApi3DocumentWithTheLocalBroker() {
		assertThat(document.get("asyncapi").isString()).isTrue();
		assertThat(document.get("asyncapi").asString()).isEqualTo("3.0.0");
		assertThat(document.at("/info/title").asString()).isNotBlank();
		assertThat(document.at("/info/version").asString()).isEqualTo("1.0.0");
		assertThat(document.at("/defaultContentType").asString()).isEqualTo(EventContract.CONTENT_TYPE);
		assertThat(document.get("servers").propertyNames()).containsExactly("local");
		assertThat(document.at("/servers/local/host").asString()).isEqualTo("localhost:9092");
		assertThat(document.at("/servers/local/protocol").asString()).isEqualTo("kafka");
	}

	@Test
	void theChannelsAreExactlyTheThreeCompactedTopics() {
		List<String> addresses = new ArrayList<>();
		for (JsonNode channel : document.get("channels").values()) {
			String address = channel.get("address").asString();
			addresses.add(address);
			JsonNode kafka = channel.at("/bindings/kafka");
			assertThat(kafka.get("topic").asString()).isEqualTo(address);
			assertThat(kafka.at("/topicConfiguration/cleanup.policy").values()).extracting(JsonNode::asString)
				.containsExactly("compact");
			assertThat(kafka.get("bindingVersion").asString()).isEqualTo("0.5.0");
		}
		assertThat(addresses).containsExactlyInAnyOrderElementsOf(EventContract.TOPICS);
	}

	@Test
	void everyMessageCarriesExactlyTheCloudEventsHeadersAndTheTypesOfItsTopic() {
		for (JsonNode channel : document.get("channels").values()) {
			ContractType type = ContractType.ofTopic(channel.get("address").asString());
			Set<String> eventTypes = new HashSet<>();
			for (JsonNode reference : channel.get("messages").values()) {
				JsonNode message = resolve(reference);
				JsonNode headers = resolve(message.get("headers"));
				assertThat(headers.get("type").asString()).isEqualTo("object");
				assertThat(headers.get("properties").propertyNames())
					.containsExactlyInAnyOrderElementsOf(EventContract.HEADER_NAMES);
				assertThat(headers.get("required").values()).extracting(JsonNode::asString)
					.containsExactlyInAnyOrderElementsOf(EventContract.HEADER_NAMES);
				JsonNode properties = headers.get("properties");
				assertThat(resolve(properties.get("ce_specversion")).get("const").asString())
					.isEqualTo(EventContract.SPEC_VERSION);
				assertThat(resolve(properties.get("content-type")).get("const").asString())
					.isEqualTo(EventContract.CONTENT_TYPE);
				assertThat(properties.at("/ce_source/const").asString()).isEqualTo(type.source());
				properties.at("/ce_type/enum").values().forEach((value) -> eventTypes.add(value.asString()));
				assertThat(resolve(message.at("/bindings/kafka/key")).get("type").asString()).isEqualTo("string");
			}
			assertThat(eventTypes).as("ce_type values of " + type.topic())
				.containsExactlyInAnyOrderElementsOf(type.eventTypes());
		}
	}

	@Test
	void changesCarryTheSchemaOfTheirTypeAndDeletionsANullPayload() {
		for (JsonNode channel : document.get("channels").values()) {
			ContractType type = ContractType.ofTopic(channel.get("address").asString());
			int changes = 0;
			int tombstones = 0;
			for (JsonNode reference : channel.get("messages").values()) {
				JsonNode message = resolve(reference);
				List<String> ceTypes = resolve(message.get("headers")).at("/properties/ce_type/enum")
					.values()
					.stream()
					.map(JsonNode::asString)
					.toList();
				JsonNode payload = message.get("payload");
				if (ceTypes.equals(List.of(type.eventType("deleted")))) {
					tombstones++;
					assertThat(resolve(payload).get("type").asString()).isEqualTo("null");
				}
				else {
					changes++;
					assertThat(ceTypes).containsExactly(type.eventType("created"), type.eventType("updated"));
					assertThat(payload.get("schemaFormat").asString())
						.isEqualTo("application/schema+json;version=draft-2020-12");
					String ref = payload.at("/schema/$ref").asString();
					String resource = classPathOf(ref);
					assertThat(resource).isEqualTo(type.schemaResource());
					assertThat(EventContract.resourceText(resource)).contains("\"$id\": \"" + type.schemaId() + "\"");
				}
			}
			assertThat(changes).isOne();
			assertThat(tombstones).isOne();
		}
	}

	@Test
	void thereIsOneReceiveOperationPerChannelWithTheChannelsMessages() {
		Set<JsonNode> channels = new HashSet<>();
		for (JsonNode operation : document.get("operations").values()) {
			assertThat(operation.get("action").asString()).isEqualTo("receive");
			String channelRef = operation.at("/channel/$ref").asString();
			JsonNode channel = resolve(operation.get("channel"));
			channels.add(channel);
			assertThat(operation.get("messages").values()).isNotEmpty().allSatisfy((message) -> {
				assertThat(message.get("$ref").asString()).startsWith(channelRef + "/messages/");
				assertThat(resolve(message).isMissingNode()).isFalse();
			});
			assertThat(operation.get("messages").size()).isEqualTo(channel.get("messages").size());
		}
		assertThat(channels).hasSize(EventContract.TOPICS.size());
	}

	@Test
	void everyReferenceResolves() {
		List<String> refs = new ArrayList<>();
		collectRefs(document, refs);
		assertThat(refs).isNotEmpty().allSatisfy((ref) -> {
			if (ref.startsWith("#")) {
				assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
			}
			else {
				assertThat(EventContract.resourceText(classPathOf(ref))).as(ref).isNotBlank();
			}
		});
	}

	private static JsonNode resolve(JsonNode node) {
		JsonNode current = node;
		while (current != null && current.has("$ref") && current.get("$ref").asString().startsWith("#")) {
			current = document.at(current.get("$ref").asString().substring(1));
		}
		return current;
	}

	/** A relative reference resolved against the document's place on the class path. */
	private static String classPathOf(String ref) {
		return URI.create("file:/" + EventContract.ASYNCAPI_RESOURCE).resolve(ref).getPath().substring(1);
	}

	private static void collectRefs(JsonNode node, List<String> refs) {
		if (node.isObject()) {
			node.properties().forEach((entry) -> {
				if (entry.getKey().equals("$ref")) {
					refs.add(entry.getValue().asString());
				}
				else {
					collectRefs(entry.getValue(), refs);
				}
			});
		}
		else if (node.isArray()) {
			node.values().forEach((value) -> collectRefs(value, refs));
		}
	}

}
