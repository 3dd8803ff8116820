package io.kontor.local;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code deploy/local/up} was asked to do. Every port has a fixed default (DESIGN.md §7), an
 * environment variable and a flag; the flag wins.
 */
record StackOptions(boolean fresh, boolean infraOnly, Map<String, Integer> ports, List<String> serviceJavaOptions) {

    static final String POSTGRES = "postgres";
    static final String KAFKA = "kafka";
    static final String KAFKA_CONTROLLER = "kafka-controller";
    /** Extra JVM options for the services, after the launcher's own, so they win (e.g. -XX:TieredStopAtLevel=4). */
    static final String SERVICE_JAVA_OPTS = "KONTOR_LOCAL_SERVICE_JAVA_OPTS";

    private static final Map<String, Integer> DEFAULT_PORTS = defaultPorts();

    private static Map<String, Integer> defaultPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(POSTGRES, 15432);
        ports.put(KAFKA, 9092);
        ports.put(KAFKA_CONTROLLER, 9093);
        int servicePort = 8081;
        for (ServiceSpec service : ServiceSpec.ALL) {
            ports.put(service.portKey(), servicePort++);
        }
        return Collections.unmodifiableMap(ports);
    }

    int port(String key) {
        Integer port = ports.get(key);
        if (port == null) {
            throw new IllegalArgumentException("no port named " + key);
        }
        return port;
    }

    int port(ServiceSpec service) {
        return port(service.portKey());
    }

    static StackOptions parse(List<String> args, Map<String, String> env) throws UsageException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : DEFAULT_PORTS.entrySet()) {
            String fromEnv = env.get(envName(entry.getKey()));
            ports.put(entry.getKey(), fromEnv == null || fromEnv.isBlank()
                    ? entry.getValue()
                    : parsePort(envName(entry.getKey()), fromEnv));
        }
        boolean fresh = false;
        boolean infraOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--fresh")) {
                fresh = true;
            } else if (arg.equals("--infra-only")) {
                infraOnly = true;
            } else if (arg.startsWith("--") && arg.endsWith("-port")
                    && DEFAULT_PORTS.containsKey(arg.substring(2, arg.length() - "-port".length()))) {
                if (i + 1 >= args.size()) {
                    throw new UsageException(arg + " needs a port number");
                }
                ports.put(arg.substring(2, arg.length() - "-port".length()), parsePort(arg, args.get(++i)));
            } else {
                throw new UsageException("unknown option: " + arg);
            }
        }
        String javaOptions = env.getOrDefault(SERVICE_JAVA_OPTS, "").trim();
        return new StackOptions(fresh, infraOnly, Collections.unmodifiableMap(ports),
                javaOptions.isEmpty() ? List.of() : List.of(javaOptions.split("\\s+")));
    }

    static String usage() {
        StringBuilder usage = new StringBuilder("""
                Usage: deploy/local/up [--fresh] [--infra-only] [--build] [--<name>-port N ...]

                Starts PostgreSQL, Kafka and the four Kontor services, seeds the demo partner and
                prints URLs and a token. Ctrl-C stops everything. Data stays in deploy/local/.data.

                  --fresh        wipe deploy/local/.data (databases, Kafka log, logs) first
                  --infra-only   start only PostgreSQL and Kafka
                  --build        rebuild the services and the launcher first (./mvnw install -DskipTests)

                Ports (flag, environment variable, default):
                """);
        DEFAULT_PORTS.forEach((key, port) -> usage.append(String.format(Locale.ROOT,
                "  --%-24s %-38s %d%n", key + "-port", envName(key), port)));
        usage.append(System.lineSeparator())
                .append(SERVICE_JAVA_OPTS).append(" adds JVM options to every service, e.g. -XX:TieredStopAtLevel=4")
                .append(System.lineSeparator())
                .append("for full JIT optimisation when measuring throughput. Any other variable reaches the services as it is.")
                .append(System.lineSeparator());
        return usage.toString();
    }

    private static String envName(String key) {
        return "KONTOR_LOCAL_" + key.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
    }

    private static int parsePort(String source, String value) throws UsageException {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new UsageException(source + ": " + value + " is not a port between 1 and 65535");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(source + ": " + value + " is not a port number");
        }
    }
}
