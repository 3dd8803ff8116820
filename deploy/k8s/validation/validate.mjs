// Validates rendered Kubernetes manifests offline: every object against its schema, then Kontor's policies.
// Run through ../validate, which renders the kustomizations and installs this package first.
//
//   node validate.mjs [--prod] <label> <file> [[--prod] <label> <file>]...
//
// Each <file> is a multi-document YAML stream (kubectl kustomize's output); --prod applies the production rules to the
// target after it. Checks across targets (KEDA against the Kafka topics) run when all their objects are present.
// Prints one line per target and one per violation; exits 1 on any violation.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "..", "..", "..");

// Where a typed model of an apiVersion's kinds lives. Core Kubernetes kinds come from kubernetes-models; KEDA and
// CloudNativePG publish models generated from their CRDs. Strimzi has none on npm (@kubernetes-models/strimzi does not
// exist), so its kinds get the structural checks in STRIMZI_REQUIRED below instead of a full schema.
const MODEL_PACKAGES = {
  "keda.sh": "@kubernetes-models/keda",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
};

// The spec fields Strimzi's CRDs mark as required (KafkaNodePool, KafkaTopic) or that a KRaft cluster cannot run
// without (Kafka), and the label that binds a pool or topic to its cluster.
const STRIMZI_REQUIRED = {
  Kafka: { spec: ["kafka", "kafka.listeners"], clusterLabel: false },
  KafkaNodePool: { spec: ["replicas", "roles", "storage"], clusterLabel: true },
  KafkaTopic: { spec: ["partitions", "replicas"], clusterLabel: true },
};

// Which service must answer which public path: the services' @Path annotations, the audit trail of each service
// served by that service only. The Ingress named kontor-api is replayed against these as ingress-nginx matches.
const ROUTES = [
  ["/api/v1/clients", "documents-service"],
  ["/api/v1/clients/import", "documents-service"],
  ["/api/v1/clients/c1", "documents-service"],
  ["/api/v1/clients/c1/archive", "documents-service"],
  ["/api/v1/clients/c1/statement-gaps", "documents-service"],
  ["/api/v1/clients/c1/documents", "documents-service"],
  ["/api/v1/clients/c1/documents/d1", "documents-service"],
  ["/api/v1/clients/c1/documents/d1/content", "documents-service"],
  ["/api/v1/clients/c1/documents/d1/revisions", "documents-service"],
  ["/api/v1/clients/c1/documents/d1/download-link", "documents-service"],
  ["/api/v1/clients/c1/documents/d1/statements/2", "documents-service"],
  ["/api/v1/downloads/t0ken", "documents-service"],
  ["/api/v1/audit/documents", "documents-service"],
  ["/api/v1/audit/documents/verification", "documents-service"],
  ["/api/v1/clients/c1/integrations", "integrations-service"],
  ["/api/v1/clients/c1/integrations/i1", "integrations-service"],
  ["/api/v1/clients/c1/integrations/i1/activate", "integrations-service"],
  ["/api/v1/clients/c1/integrations/i1/deactivate", "integrations-service"],
  ["/api/v1/clients/c1/integrations/i1/rotate-secret", "integrations-service"],
  ["/api/v1/installations/n1/integrations", "integrations-service"],
  ["/api/v1/audit/integrations", "integrations-service"],
  ["/api/v1/audit/integrations/verification", "integrations-service"],
  ["/api/v1/extensions", "store-service"],
  ["/api/v1/extensions/generic-webhook", "store-service"],
  ["/api/v1/installations", "store-service"],
  ["/api/v1/installations/n1", "store-service"],
  ["/api/v1/audit/store", "store-service"],
  ["/api/v1/audit/store/verification", "store-service"],
  ["/api/v1/clients/c1/documents/d1/deliveries", "sync-worker"],
  ["/api/v1/integrations/i1/deliveries", "sync-worker"],
  ["/api/v1/integrations/i1/retry-failed", "sync-worker"],
  ["/api/v1/integrations/i1/backfill", "sync-worker"],
  ["/api/v1/deliveries/x1", "sync-worker"],
  ["/api/v1/deliveries/x1/retry", "sync-worker"],
  ["/api/v1/audit/deliveries", "sync-worker"],
  ["/api/v1/audit/deliveries/verification", "sync-worker"],
];
// Inside the cluster only: an Ingress that routes one of these exposes health, metrics or OpenAPI to the world.
const UNROUTED = ["/q/health/ready", "/q/metrics", "/q/openapi", "/api/v1/unknown"];

const violations = [];

function fail(target, object, rule, message) {
  violations.push({ target, line: `FAIL ${target}: ${object ? describe(object) + " " : ""}[${rule}] ${message}` });
}

function describe(object) {
  return `${object?.kind ?? "?"}/${object?.metadata?.name ?? "?"}`;
}

function parseTargets(argv) {
  const targets = [];
  let prod = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--prod") {
      prod = true;
      continue;
    }
    if (i + 1 >= argv.length) {
      console.error("usage: node validate.mjs [--prod] <label> <file> [[--prod] <label> <file>]...");
      process.exit(2);
    }
    targets.push({ label: argv[i], file: argv[i + 1], prod });
    prod = false;
    i++;
  }
  if (targets.length === 0) {
    console.error("usage: node validate.mjs [--prod] <label> <file> [[--prod] <label> <file>]...");
    process.exit(2);
  }
  return targets;
}

function readObjects(target) {
  const documents = parseAllDocuments(readFileSync(target.file, "utf8"));
  const objects = [];
  for (const document of documents) {
    if (document.errors.length > 0) {
      fail(target.label, null, "yaml", document.errors.map((e) => e.message).join("; "));
      continue;
    }
    const object = document.toJS();
    if (object !== null && object !== undefined) {
      objects.push(object);
    }
  }
  return objects;
}

async function modelOf(apiVersion, kind) {
  const slash = apiVersion.indexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  const pkg = MODEL_PACKAGES[group] ?? "kubernetes-models";
  const subpath = group === "" ? `${version}/${kind}` : `${group}/${version}/${kind}`;
  const file = join(here, "node_modules", pkg, `${subpath}.js`);
  // Model files also exist for embedded types (ObjectMeta, PodSpec): only a kind with an apiVersion is an object.
  if (!/^[A-Z]/.test(kind) || !existsSync(file)) {
    return null;
  }
  const module = await import(pathToFileURL(file).href);
  const model = module[kind];
  return typeof model === "function" && model.apiVersion === apiVersion && model.kind === kind ? model : null;
}

function get(object, path) {
  return path.split(".").reduce((value, key) => (value === undefined || value === null ? undefined : value[key]), object);
}

async function checkSchema(target, object) {
  if (typeof object !== "object" || Array.isArray(object)) {
    fail(target.label, null, "schema", "a document is not a Kubernetes object");
    return false;
  }
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    fail(target.label, object, "schema", "has no apiVersion or kind");
    return false;
  }
  if (typeof object.metadata?.name !== "string" || object.metadata.name === "") {
    fail(target.label, object, "schema", "has no metadata.name");
    return false;
  }
  if (apiVersion.startsWith("kafka.strimzi.io/")) {
    return checkStrimzi(target, object);
  }
  const Model = await modelOf(apiVersion, kind);
  if (Model === null) {
    fail(target.label, object, "unknown-kind",
      `${apiVersion} ${kind} is neither a Kubernetes kind nor one of the CRDs Kontor uses (KEDA, CloudNativePG, Strimzi)`);
    return false;
  }
  try {
    new Model(object).validate();
    return true;
  } catch (e) {
    const errors = Array.isArray(e.errors) && e.errors.length > 0
      ? e.errors.map((err) => `${err.instancePath || "/"} ${err.message}`)
      : [e.message];
    fail(target.label, object, "schema", [...new Set(errors)].join("; "));
    return false;
  }
}

function checkStrimzi(target, object) {
  const rules = STRIMZI_REQUIRED[object.kind];
  if (!object.apiVersion.match(/^kafka\.strimzi\.io\/(v1|v1beta2)$/) || rules === undefined) {
    fail(target.label, object, "unknown-kind",
      `${object.apiVersion} ${object.kind} is not one of the Strimzi kinds Kontor uses (${Object.keys(STRIMZI_REQUIRED).join(", ")})`);
    return false;
  }
  let ok = true;
  for (const field of rules.spec) {
    if (get(object.spec, field) === undefined) {
      fail(target.label, object, "schema", `spec.${field} is required`);
      ok = false;
    }
  }
  if (rules.clusterLabel && !object.metadata.labels?.["strimzi.io/cluster"]) {
    fail(target.label, object, "schema", "needs the label strimzi.io/cluster naming its Kafka cluster");
    ok = false;
  }
  for (const field of ["replicas", "partitions"]) {
    const value = object.spec?.[field];
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      fail(target.label, object, "schema", `spec.${field} must be a positive integer, not ${JSON.stringify(value)}`);
      ok = false;
    }
  }
  return ok;
}

function imageProblem(image) {
  if (typeof image !== "string" || image === "") {
    return "has no image";
  }
  if (image.includes("@sha256:")) {
    return null;
  }
  const lastSegment = image.slice(image.lastIndexOf("/") + 1);
  const colon = lastSegment.lastIndexOf(":");
  if (colon < 0) {
    return `image "${image}" has no tag; pin a version (kustomize images: newTag)`;
  }
  if (lastSegment.slice(colon + 1) === "latest") {
    return `image "${image}" uses the tag latest; pin a version (kustomize images: newTag)`;
  }
  return null;
}

// The sync-worker finishes attempts in flight for kontor.sync.delivery.shutdown-grace after SIGTERM (after its
// shutdown delay): read from DeliveryConfig itself, so the two cannot drift apart.
function deliveryShutdownGraceSeconds() {
  const source = join(repoRoot, "sync-worker/src/main/java/io/kontor/sync/config/DeliveryConfig.java");
  const match = readFileSync(source, "utf8").match(/@WithDefault\("([^"]+)"\)\s*Duration\s+shutdownGrace\(\)/);
  if (!match) {
    throw new Error(`no @WithDefault of shutdownGrace() in ${source}`);
  }
  return isoSeconds(match[1]);
}

function isoSeconds(duration) {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/i.exec(duration);
  if (!match) {
    throw new Error(`cannot read the duration ${duration}`);
  }
  return (Number(match[1] ?? 0) * 3600) + (Number(match[2] ?? 0) * 60) + Number(match[3] ?? 0);
}

// Before it stops, each service keeps serving with readiness down for quarkus.shutdown.delay, so that no request
// lands on a pod whose endpoint is still listed: read from the service's application.properties.
function shutdownDelaySeconds(service) {
  const source = join(repoRoot, service, "src/main/resources/application.properties");
  const match = readFileSync(source, "utf8").match(/^quarkus\.shutdown\.delay=(\S+)$/m);
  return match ? isoSeconds(match[1].startsWith("PT") ? match[1] : `PT${match[1]}`) : 0;
}

function configValue(objects, deployment, name) {
  const container = deployment.spec.template.spec.containers[0];
  const direct = (container.env ?? []).find((e) => e.name === name && e.value !== undefined);
  if (direct) {
    return direct.value;
  }
  for (const source of container.envFrom ?? []) {
    const configMap = objects.find((o) => o.kind === "ConfigMap" && o.metadata.name === source.configMapRef?.name);
    if (configMap?.data?.[name] !== undefined) {
      return configMap.data[name];
    }
  }
  return undefined;
}

function checkDeployment(target, objects, deployment) {
  const pod = deployment.spec?.template?.spec ?? {};
  const podSecurity = pod.securityContext ?? {};
  for (const container of pod.containers ?? []) {
    const where = `container "${container.name}":`;
    const missingProbes = ["livenessProbe", "readinessProbe", "startupProbe"].filter((p) => !container[p]);
    if (missingProbes.length > 0) {
      fail(target.label, deployment, "probes", `${where} no ${missingProbes.join(", ")}; probe /q/health/live, /ready, /started`);
    }
    const missingResources = ["requests.cpu", "requests.memory", "limits.cpu", "limits.memory"]
      .filter((r) => get(container.resources ?? {}, r) === undefined);
    if (missingResources.length > 0) {
      fail(target.label, deployment, "resources", `${where} no resources.${missingResources.join(", resources.")}`);
    }
    const security = container.securityContext ?? {};
    const runAsNonRoot = security.runAsNonRoot ?? podSecurity.runAsNonRoot;
    const runAsUser = security.runAsUser ?? podSecurity.runAsUser;
    if (runAsNonRoot !== true || !(Number.isInteger(runAsUser) && runAsUser > 0)) {
      fail(target.label, deployment, "non-root",
        `${where} needs runAsNonRoot: true and a non-zero runAsUser (the image's uid 185), has runAsNonRoot ${runAsNonRoot} and runAsUser ${runAsUser}`);
    }
    const hardening = [];
    if (security.allowPrivilegeEscalation !== false) hardening.push("allowPrivilegeEscalation: false");
    if (security.readOnlyRootFilesystem !== true) hardening.push("readOnlyRootFilesystem: true");
    if (!(security.capabilities?.drop ?? []).includes("ALL")) hardening.push("capabilities.drop: [ALL]");
    if ((security.seccompProfile ?? podSecurity.seccompProfile)?.type !== "RuntimeDefault") hardening.push("seccompProfile RuntimeDefault");
    if (hardening.length > 0) {
      fail(target.label, deployment, "hardening", `${where} needs ${hardening.join(", ")}`);
    }
    const image = imageProblem(container.image);
    if (image) {
      fail(target.label, deployment, "image-tag", `${where} ${image}`);
    }
  }
  if (deployment.metadata.labels?.["app.kubernetes.io/name"] === "sync-worker") {
    const configured = configValue(objects, deployment, "KONTOR_SYNC_DELIVERY_SHUTDOWN_GRACE");
    const grace = configured === undefined ? deliveryShutdownGraceSeconds() : isoSeconds(configured);
    const delay = shutdownDelaySeconds("sync-worker");
    const termination = pod.terminationGracePeriodSeconds ?? 30;
    if (!(termination > grace + delay)) {
      fail(target.label, deployment, "shutdown-grace",
        `terminationGracePeriodSeconds ${termination} must exceed quarkus.shutdown.delay (${delay} s) plus kontor.sync.delivery.shutdown-grace (${grace} s), or attempts in flight are killed`);
    }
  }
  if (target.prod && deployment.metadata.labels?.["app.kubernetes.io/component"] === "api") {
    const replicas = deployment.spec?.replicas ?? 1;
    if (replicas < 2) {
      fail(target.label, deployment, "prod-replicas", `an API service runs ${replicas} replica(s) in production; needs at least 2`);
    }
  }
}

function checkAutoscalers(target, objects) {
  const scaledByKeda = new Set(objects.filter((o) => o.kind === "ScaledObject").map((o) => o.spec?.scaleTargetRef?.name));
  for (const hpa of objects.filter((o) => o.kind === "HorizontalPodAutoscaler")) {
    const name = hpa.spec?.scaleTargetRef?.name;
    if (scaledByKeda.has(name)) {
      fail(target.label, hpa, "autoscaler-conflict", `scales Deployment ${name}, which a KEDA ScaledObject scales too; remove the HPA`);
    }
    const deployment = objects.find((o) => o.kind === "Deployment" && o.metadata.name === name);
    if (target.prod && deployment?.metadata.labels?.["app.kubernetes.io/component"] === "api" && !(hpa.spec?.minReplicas >= 2)) {
      fail(target.label, hpa, "prod-replicas", `minReplicas ${hpa.spec?.minReplicas ?? 1} lets an API service shrink below 2 replicas in production`);
    }
  }
  for (const scaled of objects.filter((o) => o.kind === "ScaledObject")) {
    const deployment = objects.find((o) => o.kind === "Deployment" && o.metadata.name === scaled.spec?.scaleTargetRef?.name);
    if (!deployment) {
      fail(target.label, scaled, "references", `scales Deployment ${scaled.spec?.scaleTargetRef?.name}, which is not in this overlay`);
      continue;
    }
    for (const trigger of (scaled.spec?.triggers ?? []).filter((t) => t.type === "kafka")) {
      const group = configValue(objects, deployment, "KONTOR_INBOX_GROUP_ID") ?? deployment.metadata.name;
      if (trigger.metadata?.consumerGroup !== group) {
        fail(target.label, scaled, "keda-group",
          `measures consumer group ${trigger.metadata?.consumerGroup}, but ${deployment.metadata.name} consumes as ${group} (KONTOR_INBOX_GROUP_ID)`);
      }
    }
  }
}

function checkReferences(target, objects) {
  const has = (kind, name) => objects.some((o) => o.kind === kind && o.metadata.name === name);
  for (const deployment of objects.filter((o) => o.kind === "Deployment")) {
    const pod = deployment.spec?.template?.spec ?? {};
    if (pod.serviceAccountName && !has("ServiceAccount", pod.serviceAccountName)) {
      fail(target.label, deployment, "references", `uses ServiceAccount ${pod.serviceAccountName}, which is not rendered`);
    }
    for (const container of pod.containers ?? []) {
      for (const source of container.envFrom ?? []) {
        const name = source.configMapRef?.name;
        if (name && source.configMapRef.optional !== true && !has("ConfigMap", name)) {
          fail(target.label, deployment, "references", `reads ConfigMap ${name}, which is not rendered`);
        }
      }
    }
  }
  for (const service of objects.filter((o) => o.kind === "Service")) {
    const selector = service.spec?.selector ?? {};
    const matches = objects.some((o) => o.kind === "Deployment"
      && Object.entries(selector).every(([k, v]) => o.spec?.template?.metadata?.labels?.[k] === v));
    if (!matches) {
      fail(target.label, service, "references", `selects no pod of any Deployment (${JSON.stringify(selector)})`);
    }
  }
}

// ingress-nginx with use-regex: an Exact path is `location =`, which wins outright; every other path is a
// case-insensitive regex anchored at the start, tried longest first (its documented order), first match wins.
// Without use-regex, Prefix matches whole path segments and Exact the whole path, longest first.
function route(ingress, path) {
  const regex = ingress.metadata.annotations?.["nginx.ingress.kubernetes.io/use-regex"] === "true";
  const rules = (ingress.spec?.rules ?? []).flatMap((r) => r.http?.paths ?? []);
  const exact = rules.find((r) => r.pathType === "Exact" && r.path === path);
  if (exact) {
    return exact.backend?.service?.name;
  }
  const candidates = rules.filter((r) => r.pathType !== "Exact").sort((a, b) => b.path.length - a.path.length);
  for (const rule of candidates) {
    const matches = regex
      ? new RegExp(`^${rule.path}`, "i").test(path)
      : rule.pathType === "Prefix" && (path === rule.path || path.startsWith(rule.path.replace(/\/$/, "") + "/"));
    if (matches) {
      return rule.backend?.service?.name;
    }
  }
  return undefined;
}

function checkIngress(target, ingress) {
  if (ingress.metadata.name !== "kontor-api") {
    return;
  }
  for (const [path, expected] of ROUTES) {
    const actual = route(ingress, path);
    if (actual !== expected) {
      fail(target.label, ingress, "routing", `${path} goes to ${actual ?? "nothing"}, but ${expected} serves it`);
    }
  }
  for (const path of UNROUTED) {
    const actual = route(ingress, path);
    if (actual !== undefined) {
      fail(target.label, ingress, "routing", `${path} goes to ${actual}; only /api/v1 paths of the services are public`);
    }
  }
}

// Checks that need objects of two targets: KEDA's cap against the topic's partitions (overlays/prod against infra).
function checkAcrossTargets(all) {
  const notes = [];
  const topics = all.filter(({ object }) => object.kind === "KafkaTopic");
  for (const { target, object } of all.filter(({ object }) => object.kind === "ScaledObject")) {
    for (const trigger of (object.spec?.triggers ?? []).filter((t) => t.type === "kafka")) {
      const name = trigger.metadata?.topic;
      const topic = topics.find(({ object: t }) => (t.spec?.topicName ?? t.metadata.name) === name);
      if (!topic) {
        if (topics.length > 0) {
          fail(target.label, object, "keda-partitions", `scales on topic ${name}, which no KafkaTopic creates`);
        }
        continue;
      }
      const partitions = topic.object.spec.partitions;
      const max = object.spec?.maxReplicaCount;
      if (!(Number.isInteger(max) && max <= partitions)) {
        fail(target.label, object, "keda-partitions",
          `maxReplicaCount ${max} exceeds the ${partitions} partitions of ${name} (${topic.target.label}); the replicas beyond would idle`);
      } else {
        notes.push(`${target.label}: ScaledObject/${object.metadata.name} maxReplicaCount ${max} <= ${partitions} partitions of ${name} (${topic.target.label})`);
      }
    }
  }
  return notes;
}

const targets = parseTargets(process.argv.slice(2));
const everything = [];
const counted = [];
for (const target of targets) {
  const objects = readObjects(target);
  const valid = [];
  for (const object of objects) {
    if (await checkSchema(target, object)) {
      valid.push(object);
    }
  }
  for (const object of valid) {
    if (object.kind === "Deployment") checkDeployment(target, valid, object);
    if (object.kind === "Ingress") checkIngress(target, object);
  }
  checkAutoscalers(target, valid);
  checkReferences(target, valid);
  everything.push(...valid.map((object) => ({ target, object })));

  counted.push({ target, objects });
}
const notes = checkAcrossTargets(everything);

for (const { target, objects } of counted) {
  const counts = {};
  for (const object of objects) {
    counts[object.kind] = (counts[object.kind] ?? 0) + 1;
  }
  const kinds = Object.keys(counts).sort().map((k) => `${k} ${counts[k]}`).join(", ");
  const failed = violations.filter((v) => v.target === target.label).length;
  console.log(`${failed === 0 ? "OK  " : "FAIL"} ${target.label}${target.prod ? " (production rules)" : ""}: ${objects.length} objects (${kinds})${failed === 0 ? "" : `, ${failed} violation(s)`}`);
}
for (const line of notes) console.log(`OK   ${line}`);
for (const { line } of violations) console.log(line);
process.exit(violations.length === 0 ? 0 : 1);
