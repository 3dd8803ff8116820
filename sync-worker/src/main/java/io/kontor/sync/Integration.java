package io.kontor.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.events.EventJson;
import io.kontor.events.documents.DocumentType;
import io.kontor.events.integrations.IntegrationSnapshot;
import io.kontor.events.integrations.IntegrationSnapshot.SealedSigningSecret;
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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sync-worker's copy of a client's integration, replaced by each snapshot {@code kontor.integrations} carries:
 * who it belongs to, which document types it takes and when it was active (which documents it receives, DESIGN.md
 * §5), and where and how they go (channel, client-level settings, signing secrets sealed for this worker).
 */
@Entity
@Table(name = "integration")
public class Integration {

    private static final TypeReference<List<SealedSigningSecret>> SECRETS = new TypeReference<>() {
    };

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

    @Column(name = "status_reason")
    private String statusReason;

    // JSON text written by the contract's own mapper, so that what is stored is exactly what the event said.
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "settings", nullable = false)
    private String settings;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "signing_secrets", nullable = false)
    private String signingSecrets;

    @Column(name = "revision", nullable = false)
    private long revision;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @OneToMany(mappedBy = "integration", cascade = CascadeType.ALL)
    @OrderBy("activatedAt")
    private List<IntegrationActivation> activations = new ArrayList<>();

    protected Integration() {
    }

    /** A copy not seen before; {@link #apply} fills it in. */
    public static Integration announcedBy(IntegrationSnapshot snapshot) {
        Integration integration = new Integration();
        integration.integrationId = snapshot.integrationId();
        integration.clientId = snapshot.clientId();
        integration.partnerId = snapshot.partnerId();
        integration.revision = 0;
        return integration;
    }

    /**
     * Takes the snapshot over, unless this copy is as new already (a redelivered or replayed event). Periods are
     * matched by their start: a closed one gets its end, a new one is added; none is ever removed.
     *
     * @return the starts of the periods this snapshot opened — documents already seen that fall into them must be
     *         routed now — or empty when the snapshot was not newer
     */
    public Optional<List<Instant>> apply(IntegrationSnapshot snapshot, Instant now) {
        if (snapshot.revision() <= revision) {
            return Optional.empty();
        }
        installationId = snapshot.installationId();
        extensionKey = snapshot.extensionKey();
        channel = snapshot.channel();
        documentTypes = snapshot.documentTypes() == null ? List.of() : List.copyOf(snapshot.documentTypes());
        status = IntegrationStatus.valueOf(snapshot.status());
        statusReason = snapshot.statusReason();
        settings = json(snapshot.settings() == null ? EventJson.mapper().createObjectNode() : snapshot.settings());
        signingSecrets = json(snapshot.signingSecrets() == null ? List.of() : snapshot.signingSecrets());
        revision = snapshot.revision();
        List<Instant> opened = new ArrayList<>();
        for (IntegrationSnapshot.Period period : snapshot.activationPeriods()) {
            Instant start = micros(period.activatedAt());
            Instant end = period.deactivatedAt() == null ? null : micros(period.deactivatedAt());
            Optional<IntegrationActivation> known = activations.stream()
                    .filter(activation -> activation.activatedAt().equals(start)).findFirst();
            if (known.isPresent()) {
                known.get().end(end, period.deactivationReason());
            } else {
                activations.add(new IntegrationActivation(this, start, end, period.deactivationReason()));
                opened.add(start);
            }
        }
        changedAt = now;
        return Optional.of(opened);
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

    /** Whether documents are being delivered to it now; otherwise its pending deliveries are cancelled. */
    public boolean isActive() {
        return status == IntegrationStatus.ACTIVE;
    }

    public boolean belongsTo(String partnerId) {
        return this.partnerId.equals(partnerId);
    }

    public UUID integrationId() {
        return integrationId;
    }

    public UUID clientId() {
        return clientId;
    }

    /** {@code null} for an integration whose snapshot named none (events from before installations existed). */
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

    public List<DocumentType> documentTypes() {
        return List.copyOf(documentTypes);
    }

    public IntegrationStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public JsonNode settings() {
        return EventJson.read(settings.getBytes(StandardCharsets.UTF_8), JsonNode.class);
    }

    /** The signing secrets as integrations-service sealed them for this worker, oldest first. */
    public List<SealedSigningSecret> sealedSigningSecrets() {
        return EventJson.mapper().convertValue(EventJson.read(signingSecrets.getBytes(StandardCharsets.UTF_8),
                JsonNode.class), SECRETS);
    }

    public long revision() {
        return revision;
    }

    public List<IntegrationActivation> activations() {
        return List.copyOf(activations);
    }

    private static String json(Object value) {
        return new String(EventJson.write(value), StandardCharsets.UTF_8);
    }

    /** PostgreSQL keeps microseconds: compare and store what it will give back. */
    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
