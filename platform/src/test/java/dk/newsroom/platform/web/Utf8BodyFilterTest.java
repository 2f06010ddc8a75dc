package dk.newsroom.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8BodyFilterTest {

	private final NettyDataBufferFactory buffers = new NettyDataBufferFactory(new UnpooledByteBufAllocator(false));

	@Test
	void passesWellFormedUtf8SplitInsideACharacter() {
		byte[] json = "{\"headline\":\"Æbler og ål\"}".getBytes(StandardCharsets.UTF_8);
		// "Æ" is two bytes; the first buffer ends between them.
		Mono<String> read = DataBufferUtils.join(readThroughFilter(buffer(json, 0, 14), buffer(json, 14, json.length)))
			.map(Utf8BodyFilterTest::text);
		StepVerifier.create(read).expectNext("{\"headline\":\"Æbler og ål\"}").verifyComplete();
	}

	@Test
	void refusesAnOverlongSequenceAndReleasesTheBufferItWasIn() {
		NettyDataBuffer good = buffer("{\"a\":\"".getBytes(StandardCharsets.UTF_8));
		NettyDataBuffer bad = buffer(new byte[] { (byte) 0xC0, (byte) 0xAF, '"', '}' });
		List<DataBuffer> read = new ArrayList<>();
		StepVerifier.create(readThroughFilter(good, bad).doOnNext(read::add))
			.expectNextCount(1)
			.expectError(DecodingException.class)
			.verify(Duration.ofSeconds(5));
		read.forEach(DataBufferUtils::release);
		assertThat(good.getNativeBuffer().refCnt()).as("the buffer the reader got, released by it").isZero();
		assertThat(bad.getNativeBuffer().refCnt()).as("the malformed buffer no reader got").isZero();
	}

	private Flux<DataBuffer> readThroughFilter(DataBuffer... body) {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/articles")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Flux.just(body)));
		AtomicReference<ServerWebExchange> seen = new AtomicReference<>();
		new Utf8BodyFilter().filter(exchange, (filtered) -> {
			seen.set(filtered);
			return Mono.empty();
		}).block();
		return seen.get().getRequest().getBody();
	}

	private NettyDataBuffer buffer(byte[] bytes) {
		return buffer(bytes, 0, bytes.length);
	}

	private NettyDataBuffer buffer(byte[] bytes, int from, int to) {
		NettyDataBuffer buffer = this.buffers.allocateBuffer(to - from);
		buffer.write(bytes, from, to - from);
		return buffer;
	}

	private static String text(DataBuffer buffer) {
		String text = buffer.toString(StandardCharsets.UTF_8);
		DataBufferUtils.release(buffer);
		return text;
	}

}
