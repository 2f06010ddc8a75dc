package dk.newsroom.bench.streams;

import java.util.Map;

import dk.newsroom.bench.Latency;
import dk.newsroom.bench.stack.GatewaySample;

/**
 * The live streams measure.
 *
 * @param requested streams asked for
 * @param clientAddresses loopback client addresses the streams were spread over
 * @param streamsPerAddress streams opened from one address at most
 * @param ready streams whose first event ({@code ready}) came
 * @param answers the first answer of every stream: status, or error, or {@code timeout}
 * (no answer within the open timeout)
 * @param openSeconds from the first connect to the last stream ready or refused
 * @param articleId the article published through the gateway
 * @param publishMs how long the publish call took
 * @param received ready streams that got the article's {@code added}
 * @param waitSeconds how long the streams were given to receive it
 * @param waitedSeconds how long the wait took (less when all had it, or had ended)
 * @param missed ready streams that did not within the wait
 * @param beforeAnswer of those received, how many before the publish answer (counted as 0
 * ms)
 * @param closedEarly ready streams the gateway ended before the article came
 * @param delay publish answer to {@code added}, per stream
 * @param before the gateway before the streams were opened (after a forced GC)
 * @param after the gateway with the streams open (after a forced GC)
 * @param heapBytesPerStream (after − before) / ready, null without a gateway process
 */
public record StreamsResult(int requested, int clientAddresses, int streamsPerAddress, int loopThreads, long ready,
		Map<String, Long> answers, double openSeconds, String articleId, double publishMs, double waitSeconds,
		double waitedSeconds, long received, long missed, long beforeAnswer, long closedEarly, Latency delay,
		GatewaySample before, GatewaySample after, Double heapBytesPerStream) {
}
