package io.kontor.integrations.repository;

import io.kontor.integrations.SigningSecret;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The signing secrets of integrations; callers have checked the integration is the caller's. */
@ApplicationScoped
public class SigningSecretRepository implements PanacheRepositoryBase<SigningSecret, Long> {

    public List<SigningSecret> ofIntegration(UUID integrationId) {
        return list("integrationId = ?1 order by createdAt, id", integrationId);
    }

    /** The secrets of several integrations in one query (a client's list), oldest first per integration. */
    public Map<UUID, List<SigningSecret>> ofIntegrations(Collection<UUID> integrationIds) {
        if (integrationIds.isEmpty()) {
            return Map.of();
        }
        return list("integrationId in ?1 order by createdAt, id", integrationIds).stream()
                .collect(Collectors.groupingBy(SigningSecret::integrationId));
    }
}
