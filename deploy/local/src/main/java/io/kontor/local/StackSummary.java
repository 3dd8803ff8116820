package io.kontor.local;

import java.time.Duration;
import java.util.Locale;

/** The text {@code deploy/local/up} prints once everything is ready: where things are, and a token to try them. */
final class StackSummary {

    private static final String NL = System.lineSeparator();

    private final StackLayout layout;
    private final StackOptions options;

    StackSummary(StackLayout layout, StackOptions options) {
        this.layout = layout;
        this.options = options;
    }

    /** For {@code --infra-only}: PostgreSQL and Kafka, nothing to log in to. */
    String renderInfrastructure(Duration took) {
        return header(took) + infrastructure() + NL + footer();
    }

    String render(Duration took, String token, DemoSeeder.Seeded seeded) {
        StringBuilder out = new StringBuilder(header(took));
        for (ServiceSpec service : ServiceSpec.ALL) {
            String url = "http://localhost:" + options.port(service);
            out.append(String.format(Locale.ROOT, "  %-21s %-23s Swagger UI %s/q/swagger-ui%n",
                    service.module(), url, url));
        }
        out.append(infrastructure()).append(NL)
                .append("Demo partner ").append(DemoSeeder.PARTNER)
                .append(": client ").append(seeded.clientId().orElse("(not seeded)"))
                .append(", ").append(DemoSeeder.WEBHOOK_EXTENSION).append(" installation ")
                .append(seeded.installationId().orElse("(not seeded)")).append(NL).append(NL)
                .append("Token for ").append(DemoSeeder.PARTNER).append(" (partner-admin, valid ")
                .append(LocalStack.DEMO_TOKEN_TTL.toHours()).append(" h):").append(NL).append(NL)
                .append("export TOKEN=").append(token).append(NL).append(NL)
                .append("curl -H \"Authorization: Bearer $TOKEN\" http://localhost:")
                .append(options.port(ServiceSpec.DOCUMENTS)).append("/api/v1/clients").append(NL).append(NL)
                .append("Other partners and roles: deploy/local/token --partner <id> --role <")
                .append(String.join("|", DevTokens.ROLES)).append("> [--role ...] [--user <id>] [--ttl 12h]")
                .append(NL)
                .append(footer());
        return out.toString();
    }

    private static String header(Duration took) {
        return String.format(Locale.ROOT, "%nKontor local stack is up (%.1f s).%n%n", took.toMillis() / 1000.0);
    }

    private String infrastructure() {
        return String.format(Locale.ROOT, "  %-21s jdbc:postgresql://localhost:%d/<database>  user %s, no password%n",
                "PostgreSQL", options.port(StackOptions.POSTGRES), LocalPostgres.USER)
                + String.format(Locale.ROOT, "  %-21s localhost:%d%n", "Kafka", options.port(StackOptions.KAFKA))
                + String.format(Locale.ROOT, "  %-21s %s/%n", "Logs", layout.display(layout.logsDir()));
    }

    private String footer() {
        return "Ctrl-C stops everything; the data stays in " + layout.display(layout.dataDir())
                + " (--fresh wipes it)." + NL;
    }
}
