package io.kontor.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kontor.events.Topics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code deploy/local/up}: PostgreSQL, a Kafka broker and the four services on one machine, the demo
 * partner seeded, until Ctrl-C. Stopping runs in a shutdown hook, so SIGINT, SIGTERM, SIGHUP and a
 * failed start all take the same path: services first, then Kafka, then PostgreSQL.
 */
public final class LocalStack {

    static final Duration DEMO_TOKEN_TTL = Duration.ofHours(12);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SERVICE_GRACE = Duration.ofSeconds(15);
    private static final Duration KAFKA_GRACE = Duration.ofSeconds(30);

    private final StackLayout layout;
    private final StackOptions options;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Held while a process is being started, so a stop never misses one that is half-way up. */
    private final Object starting = new Object();
    private final List<ChildProcess> services = new CopyOnWriteArrayList<>();
    private volatile ChildProcess kafka;
    private volatile LocalPostgres postgres;
    private final ChildSupervisor supervisor = new ChildSupervisor(stopping::get,
            line -> System.err.printf("%n%s%n", line));

    LocalStack(StackLayout layout, StackOptions options) {
        this.layout = layout;
        this.options = options;
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(StackOptions.usage());
            return;
        }
        StackOptions options;
        try {
            options = StackOptions.parse(List.of(args), System.getenv());
        } catch (UsageException e) {
            System.err.println("deploy/local/up: " + e.getMessage());
            System.err.println();
            System.err.print(StackOptions.usage());
            System.exit(2);
            return;
        }
        StackLayout layout = StackLayout.fromSystemProperty();
        LocalStack stack = new LocalStack(layout, options);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "kontor-local-stop"));
        try {
            stack.start(started);
        } catch (StartupFailure e) {
            System.err.println();
            System.err.println("deploy/local/up failed: " + e.getMessage());
            System.err.println();
            // The shutdown hook stops whatever did start.
            System.exit(1);
        } catch (InterruptedException e) {
            // Ctrl-C during start-up: the shutdown hook is already stopping everything.
            return;
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println();
            System.err.println("deploy/local/up failed unexpectedly; logs are in " + layout.display(layout.logsDir()));
            e.printStackTrace();
            System.exit(1);
        }
        stack.awaitStop();
    }

    void start(long startedNanos) throws StartupFailure, InterruptedException, IOException, SQLException {
        System.out.println("Kontor local stack; data in " + layout.display(layout.dataDir()));
        StackLock.acquire(layout);
        new Leftovers(layout).stopAll();
        if (options.fresh()) {
            wipeDataKeepingTheLock();
            System.out.println("  --fresh: wiped " + layout.display(layout.dataDir()));
        }
        checkPrerequisites();
        keepPreviousLogs();

        LocalKafka localKafka = new LocalKafka(layout, options.port(StackOptions.KAFKA),
                options.port(StackOptions.KAFKA_CONTROLLER));
        startInfrastructure(localKafka);
        StackSummary summary = new StackSummary(layout, options);
        if (options.infraOnly()) {
            System.out.print(summary.renderInfrastructure(Duration.ofNanos(System.nanoTime() - startedNanos)));
            return;
        }

        ServiceLauncher launcher = new ServiceLauncher(layout, options, postgres, localKafka.bootstrapServers());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        startServices(launcher, http);

        String token = new DevTokens(layout.devPrivateKey())
                .mint(DemoSeeder.PARTNER, "demo-admin", Set.of("partner-admin"), DEMO_TOKEN_TTL);
        DemoSeeder.Seeded seeded = new DemoSeeder(http, new ObjectMapper(), token,
                launcher.baseUrl(ServiceSpec.DOCUMENTS), launcher.baseUrl(ServiceSpec.STORE)).seed();
        superviseChildren(localKafka, launcher);
        System.out.print(summary.render(Duration.ofNanos(System.nanoTime() - startedNanos), token, seeded));
    }

    private void startInfrastructure(LocalKafka localKafka)
            throws IOException, InterruptedException, StartupFailure, SQLException {
        long step = System.nanoTime();
        // The broker boots in its own JVM while PostgreSQL starts here: the two are independent.
        register(localKafka::start, process -> kafka = process);
        startPostgres();
        try (KafkaTopics topics = new KafkaTopics(localKafka.bootstrapServers())) {
            topics.awaitBroker(kafka, KAFKA_TIMEOUT, stopping::get);
            List<String> created = topics.createMissing(Topics.ALL);
            System.out.printf("  %-22s %-16s ready after %4.1f s%s%n", "Kafka", localKafka.bootstrapServers(),
                    seconds(step), created.isEmpty() ? "" : "; created " + String.join(", ", created));
        }
    }

    private void startServices(ServiceLauncher launcher, HttpClient http)
            throws IOException, InterruptedException, StartupFailure {
        Map<ChildProcess, URI> readiness = new LinkedHashMap<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            ChildProcess process = register(() -> launcher.start(service), services::add);
            readiness.put(process, ReadinessWaiter.readinessUri(launcher.baseUrl(service)));
        }
        System.out.println("  started " + String.join(", ", ServiceSpec.ALL.stream().map(ServiceSpec::module).toList())
                + "; waiting for /q/health/ready");
        new ReadinessWaiter(http, READY_TIMEOUT, stopping::get).awaitAll(readiness);
    }

    private void startPostgres() throws IOException, SQLException, StartupFailure, InterruptedException {
        long step = System.nanoTime();
        int port = options.port(StackOptions.POSTGRES);
        synchronized (starting) {
            if (stopping.get()) {
                throw new InterruptedException("stopping");
            }
            try {
                postgres = LocalPostgres.start(layout.postgresData(), port, layout.logFile("postgres"));
            } catch (IOException | RuntimeException e) {
                throw new StartupFailure("PostgreSQL did not start on port " + port + ": " + e.getMessage()
                        + "; see " + layout.display(layout.logFile("postgres")), e);
            }
        }
        List<String> created = postgres.createMissingDatabases(
                ServiceSpec.ALL.stream().map(ServiceSpec::database).toList());
        System.out.printf("  %-22s %-16s ready after %4.1f s%s%n", "PostgreSQL", "localhost:" + port, seconds(step),
                created.isEmpty() ? "" : "; created " + String.join(", ", created));
    }

    /** Everything that can be checked before starting anything, so a failure leaves nothing to clean up. */
    private void checkPrerequisites() throws StartupFailure {
        if (!options.infraOnly()) {
            for (ServiceSpec service : ServiceSpec.ALL) {
                if (!Files.isRegularFile(layout.serviceJar(service))) {
                    throw new StartupFailure(layout.display(layout.serviceJar(service)) + " is missing; build it"
                            + " with deploy/local/up --build (or ./mvnw install -DskipTests)");
                }
            }
        }
        Ports.ensureFree("PostgreSQL", StackOptions.POSTGRES, options.port(StackOptions.POSTGRES));
        Ports.ensureFree("Kafka", StackOptions.KAFKA, options.port(StackOptions.KAFKA));
        Ports.ensureFree("the Kafka controller", StackOptions.KAFKA_CONTROLLER, options.port(StackOptions.KAFKA_CONTROLLER));
        if (!options.infraOnly()) {
            for (ServiceSpec service : ServiceSpec.ALL) {
                Ports.ensureFree(service.module(), service.portKey(), options.port(service));
            }
        }
    }

    /** This run's logs start empty; the previous run's move to logs/previous, for the crash one asks about later. */
    private void keepPreviousLogs() throws IOException {
        Path previous = layout.logsDir().resolve("previous");
        wipe(previous);
        Files.createDirectories(previous);
        try (Stream<Path> logs = Files.list(layout.logsDir())) {
            for (Path log : logs.filter(path -> path.toString().endsWith(".log")).toList()) {
                Files.move(log, previous.resolve(log.getFileName()));
            }
        }
    }

    /** After start-up a dying child neither takes the stack down nor stays down: it is started again. */
    private void superviseChildren(LocalKafka localKafka, ServiceLauncher launcher) {
        supervisor.watch(kafka, () -> register(localKafka::start, process -> kafka = process));
        for (ChildProcess service : services) {
            ServiceSpec spec = ServiceSpec.ALL.stream()
                    .filter(candidate -> candidate.module().equals(service.name())).findFirst().orElseThrow();
            supervisor.watch(service, () -> register(() -> launcher.start(spec), restarted -> {
                services.removeIf(child -> child.name().equals(spec.module()));
                services.add(restarted);
            }));
        }
    }

    void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        synchronized (starting) {
            if (kafka == null && postgres == null) {
                stopped.countDown();
                return;
            }
            System.out.println();
            System.out.println("Stopping the Kontor local stack ...");
            supervisor.close();
            // Services stop together: none depends on another being up to shut down cleanly.
            ChildProcess.stopAll(services, SERVICE_GRACE);
            if (kafka != null) {
                kafka.stop(KAFKA_GRACE);
            }
            if (postgres != null) {
                try {
                    postgres.close();
                } catch (IOException e) {
                    System.err.println("  stopping PostgreSQL failed: " + e.getMessage());
                }
            }
            System.out.println("Stopped. Data kept in " + layout.display(layout.dataDir()) + ".");
        }
        stopped.countDown();
    }

    void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts a child under the start lock and records it, unless the stack is already stopping. */
    private ChildProcess register(ChildStarter starter, Consumer<ChildProcess> record)
            throws IOException, InterruptedException, StartupFailure {
        synchronized (starting) {
            if (stopping.get()) {
                throw new InterruptedException("stopping");
            }
            ChildProcess process = starter.start();
            record.accept(process);
            return process;
        }
    }

    @FunctionalInterface
    private interface ChildStarter {
        ChildProcess start() throws IOException, InterruptedException, StartupFailure;
    }

    private void wipeDataKeepingTheLock() throws IOException {
        try (Stream<Path> entries = Files.list(layout.dataDir())) {
            for (Path entry : entries.filter(path -> !path.getFileName().toString().equals(StackLock.FILE_NAME)).toList()) {
                wipe(entry);
            }
        }
    }

    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
