package io.kontor.integrations.repository;

import io.kontor.integrations.KnownInstallation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class KnownInstallationRepository implements PanacheRepositoryBase<KnownInstallation, UUID> {
}
