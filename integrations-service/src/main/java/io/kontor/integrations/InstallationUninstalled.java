package io.kontor.integrations;

import io.kontor.problem.Conflict;

import java.util.UUID;

/** The installation an integration would use was uninstalled: nothing can be delivered through it any more. */
public class InstallationUninstalled extends Conflict {

    public InstallationUninstalled(UUID installationId) {
        super("installation-uninstalled", "Installation uninstalled",
                "Installation " + installationId + " was uninstalled, so no integration can use it any more. "
                        + "Install the extension again and add a new integration with the new installation.");
    }
}
