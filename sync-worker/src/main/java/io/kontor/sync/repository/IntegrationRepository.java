package io.kontor.sync.repository;

import io.kontor.sync.Integration;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IntegrationRepository implements PanacheRepositoryBase<Integration, UUID> {

    /** A client's integrations with their activation periods, in one query: what routing a document needs. */
    public List<Integration> listOfClient(UUID clientId) {
        return find("""
                select distinct i from Integration i left join fetch i.activations
                 where i.clientId = ?1""", clientId).list();
    }
}
