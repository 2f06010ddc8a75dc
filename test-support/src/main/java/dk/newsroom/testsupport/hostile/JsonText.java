package dk.newsroom.testsupport.hostile;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a JSON tree back as text with one change at a path: a value replaced by raw JSON
 * text, or raw members appended to an object. Raw, so that it can write what no JSON
 * library would (duplicate keys, escaped NULs, lone surrogates).
 */
final class JsonText {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private JsonText() {
	}

	static JsonNode parse(String json) {
		return mapper.readTree(json);
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c) || c >= 0xfffe) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/** The tree as text, with {@code replacements} (path to raw JSON) applied. */
	static String write(JsonNode root, Map<String, String> replacements, Map<String, String> extraMembers) {
		StringBuilder out = new StringBuilder();
		write(root, "", replacements, extraMembers, out);
		return out.toString();
	}

	private static void write(JsonNode node, String path, Map<String, String> replacements,
			Map<String, String> extraMembers, StringBuilder out) {
		if (replacements.containsKey(path)) {
			out.append(replacements.get(path));
			return;
		}
		if (node.isObject()) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<String, JsonNode> member : node.properties()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				out.append(quote(member.getKey())).append(':');
				write(member.getValue(), child(path, member.getKey()), replacements, extraMembers, out);
			}
			if (extraMembers.containsKey(path)) {
				out.append(first ? "" : ",").append(extraMembers.get(path));
			}
			out.append('}');
		}
		else if (node.isArray()) {
			out.append('[');
			for (int i = 0; i < node.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(node.get(i), path + "[" + i + "]", replacements, extraMembers, out);
			}
			out.append(']');
		}
		else if (node.isString()) {
			out.append(quote(node.asString()));
		}
		else {
			out.append(mapper.writeValueAsString(node));
		}
	}

	static String child(String path, String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

}
