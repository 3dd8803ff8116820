package io.kontor.integrations;

import io.kontor.events.documents.DocumentType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
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
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's integration: documents of that client go, through an installed extension, to one destination
 * described by the client-level {@code settings}. Its activation periods are history and never rewritten.
 */
@Entity
@Table(name = "integration")
public class Integration {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "partner_id", nullable = false)
    private String partnerId;

    @Column(name = "installation_id", nullable = false)
    private UUID installationId;

    @Column(name = "extension_key")
    private String extensionKey;

    @Column(name = "channel")
    private String channel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "document_types", nullable = false)
    private List<DocumentType> documentTypes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "settings", nullable = false)
    private Map<String, Object> settings;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private IntegrationStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private String deletedBy;

    @Column(name = "revision", nullable = false)
    private long revision;

    // Part of the aggregate: every use (routing, every response) needs them, and there are few.
    @OneToMany(mappedBy = "integration", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("activatedAt")
    private List<ActivationPeriod> activationPeriods = new ArrayList<>();

    protected Integration() {
    }

    /** A new integration of the installed extension {@code extensionKey}, active from {@code now}. */
    public static Integration create(UUID clientId, String partnerId, UUID installationId, String extensionKey,
                                       String channel, Collection<DocumentType> documentTypes,
                                       Map<String, Object> settings, Instant now, String userId) {
        Integration integration = new Integration();
        integration.id = UUID.randomUUID();
        integration.clientId = clientId;
        integration.partnerId = partnerId;
        integration.installationId = installationId;
        integration.extensionKey = extensionKey;
        integration.channel = channel;
        integration.documentTypes = normalized(documentTypes);
        integration.settings = new LinkedHashMap<>(settings);
        integration.createdAt = now;
        integration.createdBy = userId;
        integration.status = IntegrationStatus.INACTIVE;
        integration.revision = 0;
        integration.activate(now, userId);
        return integration;
    }

    /**
     * Ends the integration because its installation was uninstalled at {@code uninstalledAt}: the open period
     * closes then, or at its own start if it was opened after the uninstall (the event arrived late), so that no
     * period ever ends before it began.
     *
     * @return when the period was closed
     */
    public Instant endWithInstallation(Instant uninstalledAt, String reason) {
        Instant start = openPeriod().map(ActivationPeriod::activatedAt).orElse(uninstalledAt);
        Instant at = uninstalledAt.isBefore(start) ? start : uninstalledAt;
        deactivate(at, reason);
        return at;
    }

    /** Opens a new activation period. */
    public void activate(Instant now, String userId) {
        if (status == IntegrationStatus.DELETED) {
            throw new IntegrationIsDeleted(id);
        }
        if (status == IntegrationStatus.ACTIVE || openPeriod().isPresent()) {
            throw new IntegrationAlreadyActive(id);
        }
        activationPeriods.add(new ActivationPeriod(this, now, userId));
        status = IntegrationStatus.ACTIVE;
        changed(now);
    }

    /**
     * Closes the open activation period.
     *
     * @param reason who or what ended it, e.g. {@code user:<id>}
     */
    public void deactivate(Instant now, String reason) {
        if (status == IntegrationStatus.DELETED) {
            throw new IntegrationIsDeleted(id);
        }
        if (status != IntegrationStatus.ACTIVE) {
            throw new IntegrationAlreadyInactive(id);
        }
        openPeriod().orElseThrow().close(now, reason);
        status = IntegrationStatus.INACTIVE;
        changed(now);
    }

    /**
     * Disables the integration because its receiver answered 410 Gone to a delivery at {@code failedAt}. Only the
     * current period ends: a 410 from before it began (the integration was fixed and activated again since) is old
     * news and changes nothing.
     *
     * @return when the period was closed, or empty when nothing changed
     */
    public Optional<Instant> disable(Instant failedAt, String reason, Instant now) {
        Optional<ActivationPeriod> open = openPeriod().filter(period -> !failedAt.isBefore(period.activatedAt()));
        if (status != IntegrationStatus.ACTIVE || open.isEmpty()) {
            return Optional.empty();
        }
        open.get().close(failedAt, reason);
        status = IntegrationStatus.DISABLED;
        changed(now);
        return Optional.of(failedAt);
    }

    /**
     * Replaces the client-level settings and the document types.
     *
     * @return the names of what changed ({@code settings}, {@code documentTypes}); empty when nothing did
     */
    public List<String> update(Map<String, Object> newSettings, Collection<DocumentType> newDocumentTypes,
                               Instant now) {
        if (status == IntegrationStatus.DELETED) {
            throw new IntegrationIsDeleted(id);
        }
        List<String> changes = new ArrayList<>();
        if (!settings.equals(newSettings)) {
            settings = new LinkedHashMap<>(newSettings);
            changes.add("settings");
        }
        List<DocumentType> types = normalized(newDocumentTypes);
        if (!documentTypes.equals(types)) {
            documentTypes = types;
            changes.add("documentTypes");
        }
        if (!changes.isEmpty()) {
            changed(now);
        }
        return changes;
    }

    /** Its signing secrets changed (a rotation): the snapshot the sync-worker holds must be replaced. */
    public void signingSecretsChanged(Instant now) {
        changed(now);
    }

    private void changed(Instant now) {
        updatedAt = now;
        revision++;
    }

    /**
     * Deletes the integration and keeps its history: an open activation period closes now.
     *
     * @return whether it was not deleted before; deleting a deleted integration changes nothing
     */
    public boolean delete(Instant now, String userId) {
        if (status == IntegrationStatus.DELETED) {
            return false;
        }
        openPeriod().ifPresent(period -> period.close(now, "deleted:user:" + userId));
        status = IntegrationStatus.DELETED;
        deletedAt = now;
        deletedBy = userId;
        changed(now);
        return true;
    }

    public boolean wasActiveAt(Instant instant) {
        return activationPeriods.stream().anyMatch(period -> period.covers(instant));
    }

    /** Why it is not active: how its last period ended (a user, an uninstall, a 410); null while active. */
    public String statusReason() {
        if (status == IntegrationStatus.ACTIVE || activationPeriods.isEmpty()) {
            return null;
        }
        return activationPeriods.get(activationPeriods.size() - 1).deactivationReason();
    }

    public Optional<ActivationPeriod> openPeriod() {
        return activationPeriods.stream().filter(ActivationPeriod::isOpen).findFirst();
    }

    /** An empty set means every type, including those added to the contract later. */
    private static List<DocumentType> normalized(Collection<DocumentType> types) {
        if (types == null || types.isEmpty()) {
            return List.of();
        }
        return List.copyOf(EnumSet.copyOf(types));
    }

    public UUID id() {
        return id;
    }

    public UUID clientId() {
        return clientId;
    }

    public String partnerId() {
        return partnerId;
    }

    public UUID installationId() {
        return installationId;
    }

    public String extensionKey() {
        return extensionKey;
    }

    public String channel() {
        return channel;
    }

    public List<DocumentType> documentTypes() {
        return List.copyOf(documentTypes);
    }

    public Map<String, Object> settings() {
        return Collections.unmodifiableMap(settings);
    }

    public IntegrationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long revision() {
        return revision;
    }

    public List<ActivationPeriod> activationPeriods() {
        return List.copyOf(activationPeriods);
    }
}
