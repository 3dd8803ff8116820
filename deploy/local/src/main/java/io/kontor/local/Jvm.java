package io.kontor.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for child JVMs: the same JDK as the launcher, and a marker that identifies them later. */
final class Jvm {

    static final String MARKER_PROPERTY = "kontor.local.data";

    private Jvm() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The launcher's own classpath; it carries the Kafka broker and its tools. */
    static String classpath() {
        return System.getProperty("java.class.path");
    }

    /**
     * {@code java}, the marker, then {@code options}. The marker names the data directory, so a later
     * run can recognise this stack's leftovers by command line and leave every other JVM alone.
     */
    static List<String> command(StackLayout layout, List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add(marker(layout));
        command.addAll(options);
        return command;
    }

    static String marker(StackLayout layout) {
        return "-D" + MARKER_PROPERTY + "=" + layout.dataDir();
    }
}
