package io.kontor.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command line of {@code deploy/bench/run}: the benchmark to run and the options that tune it. */
record BenchOptions(String benchmark, boolean reuseStack, Duration warmup, Duration duration, List<Integer> concurrency,
                    List<Integer> rates, boolean smoke, List<String> drills) {

    static final List<String> BENCHMARKS = List.of("ingest", "end-to-end", "scale", "drills");

    static final String USAGE = """
            Usage: deploy/bench/run <benchmark> [options]

            ingest         concurrent uploads (PDF, XRechnung XML) against documents-service, with raw PostgreSQL
                           and Kafka baselines from the same run; writes deploy/bench/results/ingest-<date>.md
              --warmup       load before each measurement that is not counted (default 5s)
              --duration     how long each measurement runs (default 20s)
              --concurrency  the numbers of concurrent clients, comma-separated (default 8,32,128)
            end-to-end     uploads at fixed arrival rates to clients with two webhook integrations each:
                           created->delivered latency, the highest rate sustained, and a raw HTTP baseline (wrk)
                           against the same receiver; writes deploy/bench/results/end-to-end-<date>.md
              --rates        uploads per second, comma-separated (default 10,20,40,60,80,100,120)
              --duration     how long each rate is held (default 60s)
            scale          listing and filtering one client's documents at 10k, 100k and 1M documents, and routing
                           with 10 and 10,000 integrations in the system; writes deploy/bench/results/scale-<date>.md
              --warmup       load before each listing and routing-lookup measurement, not counted (default 5s)
              --duration     how long each of them runs (default 20s)
            drills         fault drills under load (kill -9 of the sync-worker, Kafka and PostgreSQL restarts,
                           receivers answering 500, 410 or too slowly), each ending with an audit of every
                           (document, integration) pair; exits 1 when an audit fails;
                           writes deploy/bench/results/drills-<date>.md
              --smoke        the short variant CI runs: a few hundred documents and one kill -9
              --only         the drills to run, comma-separated (default: all of them)

            Every benchmark:
              --reuse-stack  use the local stack that is already running instead of starting a fresh one
                             (start it as the benchmark's notes say, or the numbers measure something else)
            """;

    private static final Pattern SECONDS = Pattern.compile("(\\d+)s?");

    static BenchOptions parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("name a benchmark: " + String.join(", ", BENCHMARKS));
        }
        String benchmark = args.get(0);
        if (!BENCHMARKS.contains(benchmark)) {
            throw new UsageException("unknown benchmark: " + benchmark + " (there are " + String.join(", ", BENCHMARKS) + ")");
        }
        boolean reuse = false;
        boolean smoke = false;
        Duration warmup = Duration.ofSeconds(5);
        Duration duration = Duration.ofSeconds(benchmark.equals("end-to-end") ? 60 : 20);
        List<Integer> concurrency = List.of(8, 32, 128);
        List<Integer> rates = List.of(10, 20, 40, 60, 80, 100, 120);
        List<String> drills = List.of();
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--reuse-stack")) {
                reuse = true;
                continue;
            }
            if (option.equals("--smoke")) {
                smoke = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(option.startsWith("--") ? option + " needs a value" : "unexpected " + option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--warmup" -> warmup = seconds(option, value, true);
                case "--duration" -> duration = seconds(option, value, false);
                case "--concurrency" -> concurrency = positiveNumbers(option, value, "8,32,128");
                case "--rates" -> rates = positiveNumbers(option, value, "10,20,40");
                case "--only" -> drills = List.of(value.split("\\s*,\\s*"));
                default -> throw new UsageException("unknown option: " + option);
            }
        }
        List<String> known = (smoke ? FaultDrills.smoke() : FaultDrills.all()).stream().map(FaultDrill::name).toList();
        for (String drill : drills) {
            if (!known.contains(drill)) {
                throw new UsageException("no drill named " + drill + (smoke ? " in the smoke variant" : "")
                        + "; there are " + String.join(", ", known));
            }
        }
        return new BenchOptions(benchmark, reuse, warmup, duration, concurrency, rates, smoke, drills);
    }

    private static Duration seconds(String option, String value, boolean zeroAllowed) throws UsageException {
        Matcher matcher = SECONDS.matcher(value.trim());
        if (!matcher.matches()) {
            throw new UsageException(option + " " + value + " is not a number of seconds (try 20s)");
        }
        Duration duration = Duration.ofSeconds(Long.parseLong(matcher.group(1)));
        if (duration.isZero() && !zeroAllowed) {
            throw new UsageException(option + " must be positive");
        }
        return duration;
    }

    private static List<Integer> positiveNumbers(String option, String value, String example) throws UsageException {
        List<Integer> numbers = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                int number = Integer.parseInt(part.trim());
                if (number < 1) {
                    throw new NumberFormatException();
                }
                numbers.add(number);
            } catch (NumberFormatException e) {
                throw new UsageException(option + " " + value + " is not a list of positive numbers (try " + example + ")");
            }
        }
        return List.copyOf(numbers);
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
