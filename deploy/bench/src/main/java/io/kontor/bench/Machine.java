package io.kontor.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;

/** The machine a result was measured on, and where results are written: every report states both. */
final class Machine {

    private Machine() {
    }

    /** A report's first lines: its title with the time it ran, and the machine. */
    static String heading(String title) {
        return "# " + title + ", " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))
                + "\n\nMachine: " + describe() + ".\n\n";
    }

    static String describe() {
        int cores = Runtime.getRuntime().availableProcessors();
        long ram = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB RAM, %s %s, %s %s", cores, cpuModel(),
                ram / (1024.0 * 1024 * 1024), System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("os.name"), System.getProperty("os.version"));
    }

    /**
     * Prints a finished report and writes it to {@code deploy/bench/results/<benchmark>-<date>.md}; a second run on
     * the same day replaces the first.
     */
    static void publish(Path repoRoot, String benchmark, String markdown, LocalStackProcess stack) throws IOException {
        Path resultsDir = repoRoot.resolve("deploy/bench/results");
        Files.createDirectories(resultsDir);
        Path file = resultsDir.resolve(benchmark + "-" + LocalDate.now(ZoneOffset.UTC) + ".md");
        Files.writeString(file, markdown);
        System.out.println();
        System.out.print(markdown);
        System.out.println();
        Progress.say("Written to " + repoRoot.relativize(file) + (stack.startedHere() ? "; stopping the local stack" : ""));
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
