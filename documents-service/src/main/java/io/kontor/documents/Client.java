package io.kontor.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A client of a partner (accounting firm): a company whose documents the firm handles. Never deleted: archiving
 * takes it out of the active directory and keeps its history.
 */
@Entity
@Table(name = "client")
public class Client {

    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private String partnerId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "vat_number", nullable = false)
    private String vatNumber;

    @Column(name = "company_number")
    private String companyNumber;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "external_reference")
    private String externalReference;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "accountant_ids", nullable = false)
    private List<String> accountantIds = new ArrayList<>();

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Maintained by PostgreSQL (a generated column) for free-text search; never written from here. */
    @Column(name = "search_text", insertable = false, updatable = false)
    private String searchText;

    protected Client() {
    }

    public static Client register(String partnerId, ClientDetails details, Instant now) {
        Client client = new Client();
        client.id = UUID.randomUUID();
        client.partnerId = Objects.requireNonNull(partnerId, "partnerId");
        client.apply(details);
        client.createdAt = now;
        client.updatedAt = now;
        return client;
    }

    /**
     * Replaces the editable details.
     *
     * @return whether anything changed; an unchanged client is not touched and announces nothing
     * @throws ClientIsArchived an archived client is read-only
     */
    public boolean revise(ClientDetails details, Instant now) {
        if (archived) {
            throw new ClientIsArchived(id);
        }
        if (details().equals(details)) {
            return false;
        }
        apply(details);
        updatedAt = now;
        return true;
    }

    /** @return whether the client was active until now; archiving an archived client changes nothing */
    public boolean archive(Instant now) {
        if (archived) {
            return false;
        }
        archived = true;
        archivedAt = now;
        updatedAt = now;
        return true;
    }

    public ClientDetails details() {
        return new ClientDetails(name, vatNumber, companyNumber, country, externalReference, accountantIds);
    }

    private void apply(ClientDetails details) {
        name = details.name();
        vatNumber = details.vatNumber();
        companyNumber = details.companyNumber();
        country = details.country();
        externalReference = details.externalReference();
        accountantIds = new ArrayList<>(details.accountantIds());
    }

    public UUID id() {
        return id;
    }

    public String partnerId() {
        return partnerId;
    }

    public String name() {
        return name;
    }

    public String vatNumber() {
        return vatNumber;
    }

    public String companyNumber() {
        return companyNumber;
    }

    public String country() {
        return country;
    }

    public String externalReference() {
        return externalReference;
    }

    public List<String> accountantIds() {
        return List.copyOf(accountantIds);
    }

    public boolean archived() {
        return archived;
    }

    public Instant archivedAt() {
        return archivedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
