package io.kontor.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The drills as Markdown: how they ran, then per drill the load, the fault and the audit's verdict. */
final class DrillReport {

    record Row(FaultDrill drill, ArrivalLoad.Result uploads, Duration faultLasted, DeliveryAudit.Verdict verdict,
               Duration drain) {
    }

    private final boolean smoke;
    private final DrillsBenchmark.Load load;
    private final Map<String, String> stackSettings;
    private final List<Row> rows = new ArrayList<>();

    DrillReport(boolean smoke, DrillsBenchmark.Load load, Map<String, String> stackSettings) {
        this.smoke = smoke;
        this.load = load;
        this.stackSettings = stackSettings;
    }

    void add(Row row) {
        rows.add(row);
    }

    boolean passed() {
        return rows.stream().allMatch(row -> row.verdict().passed());
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(Machine.heading(smoke ? "Fault drills (CI smoke)" : "Fault drills"));
        out.append(String.format(Locale.ROOT, "- Each drill: a fresh fleet of %d firms with %d clients each, every client"
                        + " with two active `generic-webhook` integrations pointing at a receiver in the bench (a JDK HTTP"
                        + " server on loopback) and one document uploaded before its integrations existed. Uploads of a"
                        + " unique 10 KB PDF at %.0f/s spread over the clients; the fault %d s after the load starts; the"
                        + " load stops %d s after the fault is over.%n",
                load.firms(), load.clientsPerFirm(), load.perSecond(), load.before().toSeconds(), load.after().toSeconds()));
        out.append("- The stack: `deploy/local/up --fresh`, with the sync-worker's timings shortened so a drill ends in"
                + " minutes: ").append(stackSettings.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(setting -> "`" + setting.getKey() + "=" + setting.getValue() + "`")
                        .collect(Collectors.joining(", "))).append(".\n");
        out.append("- The audit reads each client's documents from documents-service and each integration's activation"
                + " periods from integrations-service, and compares them with what the receiver answered 2xx to. A pair"
                + " is owed when the document was stored inside one of the integration's activation periods. It passes"
                + " when no owed pair is missing, no document from before an integration's first activation arrived,"
                + " all copies of a pair carried one `webhook-id`, and nothing arrived for a pair it does not know."
                + " Duplicates (copies after the first) are counted, not failed: delivery is at least once.\n");
        out.append("- Time to drain: from the load's end to the last copy the receiver accepted, once the sync-worker"
                + " has nothing queued or retrying.\n\n");
        out.append("| drill | fault | fault lasted | uploads stored | uploads refused | owed pairs | delivered | missing"
                + " | pre-activation | duplicates | several ids | outside periods | time to drain | audit |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            DeliveryAudit.Verdict verdict = row.verdict();
            out.append(String.format(Locale.ROOT,
                    "| %s | %s | %.0f s | %,d | %s | %,d | %,d | %d | %d | %,d | %d | %d | %.1f s | %s |%n",
                    row.drill().name(), row.drill().fault(), row.faultLasted().toMillis() / 1000.0,
                    row.uploads().succeeded(), ErrorCounts.describe(row.uploads().errors()), verdict.owedPairs(), verdict.deliveredPairs(),
                    verdict.missingPairs(), verdict.preActivationDeliveries(), verdict.duplicates(),
                    verdict.pairsWithSeveralWebhookIds(), verdict.deliveriesOutsidePeriods(),
                    Math.max(0, row.drain().toMillis()) / 1000.0, verdict.passed() ? "passed" : "**FAILED**"));
        }
        int documents = rows.stream().mapToInt(row -> row.verdict().documents()).sum();
        int pairs = rows.stream().mapToInt(row -> row.verdict().owedPairs()).sum();
        long duplicates = rows.stream().mapToLong(row -> row.verdict().duplicates()).sum();
        out.append(String.format(Locale.ROOT, "%nIn all: %,d documents (uploads and the pre-activation ones), %,d owed"
                + " pairs, %,d duplicates; %s.%n", documents, pairs, duplicates,
                passed() ? "every audit passed" : "**an audit failed**"));
        return out.toString();
    }
}
