package io.kontor.sync.connector;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The firm's side of a delivery, from the integration's installation: the partner-level settings with the secret
 * ones opened (an SMTP relay and its password), and the package's conventions for the channel (docs/connectors.md,
 * "Mail conventions").
 */
public record InstallationSettings(JsonNode settings, JsonNode conventions) {

    public InstallationSettings {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(conventions, "conventions");
    }

    /** Names the settings, never their values: a password is among them, and this may end up in a log line. */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        settings.fieldNames().forEachRemaining(names::add);
        return "InstallationSettings[settings=" + names + " hidden, conventions=" + conventions + "]";
    }
}
