package dk.newsroom.bench.probes;

import java.util.List;

/** The rate limit probes, in the order they ran. */
public record ProbesResult(String path, List<Probe> probes) {
}
