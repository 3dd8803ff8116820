package io.kontor.documents.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "kontor.documents")
public interface DocumentsConfig {

    Clients clients();

    Upload upload();

    Folders folders();

    DownloadLinks downloadLinks();

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

    interface Upload {

        /**
         * The largest original accepted. {@code quarkus.http.limits.max-body-size} must leave room above it for
         * the multipart envelope and the metadata parts.
         */
        @WithDefault("25M")
        MemorySize maxFileSize();

        RateLimit rateLimit();

        /**
         * Uploads per firm, counted in each replica's memory (a token bucket per partner id): {@code burst} at once,
         * then {@code per-second} on average. One more is refused with 429 and a Retry-After.
         */
        interface RateLimit {

            /** false: no limit (a test, or a gateway in front that limits already). */
            @WithDefault("true")
            boolean enabled();

            /** Uploads a firm may send at once, e.g. when a folder is dropped in. */
            @WithDefault("100")
            int burst();

            /** Uploads per second a firm may sustain once its burst is spent: 18,000 an hour per replica. */
            @WithDefault("5")
            double perSecond();
        }
    }

    interface Folders {

        /** Documents per page when the request names no {@code limit}. */
        @WithDefault("50")
        int defaultPageSize();

        /** The largest {@code limit} a request may ask for. */
        @WithDefault("200")
        int maxPageSize();
    }

    interface DownloadLinks {

        /**
         * The HMAC-SHA256 key that signs download links, base64-encoded, at least 32 bytes. Every replica needs the
         * same one; changing it invalidates the links handed out so far.
         */
        String secret();

        /** How long a link stays valid when the request names no {@code ttlSeconds}. */
        @WithDefault("PT15M")
        Duration defaultTtl();

        /** The longest validity a request may ask for. */
        @WithDefault("P7D")
        Duration maxTtl();

        /**
         * The public address links start with (e.g. {@code https://api.example.com}); by default the address the
         * request that created the link was sent to.
         */
        Optional<URI> baseUrl();
    }
}
