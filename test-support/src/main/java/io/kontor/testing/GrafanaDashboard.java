package io.kontor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names the Grafana dashboard (deploy/k8s/base/grafana/kontor-dashboard.json) queries, so that each
 * service's tests can check them against what it really exposes: a renamed metric fails the build, not the dashboard.
 */
public final class GrafanaDashboard {

    /** From a service module's directory, where Surefire runs its tests. */
    public static final Path FILE = Path.of("..", "deploy", "k8s", "base", "grafana", "kontor-dashboard.json");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private GrafanaDashboard() {
    }

    /** Every metric name in every panel's PromQL expression. */
    public static Set<String> metricNames() {
        JsonNode dashboard;
        try {
            dashboard = new ObjectMapper().readTree(Files.readString(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> names = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                names.addAll(metricNamesIn(target.path("expr").asText()));
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException(FILE + " queries no metric at all");
        }
        return names;
    }

    /**
     * The metric names of one PromQL expression: what is left once label matchers, ranges, grouping clauses,
     * strings and numbers are gone, without the functions and aggregations (identifiers followed by a parenthesis).
     */
    static Set<String> metricNamesIn(String promql) {
        String bare = promql
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\"[^\"]*\"", " ")
                .replaceAll("\\b\\d+(\\.\\d+)?\\b", " ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String rest = bare.substring(identifier.end()).stripLeading();
            if (!rest.startsWith("(") && !Set.of("and", "or", "unless", "offset", "bool").contains(identifier.group())) {
                names.add(identifier.group());
            }
        }
        return names;
    }
}
