package io.kontor.audit;

import io.smallrye.config.ConfigMapping;

/** Which trail this service keeps: the last segment of its {@code /api/v1/audit/<trail>} paths. */
@ConfigMapping(prefix = "kontor.audit")
public interface AuditConfig {

    /** e.g. {@code documents}; each service its own, so that the paths stay disjoint for an ingress. */
    String trail();
}
