package io.kontor.sync;

import io.kontor.events.documents.DocumentType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sync-worker's copy of a client's integration, kept from {@code kontor.integrations}: who it belongs to,
 * which document types it takes and when it was active. It decides which documents it receives (DESIGN.md §5).
 */
@Entity
@Table(name = "integration")
public class Integration {

    @Id
    @Column(name = "integration_id")
    private UUID integrationId;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "partner_id", nullable = false)
    private String partnerId;

    @Column(name = "installation_id")
    private UUID installationId;

    @Column(name = "extension_key")
    private String extensionKey;

    @Column(name = "channel")
    private String channel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "document_types", nullable = false)
    private List<DocumentType> documentTypes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private IntegrationStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @OneToMany(mappedBy = "integration", cascade = CascadeType.ALL)
    @OrderBy("activatedAt")
    private List<IntegrationActivation> activations = new ArrayList<>();

    protected Integration() {
    }

    /** An integration as announced by its creation: active from {@code activatedAt}. */
    public Integration(UUID integrationId, UUID clientId, String partnerId, UUID installationId, String extensionKey,
                       String channel, List<DocumentType> documentTypes, Instant activatedAt) {
        this.integrationId = integrationId;
        this.clientId = clientId;
        this.partnerId = partnerId;
        this.installationId = installationId;
        this.extensionKey = extensionKey;
        this.channel = channel;
        this.documentTypes = documentTypes == null ? List.of() : List.copyOf(documentTypes);
        this.status = IntegrationStatus.INACTIVE;
        activate(activatedAt);
    }

    /** @return false when a period is already open (a repeated announcement), which changes nothing */
    public boolean activate(Instant at) {
        if (status == IntegrationStatus.DELETED || openActivation().isPresent()) {
            return false;
        }
        activations.add(new IntegrationActivation(this, at));
        status = IntegrationStatus.ACTIVE;
        changedAt = at;
        return true;
    }

    /** @return false when no period was open, which changes nothing */
    public boolean deactivate(Instant at) {
        Optional<IntegrationActivation> open = openActivation();
        if (open.isEmpty()) {
            return false;
        }
        open.get().close(at);
        status = IntegrationStatus.INACTIVE;
        changedAt = at;
        return true;
    }

    /** Deleting ends the open period too: nothing created afterwards is delivered. */
    public void delete(Instant at) {
        openActivation().ifPresent(open -> open.close(at));
        status = IntegrationStatus.DELETED;
        changedAt = at;
    }

    /**
     * The delivery rule of DESIGN.md §5: a document of this integration's client goes to it iff it was created
     * inside one of its activation periods and its type is one the integration takes.
     */
    public boolean receives(UUID documentClientId, DocumentType type, Instant documentCreatedAt) {
        return clientId.equals(documentClientId)
                && (documentTypes.isEmpty() || documentTypes.contains(type))
                && activations.stream().anyMatch(activation -> activation.covers(documentCreatedAt));
    }

    public boolean belongsTo(String partnerId) {
        return this.partnerId.equals(partnerId);
    }

    public Optional<IntegrationActivation> openActivation() {
        return activations.stream().filter(IntegrationActivation::isOpen).findFirst();
    }

    public UUID integrationId() {
        return integrationId;
    }

    public UUID clientId() {
        return clientId;
    }

    public String partnerId() {
        return partnerId;
    }

    public String channel() {
        return channel;
    }

    public List<DocumentType> documentTypes() {
        return List.copyOf(documentTypes);
    }

    public IntegrationStatus status() {
        return status;
    }

    public List<IntegrationActivation> activations() {
        return List.copyOf(activations);
    }
}
