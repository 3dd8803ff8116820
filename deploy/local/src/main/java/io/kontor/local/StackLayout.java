package io.kontor.local;

import java.nio.file.Path;

/**
 * Where the local stack finds the repository's artefacts and keeps its state. Everything a run writes
 * lives under one data directory ({@code deploy/local/.data}, git-ignored), so {@code --fresh} is a
 * single delete.
 */
record StackLayout(Path root, Path dataDir) {

    static final String ROOT_PROPERTY = "kontor.root";

    /** The launcher scripts pass the repository root; resolving it from the working directory would break {@code cd}. */
    static StackLayout fromSystemProperty() {
        String root = System.getProperty(ROOT_PROPERTY);
        if (root == null || root.isBlank()) {
            throw new IllegalStateException(
                    "system property " + ROOT_PROPERTY + " is not set: start the stack with deploy/local/up");
        }
        Path rootPath = Path.of(root).toAbsolutePath().normalize();
        return new StackLayout(rootPath, rootPath.resolve("deploy/local/.data"));
    }

    Path postgresData() {
        return dataDir.resolve("postgres");
    }

    Path kafkaData() {
        return dataDir.resolve("kafka");
    }

    Path logsDir() {
        return dataDir.resolve("logs");
    }

    /** Generated config and pid files: rewritten on every start, never worth keeping. */
    Path runDir() {
        return dataDir.resolve("run");
    }

    Path logFile(String processName) {
        return logsDir().resolve(processName + ".log");
    }

    Path pidFile(String processName) {
        return runDir().resolve(processName + ".pid");
    }

    Path devPrivateKey() {
        return root.resolve("deploy/local/dev-keys/dev-private.pem");
    }

    Path devPublicKey() {
        return root.resolve("deploy/local/dev-keys/dev-public.pem");
    }

    /** The AES key (base64) that encrypts secret settings in the local stack. Dev only. */
    Path devSecretsKey() {
        return root.resolve("deploy/local/dev-keys/secrets.key");
    }

    /** The AES key (base64) that seals the secrets integrations-service sends the sync-worker. Dev only. */
    Path devDeliveryKey() {
        return root.resolve("deploy/local/dev-keys/delivery.key");
    }

    /** The HMAC key (base64) that signs documents-service download links in the local stack. Dev only. */
    Path devDownloadLinkSecret() {
        return root.resolve("deploy/local/dev-keys/download-links.secret");
    }

    Path serviceJar(ServiceSpec service) {
        return root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Shown to people: relative to the repository root, which is where they type commands. */
    String display(Path path) {
        return path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }
}
