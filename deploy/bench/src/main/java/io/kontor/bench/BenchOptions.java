package io.kontor.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command line of {@code deploy/bench/run}. */
record BenchOptions(String benchmark, boolean reuseStack, Duration warmup, Duration duration, List<Integer> concurrency) {

    static final String USAGE = """
            Usage: deploy/bench/run ingest [--reuse-stack] [--warmup 5s] [--duration 20s] [--concurrency 8,32,128]

            ingest         concurrent uploads (PDF, XRechnung XML) against documents-service, with raw PostgreSQL
                           and Kafka baselines from the same run; writes deploy/bench/results/ingest-<date>.md
              --reuse-stack  use the local stack that is already running instead of starting a fresh one
                             (its upload rate limit must be off, or uploads beyond it count as errors)
              --warmup       load before each measurement that is not counted (default 5s)
              --duration     how long each measurement runs (default 20s)
              --concurrency  the numbers of concurrent clients, comma-separated (default 8,32,128)
            """;

    private static final Pattern SECONDS = Pattern.compile("(\\d+)s?");

    static BenchOptions parse(List<String> args) throws UsageException {
        if (args.isEmpty()) {
            throw new UsageException("name a benchmark (ingest is the one there is)");
        }
        String benchmark = args.get(0);
        if (!benchmark.equals("ingest")) {
            throw new UsageException("unknown benchmark: " + benchmark);
        }
        boolean reuse = false;
        Duration warmup = Duration.ofSeconds(5);
        Duration duration = Duration.ofSeconds(20);
        List<Integer> concurrency = List.of(8, 32, 128);
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--reuse-stack")) {
                reuse = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new UsageException(option.startsWith("--") ? option + " needs a value" : "unexpected " + option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--warmup" -> warmup = seconds(option, value, true);
                case "--duration" -> duration = seconds(option, value, false);
                case "--concurrency" -> concurrency = concurrency(value);
                default -> throw new UsageException("unknown option: " + option);
            }
        }
        return new BenchOptions(benchmark, reuse, warmup, duration, concurrency);
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

    private static List<Integer> concurrency(String value) throws UsageException {
        List<Integer> levels = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                int level = Integer.parseInt(part.trim());
                if (level < 1) {
                    throw new NumberFormatException();
                }
                levels.add(level);
            } catch (NumberFormatException e) {
                throw new UsageException("--concurrency " + value + " is not a list of positive numbers (try 8,32,128)");
            }
        }
        return List.copyOf(levels);
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
