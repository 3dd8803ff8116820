package io.kontor.bench;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Failed requests in a report: never hidden, the count and what they were ("3 (HTTP 503: 2, IOException: 1)"). */
final class ErrorCounts {

    private ErrorCounts() {
    }

    static String describe(Map<String, Long> errors) {
        if (errors.isEmpty()) {
            return "0";
        }
        long total = errors.values().stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.ROOT, "%,d (%s)", total, errors.entrySet().stream()
                .map(error -> error.getKey() + ": " + error.getValue()).collect(Collectors.joining(", ")));
    }
}
