package io.kontor.documents.service;

import io.kontor.documents.Client;
import io.kontor.documents.VatNumber;
import io.kontor.documents.config.DocumentsConfig;
import io.kontor.documents.messaging.ClientEvents;
import io.kontor.documents.repository.ClientRepository;
import io.kontor.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bulk import of a firm's client list from CSV (issue 3): all rows or none. Every row is held to the rules of
 * {@code POST /clients}; on top, a VAT number may appear once in the file and must not belong to an active client
 * of the partner already, so that importing the same file twice cannot double the directory.
 */
@ApplicationScoped
public class ClientImportService {

    private static final Logger LOG = Logger.getLogger(ClientImportService.class);

    private final ClientRepository clients;
    private final ClientEvents events;
    private final ClientDetailsRules rules;
    private final DocumentsConfig config;

    ClientImportService(ClientRepository clients, ClientEvents events, ClientDetailsRules rules,
                        DocumentsConfig config) {
        this.clients = clients;
        this.events = events;
        this.rules = rules;
        this.config = config;
    }

    /**
     * Creates one client per row, each announced by {@code kontor.client.created.v1}, in one transaction.
     *
     * @param dryRun check every row, create nothing
     * @throws ClientImportRejected with every invalid row, when there is one; nothing is created then
     */
    @Transactional
    public ClientImport importClients(String partnerId, byte[] csv, Charset charset, boolean dryRun) {
        long started = System.nanoTime();
        List<ClientCsvRow> rows = new ClientCsvParser(config.clients().importMaxRows()).parse(csv, charset);
        if (!dryRun) {
            // Taken before the directory is checked, so that the check still holds when the rows are inserted.
            clients.lockForImport(partnerId);
        }
        List<ImportRowErrors> invalid = check(partnerId, rows);
        if (!invalid.isEmpty()) {
            throw new ClientImportRejected(rows.size(), invalid);
        }
        if (dryRun) {
            return new ClientImport(true, rows.stream()
                    .map(row -> new ImportedClient(row.row(), null, row.toDetails().name()))
                    .toList());
        }
        List<ImportedClient> imported = insert(partnerId, rows);
        LOG.infof("Import of %d clients for partner %s written in %d ms; committing", imported.size(), partnerId,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new ClientImport(false, imported);
    }

    private List<ImportedClient> insert(String partnerId, List<ClientCsvRow> rows) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Client> created = rows.stream().map(row -> Client.register(partnerId, row.toDetails(), now)).toList();
        clients.insertAll(created);
        created.forEach(events::created);
        List<ImportedClient> imported = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            imported.add(new ImportedClient(rows.get(i).row(), created.get(i).id(), created.get(i).name()));
        }
        return imported;
    }

    /** @return the invalid rows in file order, each with every error it has */
    private List<ImportRowErrors> check(String partnerId, List<ClientCsvRow> rows) {
        Map<Integer, List<Violation>> errors = new LinkedHashMap<>();
        Map<String, Integer> firstRowByVat = new HashMap<>();
        Map<Integer, String> vatByRow = new HashMap<>();
        for (ClientCsvRow row : rows) {
            List<Violation> found = new ArrayList<>(row.layoutErrors());
            found.addAll(rules.violations(row));
            // A row with another invalid field still takes part in the VAT checks: the person fixing the file
            // should learn of a duplicate in the same round, not in the next one.
            if (VatNumber.isValid(row.vatNumber())) {
                String vat = VatNumber.normalize(row.vatNumber());
                vatByRow.put(row.row(), vat);
                Integer first = firstRowByVat.putIfAbsent(vat, row.row());
                if (first != null) {
                    found.add(new Violation("vatNumber", "VAT number " + vat + " is already on row " + first
                            + " of this file"));
                }
            }
            errors.put(row.row(), found);
        }
        Map<String, UUID> existing = clients.activeClientIdsByVatNumber(partnerId, firstRowByVat.keySet());
        vatByRow.forEach((row, vat) -> {
            UUID clientId = existing.get(vat);
            if (clientId != null) {
                errors.get(row).add(new Violation("vatNumber", "VAT number " + vat + " already belongs to client "
                        + clientId + " in your directory"));
            }
        });
        return errors.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new ImportRowErrors(entry.getKey(), entry.getValue()))
                .toList();
    }
}
