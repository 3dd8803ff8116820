package io.kontor.integrations;

import io.kontor.problem.NotFound;

import java.util.UUID;

/** Another firm's installation: answered like one that does not exist. */
public class InstallationNotFound extends NotFound {

    public InstallationNotFound(UUID installationId) {
        super("installation-not-found", "Installation not found",
                "Your firm has no installation " + installationId + ". Install the extension in the store first, "
                        + "then add the integration with the new installation's id.");
    }
}
