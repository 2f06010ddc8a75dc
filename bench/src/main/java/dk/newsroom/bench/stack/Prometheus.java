package dk.newsroom.bench.stack;

import java.util.Map;

/**
 * Reads the Prometheus text format: the sum of the samples of one metric whose labels
 * include the given ones ({@code jvm_memory_used_bytes} with {@code area="heap"} sums
 * every heap pool).
 */
final class Prometheus {

	private Prometheus() {
	}

	/**
	 * @return the sum, or {@code null} if no sample matched
	 */
	static Double sum(String text, String metric, Map<String, String> labels) {
		Double sum = null;
		for (String line : text.split("\n")) {
			if (line.startsWith("#") || !line.startsWith(metric)) {
				continue;
			}
			String rest = line.substring(metric.length());
			String labelText = "";
			if (rest.startsWith("{")) {
				int end = rest.indexOf('}');
				labelText = rest.substring(1, end);
				rest = rest.substring(end + 1);
			}
			else if (!rest.startsWith(" ")) {
				continue; // another metric whose name starts with this one
			}
			if (!matches(labelText, labels)) {
				continue;
			}
			String[] parts = rest.strip().split("\\s+");
			double value = Double.parseDouble(parts[0]);
			sum = (sum != null) ? sum + value : value;
		}
		return sum;
	}

	private static boolean matches(String labelText, Map<String, String> labels) {
		for (Map.Entry<String, String> label : labels.entrySet()) {
			if (!labelText.contains(label.getKey() + "=\"" + label.getValue() + "\"")) {
				return false;
			}
		}
		return true;
	}

}
