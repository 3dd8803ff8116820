package io.kontor.local;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class ChildSupervisorTest {

    @TempDir
    Path dir;

    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<String> reported = new CopyOnWriteArrayList<>();
    private final List<ChildProcess> started = new CopyOnWriteArrayList<>();
    private final ChildSupervisor supervisor = new ChildSupervisor(stopping::get, reported::add);

    @AfterEach
    void stopEverything() {
        stopping.set(true);
        supervisor.close();
        ChildProcess.stopAll(started, Duration.ofSeconds(5));
    }

    @Test
    void aChildKilledOutrightIsStartedAgainAndSaysSo() throws Exception {
        LinkedBlockingQueue<ChildProcess> restarts = new LinkedBlockingQueue<>();
        ChildProcess first = sleeper();
        supervisor.watch(first, () -> {
            ChildProcess again = sleeper();
            restarts.add(again);
            return again;
        });

        first.process().destroyForcibly();
        ChildProcess second = restarts.poll(10, TimeUnit.SECONDS);

        assertThat(second).isNotNull();
        assertThat(second.isAlive()).isTrue();
        assertThat(second.process().pid()).isNotEqualTo(first.process().pid());
        assertThat(reported).anySatisfy(line -> assertThat(line).startsWith("sleeper exited with code 137"));
        assertThat(reported).contains("sleeper started again");

        second.process().destroyForcibly();
        assertThat(restarts.poll(10, TimeUnit.SECONDS)).as("the restarted child is watched too").isNotNull();
    }

    @Test
    void nothingIsRestartedOnceTheStackIsStopping() throws Exception {
        LinkedBlockingQueue<ChildProcess> restarts = new LinkedBlockingQueue<>();
        ChildProcess child = sleeper();
        supervisor.watch(child, () -> {
            ChildProcess again = sleeper();
            restarts.add(again);
            return again;
        });

        stopping.set(true);
        child.process().destroyForcibly();

        assertThat(restarts.poll(2, TimeUnit.SECONDS)).isNull();
        assertThat(reported).isEmpty();
    }

    @Test
    void aChildThatKeepsDyingWaitsLongerEachTimeUpToHalfAMinute() {
        assertThat(ChildSupervisor.next(Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(2));
        assertThat(ChildSupervisor.next(Duration.ofSeconds(16))).isEqualTo(Duration.ofSeconds(30));
        assertThat(ChildSupervisor.next(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    }

    private ChildProcess sleeper() throws IOException {
        ChildProcess child = ChildProcess.start("sleeper", List.of("sleep", "60"), Map.of(),
                dir.resolve("sleeper.log"), dir.resolve("sleeper.pid"));
        started.add(child);
        return child;
    }
}
