package io.kontor.bench;

/** What a drill may act on: the stack's processes, the receiver, the fleet under load and the public APIs. */
record DrillContext(StackFaults faults, WebhookSink sink, Fleet fleet, JsonApi api) {

    static void pause(java.time.Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
