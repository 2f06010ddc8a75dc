package dk.newsroom.webhooks.delivery;

/**
 * What one attempt got.
 *
 * @param statusCode the receiver's status, or null when there was none
 * @param latencyMs from sending to the end of the answer (or the failure)
 * @param error what went wrong without a status (timeout, refused, unreachable), or null
 * @param response the start of the receiver's answer (at most the configured bytes)
 */
record AttemptResult(Integer statusCode, long latencyMs, String error, String response) {

	boolean success() {
		return this.statusCode != null && this.statusCode >= 200 && this.statusCode < 300;
	}

	boolean gone() {
		return this.statusCode != null && this.statusCode == 410;
	}

	/** The tag of the attempts meter. */
	String result() {
		if (this.statusCode == null) {
			return (this.error != null && this.error.startsWith("timed out")) ? "timeout" : "error";
		}
		return (this.statusCode / 100) + "xx";
	}

}
