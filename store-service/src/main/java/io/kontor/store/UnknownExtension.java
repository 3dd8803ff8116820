package io.kontor.store;

import io.kontor.problem.InvalidInput;
import io.kontor.problem.Violation;

import java.util.List;

/** An install request naming an extension the catalog does not have. */
public class UnknownExtension extends InvalidInput {

    public UnknownExtension(String extensionKey) {
        super("unknown-extension", "Unknown extension",
                "The catalog has no extension '" + extensionKey + "'. GET /api/v1/extensions lists them all.",
                List.of(new Violation("extensionKey", "no extension with this key in the catalog")));
    }
}
