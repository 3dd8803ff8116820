package io.kontor.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every log line the test JVM writes while it is open, down to debug level (what a troubleshooting operator would
 * switch on), each with its parameters and stack trace: for tests that prove a secret is never logged.
 */
public final class LogCapture implements AutoCloseable {

    /** The tests' own HTTP client, which at debug level logs what it sends: the secret, of course. */
    private static final String TEST_CLIENT_LOGGERS = "org.apache.http";

    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLoggerName() != null && record.getLoggerName().startsWith(TEST_CLIENT_LOGGERS)) {
                return;
            }
            StringWriter line = new StringWriter();
            line.append(record.getLoggerName()).append(' ').append(String.valueOf(record.getMessage()));
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    line.append(' ').append(String.valueOf(parameter));
                }
            }
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(line));
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final Level previousLevel;

    private LogCapture() {
        Logger root = Logger.getLogger("");
        previousLevel = root.getLevel();
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
        root.setLevel(Level.FINE);
    }

    /** Starts capturing at debug level; {@link #close()} stops and restores the previous level. */
    public static LogCapture atDebugLevel() {
        return new LogCapture();
    }

    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void close() {
        Logger root = Logger.getLogger("");
        root.removeHandler(handler);
        root.setLevel(previousLevel);
    }
}
