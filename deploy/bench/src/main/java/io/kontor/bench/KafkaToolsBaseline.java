package io.kontor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own producer performance test ({@code kafka-producer-perf-test}, class
 * {@code org.apache.kafka.tools.ProducerPerformance}) against the stack's broker: 1 KB records, {@code acks=all},
 * unthrottled, one producer sending asynchronously. It shows the broker's ceiling on this machine, where
 * {@link KafkaBaseline} shows what threads waiting for each acknowledgement get, as uploads do.
 */
final class KafkaToolsBaseline {

    record Result(long records, double recordsPerSecond, double averageMillis, double p50Millis, double p99Millis) {

        String describe() {
            return String.format(Locale.ROOT, "%,d records: %,.0f records/s, latency avg %.1f ms, p50 %.0f ms, p99 %.0f ms",
                    records, recordsPerSecond, averageMillis, p50Millis, p99Millis);
        }
    }

    /** The summary line the tool prints last. */
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) records sent, ([0-9.]+) records/sec .*?, ([0-9.]+) ms avg"
            + " latency, [0-9.]+ ms max latency, (\\d+) ms 50th, \\d+ ms 95th, (\\d+) ms 99th");

    private KafkaToolsBaseline() {
    }

    static Result measure(String topic, long records, Path log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = ManagementFactory.getRuntimeMXBean().getClassPath();
        Process process = new ProcessBuilder(List.of(java, "-cp", classpath, "org.apache.kafka.tools.ProducerPerformance",
                "--topic", topic, "--num-records", Long.toString(records), "--record-size",
                Integer.toString(KafkaBaseline.RECORD_BYTES), "--throughput", "-1", "--producer-props",
                "bootstrap.servers=" + StackAddresses.LOCAL.kafkaBootstrap(), "acks=all"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(log, output, StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("kafka-producer-perf-test failed; its output is in " + log);
        }
        return parse(output).orElseThrow(() -> new IOException("kafka-producer-perf-test printed no summary; see " + log));
    }

    static Optional<Result> parse(String output) {
        Matcher summary = SUMMARY.matcher(output);
        Result last = null;
        while (summary.find()) {
            last = new Result(Long.parseLong(summary.group(1)), Double.parseDouble(summary.group(2)),
                    Double.parseDouble(summary.group(3)), Double.parseDouble(summary.group(4)),
                    Double.parseDouble(summary.group(5)));
        }
        return Optional.ofNullable(last);
    }
}
