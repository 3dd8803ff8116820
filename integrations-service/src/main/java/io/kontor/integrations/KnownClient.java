package io.kontor.integrations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A client as this service learned it from {@code kontor.clients}, or from documents-service when its event had not
 * arrived yet: enough to decide whether a caller may add integrations to it. documents-service owns the client;
 * this copy only follows it.
 */
@Entity
@Table(name = "known_client")
public class KnownClient {

    @Id
    @Column(name = "client_id")
    private UUID clientId;

    @Column(name = "partner_id", nullable = false)
    private String partnerId;

    @Column(name = "name", nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "accountant_ids", nullable = false)
    private List<String> accountantIds;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected KnownClient() {
    }

    /** @param changedAt when the client was last changed at documents-service: this state is as of then */
    public KnownClient(UUID clientId, String partnerId, String name, List<String> accountantIds, boolean archived,
                       Instant changedAt) {
        this.clientId = clientId;
        this.partnerId = partnerId;
        this.name = name;
        this.accountantIds = accountantIds == null ? List.of() : List.copyOf(accountantIds);
        this.archived = archived;
        this.changedAt = changedAt;
    }

    public void archive(Instant at) {
        this.archived = true;
        this.changedAt = at;
    }

    public boolean belongsTo(String partnerId) {
        return this.partnerId.equals(partnerId);
    }

    public UUID clientId() {
        return clientId;
    }

    public String partnerId() {
        return partnerId;
    }

    public String name() {
        return name;
    }

    public List<String> accountantIds() {
        return List.copyOf(accountantIds);
    }

    public Instant changedAt() {
        return changedAt;
    }

    public boolean isArchived() {
        return archived;
    }
}
