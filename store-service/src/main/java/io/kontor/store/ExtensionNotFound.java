package io.kontor.store;

import io.kontor.problem.NotFound;

/** No extension with this key in the catalog. */
public class ExtensionNotFound extends NotFound {

    public ExtensionNotFound(String extensionKey) {
        super("extension-not-found", "Extension not found",
                "The catalog has no extension '" + extensionKey + "'. GET /api/v1/extensions lists them all.");
    }
}
