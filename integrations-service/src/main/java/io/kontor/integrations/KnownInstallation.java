package io.kontor.integrations;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An installation as this service learned it from {@code kontor.installations}, or from store-service when its event
 * had not arrived yet: which extension, over which channel, with which client-level settings. store-service owns
 * it; this copy only follows it.
 */
@Entity
@Table(name = "known_installation")
public class KnownInstallation {

    @Id
    @Column(name = "installation_id")
    private UUID installationId;

    @Column(name = "partner_id", nullable = false)
    private String partnerId;

    @Column(name = "extension_key", nullable = false)
    private String extensionKey;

    @Column(name = "channel")
    private String channel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "client_settings_schema")
    private JsonNode clientSettingsSchema;

    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected KnownInstallation() {
    }

    /**
     * @param clientSettingsSchema null when not known (learned from its deletion only, or from an event older than
     *                             the schema's field): store-service is then asked for it
     */
    public KnownInstallation(UUID installationId, String partnerId, String extensionKey, String channel,
                             JsonNode clientSettingsSchema, Instant changedAt) {
        this.clientSettingsSchema = clientSettingsSchema;
        this.installationId = installationId;
        this.partnerId = partnerId;
        this.extensionKey = extensionKey;
        this.channel = channel;
        this.changedAt = changedAt;
    }

    public void markDeleted(Instant at) {
        this.deleted = true;
        this.changedAt = at;
    }

    public boolean belongsTo(String partnerId) {
        return this.partnerId.equals(partnerId);
    }

    public UUID installationId() {
        return installationId;
    }

    public String partnerId() {
        return partnerId;
    }

    public String extensionKey() {
        return extensionKey;
    }

    public String channel() {
        return channel;
    }

    public Optional<JsonNode> clientSettingsSchema() {
        return Optional.ofNullable(clientSettingsSchema);
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
