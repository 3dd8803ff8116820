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
    }
}
