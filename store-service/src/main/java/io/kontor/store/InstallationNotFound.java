package io.kontor.store;

import io.kontor.problem.NotFound;

import java.util.UUID;

/** No such installation for the caller's partner; also what another partner's installation looks like. */
public class InstallationNotFound extends NotFound {

    public InstallationNotFound(UUID installationId) {
        super("installation-not-found", "Installation not found",
                "Your firm has no installation " + installationId + ".");
    }
}
