package dk.newsroom.testsupport.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

/**
 * Generates hostile variants of a valid JSON request body: per field path wrong JSON
 * types, null (unless the field is optional), overlong strings, control characters,
 * unpaired surrogates, oversized lists; per object {@code $}-prefixed, dotted, unknown
 * and duplicate keys; per body truncated, empty, non-JSON, wrongly rooted, trailing
 * garbage, deep nesting, huge numbers, invalid UTF-8, raw control characters, a wrong
 * {@code Content-Type} and a body over the size limit.
 *
 * <pre>
 * List&lt;HostileRequest&gt; cases = HostileRequests.from(validJson).optional("topImage", "source").maxBodyBytes(512 * 1024).build();
 * </pre>
 */
public final class HostileRequests {

	/** Characters no text field should store, inserted into every string. */
	static final List<Character> CONTROLS = List.of('\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u000e',
			'\u001b', '\u001f', '\u007f', '\u0080', '\u0085', '\u009f', '\ud800', '\udfff', '\ufffe', '\uffff');

	/** JSON values of every type; each field gets those of a type other than its own. */
	static final List<String> VALUES = List.of("42", "-1.5", "0", "true", "false", "[]", "[\"x\"]", "[1,2]", "{}",
			"{\"a\":\"b\"}", "{\"$ne\":null}", "\"tekst\"");

	static final List<String> OPERATOR_KEYS = List.of("$where", "$set", "$gt", "$ne", "$regex", "$expr", "$");

	static final List<String> DOTTED_KEYS = List.of("a.b", "x.y.z", ".", "..", "$.x", "outbox.0");

	static final List<String> UNKNOWN_KEYS = List.of("id", "_id", "status", "version", "slug", "createdAt",
			"publishedAt", "outbox", "__proto__", "constructor", "Headline", "");

	static final List<MediaType> OTHER_MEDIA_TYPES = List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML,
			MediaType.TEXT_HTML, MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_OCTET_STREAM,
			MediaType.parseMediaType("multipart/form-data; boundary=x"), MediaType.IMAGE_PNG,
			MediaType.parseMediaType("application/x-ndjson"));

	private final String validJson;

	private final JsonNode root;

	private final Set<String> optional = new HashSet<>();

	private int overlongLength = 100_001;

	private int oversizedListLength = 1_000;

	private int maxBodyBytes = 512 * 1024;

	private boolean bodyOptional;

	private HostileRequests(String validJson) {
		this.validJson = validJson;
		this.root = JsonText.parse(validJson);
		if (!this.root.isObject()) {
			throw new IllegalArgumentException("The valid body must be a JSON object");
		}
	}

	/** Variants of this valid body, which must be a JSON object. */
	public static HostileRequests from(String validJson) {
		return new HostileRequests(validJson);
	}

	/** Fields that may be null (or absent): no "null" case for them. */
	public HostileRequests optional(String... paths) {
		this.optional.addAll(List.of(paths));
		return this;
	}

	/** Longer than every string field may be (default 100 001 characters). */
	public HostileRequests overlongLength(int length) {
		this.overlongLength = length;
		return this;
	}

	/** More elements than every list may have (default 1 000). */
	public HostileRequests oversizedListLength(int length) {
		this.oversizedListLength = length;
		return this;
	}

	/** The endpoint's body limit: a body just over it must get 413. */
	public HostileRequests maxBodyBytes(int bytes) {
		this.maxBodyBytes = bytes;
		return this;
	}

	/**
	 * The body itself is optional (a publish): no empty or {@code null} body cases, since
	 * those are valid requests.
	 */
	public HostileRequests bodyOptional() {
		this.bodyOptional = true;
		return this;
	}

	public List<HostileRequest> build() {
		List<HostileRequest> cases = new ArrayList<>();
		fieldCases("", this.root, cases);
		bodyCases(cases);
		return cases;
	}

	private void fieldCases(String path, JsonNode node, List<HostileRequest> cases) {
		if (!path.isEmpty()) {
			valueCases(path, node, cases);
		}
		if (node.isObject()) {
			objectCases(path, node, cases);
			for (Map.Entry<String, JsonNode> member : node.properties()) {
				fieldCases(JsonText.child(path, member.getKey()), member.getValue(), cases);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				fieldCases(path + "[" + i + "]", node.get(i), cases);
			}
		}
	}

	private void valueCases(String path, JsonNode node, List<HostileRequest> cases) {
		for (String value : VALUES) {
			JsonNode other = JsonText.parse(value);
			if (other.getNodeType() != node.getNodeType()) {
				cases.add(replace(path + " as " + value, path, value, path));
			}
		}
		if (!node.isNull() && !this.optional.contains(path)) {
			cases.add(replace(path + " null", path, "null", path));
		}
		if (node.isString()) {
			String text = node.asString();
			cases.add(replace(path + " overlong (" + this.overlongLength + " characters)", path,
					JsonText.quote("x".repeat(this.overlongLength)), path));
			int middle = text.length() / 2;
			for (char control : CONTROLS) {
				String spoiled = text.substring(0, middle) + control + text.substring(middle);
				cases.add(replace(path + " with U+" + String.format("%04X", (int) control), path,
						JsonText.quote(spoiled), path));
			}
			cases.add(replace(path + " NUL only", path, JsonText.quote("\u0000"), path));
		}
		if (node.isArray()) {
			String element = (node.size() > 0) ? JsonText.write(node.get(0), Map.of(), Map.of()) : "\"x\"";
			StringBuilder list = new StringBuilder("[");
			for (int i = 0; i < this.oversizedListLength; i++) {
				list.append((i > 0) ? "," : "").append(element);
			}
			cases.add(replace(path + " with " + this.oversizedListLength + " elements", path,
					list.append(']').toString(), path));
		}
	}

	private void objectCases(String path, JsonNode node, List<HostileRequest> cases) {
		String where = path.isEmpty() ? "the body" : path;
		for (String key : OPERATOR_KEYS) {
			cases.add(add("operator key " + key + " in " + where, path, key, "{\"$ne\":null}"));
		}
		for (String key : DOTTED_KEYS) {
			cases.add(add("dotted key " + key + " in " + where, path, key, "\"x\""));
		}
		for (String key : UNKNOWN_KEYS) {
			if (!node.has(key)) {
				cases.add(add("unknown key '" + key + "' in " + where, path, key, "\"x\""));
			}
		}
		for (Map.Entry<String, JsonNode> member : node.properties()) {
			String value = JsonText.write(member.getValue(), Map.of(), Map.of());
			cases.add(add("duplicate key " + member.getKey() + " in " + where, path, member.getKey(), value));
		}
	}

	private HostileRequest replace(String name, String path, String rawValue, String field) {
		return HostileRequest.field(name, JsonText.write(this.root, Map.of(path, rawValue), Map.of()), field);
	}

	private HostileRequest add(String name, String objectPath, String key, String rawValue) {
		String body = JsonText.write(this.root, Map.of(), Map.of(objectPath, JsonText.quote(key) + ":" + rawValue));
		return HostileRequest.field(name, body, JsonText.child(objectPath, key));
	}

	private void bodyCases(List<HostileRequest> cases) {
		String valid = JsonText.write(this.root, Map.of(), Map.of());
		if (!this.bodyOptional) {
			cases.add(HostileRequest.body("empty body", ""));
			cases.add(HostileRequest.body("only whitespace", " \r\n\t "));
			cases.add(HostileRequest.body("null", "null"));
		}
		cases.add(HostileRequest.body("truncated to one character", valid.substring(0, 1)));
		cases.add(HostileRequest.body("truncated in the middle", valid.substring(0, valid.length() / 2)));
		cases.add(HostileRequest.body("missing the last brace", valid.substring(0, valid.length() - 1)));
		cases.add(HostileRequest.body("cut after the first colon", valid.substring(0, valid.indexOf(':') + 1)));
		for (String text : List.of("hej", "<article><headline>x</headline></article>", "headline=x&lead=y",
				"{headline: \"x\"}", "{'headline': 'x'}", "{\"a\":1,}", "{\"a\":NaN}", "{\"a\":Infinity}",
				"/* kommentar */ " + valid, "{\"a\" 1}", "{\"a\":01}", "\"\\ud800\"", "\u00ef\u00bb\u00bf")) {
			cases.add(HostileRequest.body("not JSON: " + abbreviate(text), text));
		}
		for (String text : List.of("[]", "[" + valid + "]", "\"tekst\"", "42", "true", "-0.0")) {
			cases.add(HostileRequest.body("root " + abbreviate(text), text));
		}
		for (String garbage : List.of(" x", "{}", valid, ",", "]", "}", " null", "\u0000")) {
			cases.add(HostileRequest.body("trailing " + abbreviate(garbage), valid + garbage));
		}
		int depth = 5_000;
		cases.add(HostileRequest.body("arrays nested " + depth + " deep", "[".repeat(depth) + "]".repeat(depth)));
		cases.add(HostileRequest.body("objects nested " + depth + " deep",
				"{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
		cases.add(HostileRequest.body("unknown field nested " + depth + " deep",
				withMember(valid, "\"x\":" + "[".repeat(depth) + "]".repeat(depth))));
		for (String number : List.of("1e999999999", "9".repeat(5_000), "-" + "9".repeat(5_000),
				"0." + "0".repeat(5_000) + "1", "1" + "0".repeat(400) + ".5e-7")) {
			cases.add(HostileRequest.body("huge number " + abbreviate(number), withMember(valid, "\"n\":" + number)));
			cases.add(HostileRequest.body("huge number as the body " + abbreviate(number), number));
		}
		byte[][] invalidUtf8 = { { (byte) 0xC3, 0x28 }, { (byte) 0xFF, (byte) 0xFE }, { (byte) 0xC0, (byte) 0xAF },
				{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80 },
				{ (byte) 0x80 }, { (byte) 0xE2, (byte) 0x82 }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 } };
		for (byte[] bytes : invalidUtf8) {
			cases.add(HostileRequest.body("invalid UTF-8 " + hex(bytes), insertIntoFirstString(valid, bytes)));
		}
		for (byte control : new byte[] { 0x00, 0x01, 0x0A, 0x1B, 0x1F }) {
			cases.add(HostileRequest.body("raw control character " + hex(new byte[] { control }) + " in a string",
					insertIntoFirstString(valid, new byte[] { control })));
		}
		for (MediaType type : OTHER_MEDIA_TYPES) {
			cases.add(new HostileRequest("Content-Type " + type, type, valid.getBytes(StandardCharsets.UTF_8), null,
					415));
		}
		String padding = "x".repeat(this.maxBodyBytes + 1024);
		cases.add(new HostileRequest("body over " + this.maxBodyBytes + " bytes", MediaType.APPLICATION_JSON,
				withMember(valid, "\"padding\":\"" + padding + "\"").getBytes(StandardCharsets.UTF_8), null, 413));
	}

	/** The valid body with one more member at its start. */
	private static String withMember(String valid, String member) {
		return "{" + member + (valid.equals("{}") ? "}" : "," + valid.substring(1));
	}

	private byte[] insertIntoFirstString(String valid, byte[] bytes) {
		byte[] text = valid.getBytes(StandardCharsets.UTF_8);
		// The first string value: after the first ':' and its opening quote.
		int colon = valid.indexOf(":\"");
		int at = (colon >= 0) ? valid.substring(0, colon + 2).getBytes(StandardCharsets.UTF_8).length : 2;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(text, 0, at);
		out.write(bytes, 0, bytes.length);
		out.write(text, at, text.length - at);
		return out.toByteArray();
	}

	private static String hex(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		for (byte b : bytes) {
			out.append(String.format("%02X", b & 0xff));
		}
		return out.toString();
	}

	private static String abbreviate(String text) {
		String oneLine = text.replaceAll("\\p{Cntrl}", "?");
		return (oneLine.length() > 30) ? oneLine.substring(0, 30) + "…" : oneLine;
	}

	/** The valid body this was made from. */
	public String validJson() {
		return this.validJson;
	}

}
