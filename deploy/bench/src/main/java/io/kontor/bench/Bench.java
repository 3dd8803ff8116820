package io.kontor.bench;

import java.nio.file.Path;
import java.util.List;

/** {@code deploy/bench/run}: parses the command line and runs the benchmark it names. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args));
        } catch (BenchOptions.UsageException e) {
            System.err.println("deploy/bench/run: " + e.getMessage());
            System.err.println();
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        Path repoRoot = Path.of(System.getProperty("kontor.root", ".")).toAbsolutePath().normalize();
        switch (options.benchmark()) {
            case "ingest" -> new IngestBenchmark(repoRoot, options).run();
            case "end-to-end" -> new EndToEndBenchmark(repoRoot, options).run();
            case "scale" -> new ScaleBenchmark(repoRoot, options).run();
            case "drills" -> {
                if (!new DrillsBenchmark(repoRoot, options).run()) {
                    System.err.println("deploy/bench/run drills: an audit failed; see the table above");
                    System.exit(1);
                }
            }
            default -> throw new IllegalStateException("no benchmark named " + options.benchmark());
        }
    }
}
