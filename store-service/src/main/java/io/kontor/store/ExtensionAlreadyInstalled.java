package io.kontor.store;

import io.kontor.problem.Conflict;

/** The extension allows one installation per partner, and the partner has it already. */
public class ExtensionAlreadyInstalled extends Conflict {

    public ExtensionAlreadyInstalled(String extensionKey) {
        super("extension-already-installed", "Extension already installed",
                "Your firm has installed '" + extensionKey + "' already and this extension allows one installation. "
                        + "Use the existing installation (GET /api/v1/installations).");
    }
}
