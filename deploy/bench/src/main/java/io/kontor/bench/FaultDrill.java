package io.kontor.bench;

/**
 * A fault a drill injects while the load runs: {@code name} is what to type after {@code --only}, {@code fault} says
 * what it does for the report, and {@code injection} returns once the fault is over.
 */
record FaultDrill(String name, String fault, Injection injection) {

    @FunctionalInterface
    interface Injection {
        void inject(DrillContext context) throws Exception;
    }
}
