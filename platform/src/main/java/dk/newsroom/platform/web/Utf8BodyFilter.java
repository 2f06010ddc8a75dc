package dk.newsroom.platform.web;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * JSON request bodies must be well-formed UTF-8 (RFC 8259): Jackson's reader silently
 * accepts some malformed sequences (an overlong {@code C0 AF} is read as {@code /}), so
 * the bytes are checked as they stream in, and a malformed body is a 400 naming
 * {@code body}. Nothing is buffered beyond one incomplete character.
 */
public class Utf8BodyFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		MediaType type = exchange.getRequest().getHeaders().getContentType();
		if (type == null || !isJson(type)) {
			return chain.filter(exchange);
		}
		ServerHttpRequest checked = new ServerHttpRequestDecorator(exchange.getRequest()) {

			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.defer(() -> {
					Utf8Check check = new Utf8Check();
					return super.getBody().map((buffer) -> checked(check, buffer)).doOnComplete(check::finish);
				});
			}

		};
		return chain.filter(exchange.mutate().request(checked).build());
	}

	/**
	 * The buffer, checked; released when it fails the check, since it then never reaches
	 * a reader that would release it.
	 */
	private static DataBuffer checked(Utf8Check check, DataBuffer buffer) {
		try {
			check.accept(buffer);
			return buffer;
		}
		catch (RuntimeException ex) {
			DataBufferUtils.release(buffer);
			throw ex;
		}
	}

	private static boolean isJson(MediaType type) {
		return MediaType.APPLICATION_JSON.isCompatibleWith(type)
				|| (type.getSubtype() != null && type.getSubtype().endsWith("+json"));
	}

	/** A streaming UTF-8 decoder that only reports errors. */
	static final class Utf8Check {

		private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);

		private final CharBuffer chars = CharBuffer.allocate(1024);

		private byte[] pending = new byte[0];

		void accept(DataBuffer buffer) {
			int length = buffer.readableByteCount();
			ByteBuffer bytes = ByteBuffer.allocate(this.pending.length + length);
			bytes.put(this.pending);
			buffer.toByteBuffer(buffer.readPosition(), bytes, this.pending.length, length);
			bytes.position(0);
			bytes.limit(this.pending.length + length);
			decode(bytes, false);
			this.pending = new byte[bytes.remaining()];
			bytes.get(this.pending);
		}

		void finish() {
			decode(ByteBuffer.wrap(this.pending), true);
			this.chars.clear();
			check(this.decoder.flush(this.chars));
		}

		private void decode(ByteBuffer bytes, boolean last) {
			while (true) {
				this.chars.clear();
				CoderResult result = this.decoder.decode(bytes, this.chars, last);
				check(result);
				if (!result.isOverflow()) {
					return;
				}
			}
		}

		private static void check(CoderResult result) {
			if (result.isError()) {
				try {
					result.throwException();
				}
				catch (CharacterCodingException ex) {
					throw new DecodingException("The request body is not valid UTF-8", ex);
				}
			}
		}

	}

}
