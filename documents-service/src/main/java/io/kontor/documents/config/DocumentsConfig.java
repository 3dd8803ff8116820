package io.kontor.documents.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kontor.documents")
public interface DocumentsConfig {

    Clients clients();

    interface Clients {

        /** Clients per page when the request names no {@code limit}. */
        @WithDefault("50")
        int defaultPageSize();

        /** The largest {@code limit} a request may ask for. */
        @WithDefault("200")
        int maxPageSize();

        /**
         * The most data rows one CSV import may hold. The import is one transaction, so this bounds how long it
         * holds its locks and how large its response grows; a larger list is split into several files.
         */
        @WithDefault("10000")
        int importMaxRows();
    }
}
