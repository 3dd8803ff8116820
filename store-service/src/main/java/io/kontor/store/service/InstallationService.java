package io.kontor.store.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kontor.audit.AuditTrail;
import io.kontor.problem.KeysetCursor;
import io.kontor.problem.Violation;
import io.kontor.settings.SettingsInvalid;
import io.kontor.settings.SettingsSchema;
import io.kontor.store.Extension;
import io.kontor.store.ExtensionAlreadyInstalled;
import io.kontor.store.Installation;
import io.kontor.store.InstallationNotFound;
import io.kontor.store.UnknownExtension;
import io.kontor.store.messaging.InstallationEvents;
import io.kontor.store.repository.ExtensionRepository;
import io.kontor.store.repository.InstallationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A partner's installations: install, look up, uninstall. Every use case is scoped to the calling partner. */
@ApplicationScoped
public class InstallationService {

    private static final String ONE_PER_PARTNER_INDEX = "installation_one_per_partner_uq";

    private final ExtensionRepository extensions;
    private final InstallationRepository installations;
    private final SettingsSchema settingsSchema;
    private final SecretSettings secrets;
    private final InstallationEvents events;
    private final AuditTrail audit;

    InstallationService(ExtensionRepository extensions, InstallationRepository installations,
                        SettingsSchema settingsSchema, SecretSettings secrets, InstallationEvents events,
                        AuditTrail audit) {
        this.extensions = extensions;
        this.installations = installations;
        this.settingsSchema = settingsSchema;
        this.secrets = secrets;
        this.events = events;
        this.audit = audit;
    }

    /**
     * Installs an extension for the partner.
     *
     * @param settings the partner-level settings; null counts as none ({@code {}})
     */
    @Transactional
    public Installation installExtension(String partnerId, String extensionKey, JsonNode settings) {
        Extension extension = extensions.findByIdOptional(extensionKey)
                .orElseThrow(() -> new UnknownExtension(extensionKey));
        ObjectNode partnerSettings = settingsObject(settings);
        settingsSchema.check(extension.partnerSettingsSchema(), partnerSettings);
        if (!extension.multipleInstallations() && installations.isInstalled(partnerId, extensionKey)) {
            throw new ExtensionAlreadyInstalled(extensionKey);
        }
        Installation installation = Installation.install(partnerId, extension, now());
        secrets.store(installation, partnerSettings, extension.partnerSettingsSchema());
        installations.persist(installation);
        try {
            installations.flush();
        } catch (PersistenceException e) {
            // Two concurrent installs both passed the check above; the unique index let one of them through.
            if (violates(e, ONE_PER_PARTNER_INDEX)) {
                throw new ExtensionAlreadyInstalled(extensionKey);
            }
            throw e;
        }
        events.created(installation, secrets.sealedForDelivery(installation));
        audit.record("extension.installed", null, subject(installation), Map.of("extensionKey", extensionKey,
                "configuredSecrets", installation.configuredSecrets()));
        return installation;
    }

    /**
     * Replaces the partner-level settings. A secret setting left out keeps its value, so that a form never has to
     * show (or the caller re-send) a password to change the port; a secret sent as null is removed. An update
     * that changes nothing publishes nothing.
     */
    @Transactional
    public Installation updateSettings(String partnerId, UUID installationId, JsonNode settings) {
        Installation installation = installations.findForUpdate(partnerId, installationId)
                .orElseThrow(() -> new InstallationNotFound(installationId));
        JsonNode schema = installation.extension().partnerSettingsSchema();
        ObjectNode current = secrets.reveal(installation);
        ObjectNode revised = settingsObject(settings).deepCopy();
        for (String secret : SettingsSchema.secretNames(schema)) {
            if (!revised.has(secret) && current.has(secret)) {
                revised.set(secret, current.get(secret));
            } else if (revised.path(secret).isNull()) {
                revised.remove(secret);
            }
        }
        settingsSchema.check(schema, revised);
        if (revised.equals(current)) {
            return installation;
        }
        secrets.store(installation, revised, schema);
        installation.touch(now());
        events.updated(installation, secrets.sealedForDelivery(installation));
        // The names of what changed, never the values: a password is among them.
        audit.record("installation.settings-changed", null, subject(installation),
                Map.of("changedSettings", changedNames(current, revised)));
        return installation;
    }

    /** @return one more than {@code limit} when there is a next page, so the caller can tell */
    public List<Installation> installations(String partnerId, KeysetCursor after, int limit) {
        return installations.pageForPartner(partnerId, after, limit + 1);
    }

    public Installation installation(String partnerId, UUID installationId) {
        return installations.findForPartner(partnerId, installationId)
                .orElseThrow(() -> new InstallationNotFound(installationId));
    }

    /** Removes the installation; the event tells integrations-service to stop every integration that used it. */
    @Transactional
    public void uninstallExtension(String partnerId, UUID installationId) {
        Installation installation = installations.findForUpdate(partnerId, installationId)
                .orElseThrow(() -> new InstallationNotFound(installationId));
        installations.delete(installation);
        events.deleted(installation, now());
        audit.record("extension.uninstalled", null, subject(installation),
                Map.of("extensionKey", installation.extension().key()));
    }

    private static String subject(Installation installation) {
        return "installations/" + installation.id();
    }

    private static List<String> changedNames(ObjectNode before, ObjectNode after) {
        Set<String> names = new TreeSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        return names.stream().filter(name -> !Objects.equals(before.get(name), after.get(name))).toList();
    }

    private static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && constraint.equals(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode settingsObject(JsonNode settings) {
        if (settings == null || settings.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!settings.isObject()) {
            throw new SettingsInvalid(List.of(new Violation("settings", "must be a JSON object")));
        }
        return (ObjectNode) settings;
    }

    /** PostgreSQL keeps microseconds; events and responses must show the instant that was stored. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
