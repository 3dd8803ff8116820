package io.kontor.integrations.repository;

import io.kontor.integrations.SigningSecret;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The signing secrets of integrations; callers have checked the integration is the caller's. */
@ApplicationScoped
public class SigningSecretRepository implements PanacheRepositoryBase<SigningSecret, Long> {

    public List<SigningSecret> ofIntegration(UUID integrationId) {
        return list("integrationId = ?1 order by createdAt, id", integrationId);
    }
}
