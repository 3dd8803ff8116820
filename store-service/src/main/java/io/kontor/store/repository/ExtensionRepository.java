package io.kontor.store.repository;

import io.kontor.store.Extension;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The catalog. It holds tens of entries, not thousands: listing it whole is cheap. */
@ApplicationScoped
public class ExtensionRepository implements PanacheRepositoryBase<Extension, String> {

    public List<Extension> allByName() {
        return listAll(Sort.by("name").and("key"));
    }
}
