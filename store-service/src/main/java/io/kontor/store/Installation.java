package io.kontor.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An extension installed by one partner, with its partner-level settings. */
@Entity
@Table(name = "installation")
public class Installation {

    @Id
    private UUID id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private String partnerId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "extension_key", nullable = false, updatable = false)
    private Extension extension;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "settings", nullable = false)
    private ObjectNode settings;

    /** The secret settings, encrypted; never leaves the service in this or any other form. */
    @Column(name = "secret_settings")
    private String secretSettings;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "configured_secrets", nullable = false)
    private List<String> configuredSecrets = new ArrayList<>();

    @Column(name = "one_per_partner", nullable = false, updatable = false)
    private boolean onePerPartner;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Installation() {
    }

    /** A new installation without settings yet; {@link #configure} gives it its settings before it is stored. */
    public static Installation install(String partnerId, Extension extension, Instant now) {
        Installation installation = new Installation();
        installation.id = UUID.randomUUID();
        installation.partnerId = Objects.requireNonNull(partnerId, "partnerId");
        installation.extension = Objects.requireNonNull(extension, "extension");
        installation.settings = JsonNodeFactory.instance.objectNode();
        installation.onePerPartner = !extension.multipleInstallations();
        installation.createdAt = now;
        installation.updatedAt = now;
        return installation;
    }

    /**
     * Replaces the settings.
     *
     * @param readable          the settings that may be shown
     * @param sealedSecrets     the secret ones, encrypted; null when none is set
     * @param configuredSecrets the names of the secret settings that are set
     */
    public void configure(ObjectNode readable, String sealedSecrets, List<String> configuredSecrets) {
        this.settings = readable.deepCopy();
        this.secretSettings = sealedSecrets;
        this.configuredSecrets = new ArrayList<>(configuredSecrets);
    }

    /**
     * The same secret settings, encrypted again with the current key after a key rotation: nothing a reader sees
     * changes, so neither does {@code updatedAt}.
     */
    public void resealSecrets(String sealedSecrets) {
        this.secretSettings = Objects.requireNonNull(sealedSecrets, "sealedSecrets");
    }

    public void touch(Instant now) {
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String partnerId() {
        return partnerId;
    }

    public Extension extension() {
        return extension;
    }

    public JsonNode settings() {
        return settings.deepCopy();
    }

    public String sealedSecrets() {
        return secretSettings;
    }

    public List<String> configuredSecrets() {
        return List.copyOf(configuredSecrets);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
