package io.kontor.bench;

/** What the bench is doing, one line at a time, so a long run can be followed. */
final class Progress {

    private Progress() {
    }

    static void say(String line) {
        System.out.println("[bench] " + line);
    }
}
