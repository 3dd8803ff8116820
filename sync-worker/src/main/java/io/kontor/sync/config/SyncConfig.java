package io.kontor.sync.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the services the worker asks live ({@code kontor.sync.*}). */
@ConfigMapping(prefix = "kontor.sync")
public interface SyncConfig {

    /** documents-service, asked (as the caller) for a client's documents when a backfill is requested. */
    @WithDefault("http://localhost:8081")
    String documentsUrl();
}
