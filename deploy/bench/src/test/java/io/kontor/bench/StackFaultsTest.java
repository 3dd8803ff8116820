package io.kontor.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StackFaultsTest {

    @TempDir
    Path data;

    @Test
    void postgresIsStartedAgainWithTheCommandLineItRecorded() throws Exception {
        Files.writeString(data.resolve("postmaster.opts"), "/tmp/embedded-pg/PG-1/bin/postgres \"-D\" \"/work/x/.data/postgres\""
                + " \"-p\" \"15432\" \"-F\" \"-c\" \"max_connections=200\" \"-c\" \"timezone=UTC\"\n");

        assertThat(StackFaults.postmasterCommandLine(data)).containsExactly("/tmp/embedded-pg/PG-1/bin/postgres",
                "-D", "/work/x/.data/postgres", "-p", "15432", "-F", "-c", "max_connections=200", "-c", "timezone=UTC");
    }
}
