package io.kontor.local;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code deploy/local/token}: prints a token the local stack accepts, and nothing else on stdout, so
 * {@code TOKEN=$(deploy/local/token ...)} works.
 */
public final class TokenCommand {

    static final String USAGE = """
            Usage: deploy/local/token --partner <id> --role <role> [--role <role> ...] [--user <id>] [--ttl <duration>]

            Prints a JWT (RS256, dev key pair, issuer %s) that the local stack accepts.
              --partner  the tenant: claim partner_id (the seeded one is %s)
              --role     partner-admin, accountant or client-manager; repeat for several
              --user     the subject (default: dev-user)
              --ttl      how long it is valid: 90s, 30m, 12h, 7d or ISO-8601 like PT12H (default: 12h)
            """.formatted(DevTokens.ISSUER, DemoSeeder.PARTNER);

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)([smhd])");

    record Request(String partnerId, Set<String> roles, String subject, Duration ttl) {
    }

    private TokenCommand() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        Request request;
        try {
            request = parse(List.of(args));
        } catch (UsageException e) {
            System.err.println("deploy/local/token: " + e.getMessage());
            System.err.println();
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        for (String role : request.roles()) {
            if (!DevTokens.ROLES.contains(role)) {
                // Minted anyway: a token with a role the services do not know is how one tests a 403.
                System.err.println("deploy/local/token: warning: " + role + " is not a Kontor role ("
                        + String.join(", ", DevTokens.ROLES) + ")");
            }
        }
        DevTokens tokens = new DevTokens(StackLayout.fromSystemProperty().devPrivateKey());
        System.out.println(tokens.mint(request.partnerId(), request.subject(), request.roles(), request.ttl()));
    }

    static Request parse(List<String> args) throws UsageException {
        String partner = null;
        String subject = "dev-user";
        Duration ttl = Duration.ofHours(12);
        Set<String> roles = new LinkedHashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException(option.startsWith("--") ? option + " needs a value" : "unexpected " + option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--partner" -> partner = value;
                case "--role" -> roles.add(value);
                case "--user" -> subject = value;
                case "--ttl" -> ttl = parseTtl(value);
                default -> throw new UsageException("unknown option: " + option);
            }
        }
        if (partner == null || partner.isBlank()) {
            throw new UsageException("--partner is required");
        }
        if (roles.isEmpty()) {
            throw new UsageException("at least one --role is required");
        }
        return new Request(partner, Set.copyOf(roles), subject, ttl);
    }

    static Duration parseTtl(String value) throws UsageException {
        Matcher shortForm = SHORT_DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        Duration ttl;
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            ttl = switch (shortForm.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        } else {
            try {
                ttl = Duration.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new UsageException("--ttl " + value + " is not a duration (try 30m, 12h, 7d or PT12H)");
            }
        }
        if (ttl.isZero() || ttl.isNegative()) {
            throw new UsageException("--ttl must be positive");
        }
        return ttl;
    }
}
