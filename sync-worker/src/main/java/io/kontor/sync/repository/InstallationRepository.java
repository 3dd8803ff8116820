package io.kontor.sync.repository;

import io.kontor.sync.Installation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class InstallationRepository implements PanacheRepositoryBase<Installation, UUID> {
}
