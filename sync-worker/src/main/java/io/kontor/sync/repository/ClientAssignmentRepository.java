package io.kontor.sync.repository;

import io.kontor.sync.ClientAssignment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ClientAssignmentRepository implements PanacheRepositoryBase<ClientAssignment, UUID> {
}
