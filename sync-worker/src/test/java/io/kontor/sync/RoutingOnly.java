package io.kontor.sync;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The worker with delivery attempts off: tests of routing and of the API see deliveries exactly as routing left
 * them, not as an attempt a moment later changed them. The engine has tests of its own.
 */
public class RoutingOnly implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kontor.sync.delivery.enabled", "false");
    }
}
