package io.kontor.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.events.documents.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.Locale;

/**
 * An entry of the catalog: something a firm can install and then use per client. Read-only here: the catalog
 * ships with the service as Flyway migrations.
 */
@Entity
@Immutable
@Table(name = "extension")
public class Extension {

    @Id
    @Column(name = "key")
    private String key;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "vendor", nullable = false)
    private String vendor;

    @Column(name = "description", nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private ExtensionCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    private DeliveryChannel channel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "document_types", nullable = false)
    private List<String> documentTypes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "partner_settings_schema", nullable = false)
    private JsonNode partnerSettingsSchema;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "client_settings_schema", nullable = false)
    private JsonNode clientSettingsSchema;

    @Column(name = "multiple_installations", nullable = false)
    private boolean multipleInstallations;

    /** How the package wants documents on the extension's channel (V4 migration); sent to the sync-worker only. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "delivery_conventions", nullable = false)
    private JsonNode deliveryConventions;

    protected Extension() {
    }

    /** Whether this extension is what a catalog search asks for; every criterion left null matches. */
    public boolean matches(ExtensionCategory wantedCategory, DeliveryChannel wantedChannel, DocumentType documentType,
                           String text) {
        return (wantedCategory == null || wantedCategory == category)
                && (wantedChannel == null || wantedChannel == channel)
                && (documentType == null || documentTypes.contains(documentType.name()))
                && (text == null || mentions(text));
    }

    private boolean mentions(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return key.contains(needle)
                || name.toLowerCase(Locale.ROOT).contains(needle)
                || vendor.toLowerCase(Locale.ROOT).contains(needle)
                || description.toLowerCase(Locale.ROOT).contains(needle);
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public String vendor() {
        return vendor;
    }

    public String description() {
        return description;
    }

    public ExtensionCategory category() {
        return category;
    }

    public DeliveryChannel channel() {
        return channel;
    }

    public List<DocumentType> documentTypes() {
        return documentTypes.stream().map(DocumentType::valueOf).toList();
    }

    public JsonNode partnerSettingsSchema() {
        return partnerSettingsSchema.deepCopy();
    }

    public JsonNode clientSettingsSchema() {
        return clientSettingsSchema.deepCopy();
    }

    public boolean multipleInstallations() {
        return multipleInstallations;
    }

    public JsonNode deliveryConventions() {
        return deliveryConventions.deepCopy();
    }
}
