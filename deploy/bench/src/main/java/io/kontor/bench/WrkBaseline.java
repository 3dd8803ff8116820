package io.kontor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The raw HTTP limit of the receiver: wrk POSTing a webhook-sized CloudEvent to the same kind of sink, on the same
 * machine, in the same run. deploy/bench/run installs wrk where it can; without it the baseline is reported as not
 * measured rather than guessed.
 */
final class WrkBaseline {

    record Result(int connections, double requestsPerSecond, Map<String, Double> latencyMillis, String rawOutput) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|75|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);

    private WrkBaseline() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() <= 1;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Result measure(String url, String body, int connections, Duration duration, Path workDir)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path script = workDir.resolve("wrk-post.lua");
        Files.writeString(script, """
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/json"
                wrk.headers["webhook-id"] = "wrk-baseline"
                wrk.body = [==[%s]==]
                """.formatted(body), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(List.of("wrk", "-t", "2", "-c", Integer.toString(connections),
                "-d", duration.toSeconds() + "s", "--latency", "-s", script.toString(), url))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(duration.toSeconds() + 30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        return parse(connections, output).orElseThrow(() -> new IOException("wrk printed no rate: " + output));
    }

    static Optional<Result> parse(int connections, String output) {
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            return Optional.empty();
        }
        Map<String, Double> latencies = new LinkedHashMap<>();
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double value = Double.parseDouble(percentile.group(2));
            double millis = switch (percentile.group(3)) {
                case "us" -> value / 1000;
                case "s" -> value * 1000;
                default -> value;
            };
            latencies.put("p" + percentile.group(1), millis);
        }
        return Optional.of(new Result(connections, Double.parseDouble(rate.group(1)), Map.copyOf(latencies), output));
    }

    static String describe(Result result) {
        return String.format(Locale.ROOT, "%,.0f requests/s at %d connections (p50 %.2f ms, p99 %.2f ms)",
                result.requestsPerSecond(), result.connections(), result.latencyMillis().getOrDefault("p50", Double.NaN),
                result.latencyMillis().getOrDefault("p99", Double.NaN));
    }
}
