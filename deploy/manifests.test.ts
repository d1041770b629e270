// The deployment files agree with the image and the code: every kustomize overlay renders
// (`kubectl kustomize`), every rendered object is valid against the Kubernetes API schemas
// (kubernetes-models), and the image, probes, ports, commands and variables match the Dockerfile,
// its entrypoint, lib/env.ts and the README. compose.yaml is held to the same.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, parseAllDocuments } from "yaml";
import { ENV_NAMES } from "../lib/env";

type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; [k: string]: unknown };
type Container = { name: string; image: string; args?: string[]; ports?: { name: string; containerPort: number }[]; env?: { name: string; value?: string }[]; envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[]; livenessProbe?: Probe; readinessProbe?: Probe; startupProbe?: Probe; resources?: { requests?: object; limits?: object } };
type Probe = { httpGet: { path: string; port: string | number } };
type PodSpec = { containers: Container[]; initContainers?: Container[]; securityContext?: { runAsNonRoot?: boolean; runAsUser?: number } };

const overlaysDir = path.join("deploy", "kubernetes", "overlays");
const overlays = readdirSync(overlaysDir);
const dockerfile = readFileSync("Dockerfile", "utf8");
const entrypoint = readFileSync(path.join("deploy", "docker-entrypoint.sh"), "utf8");
const readme = readFileSync("README.md", "utf8");

// Variables the server reads outside lib/env.ts's schema (set by the image or read at start).
const SERVER_VARIABLES = ["PORT", "HAKO_HOST", "HAKO_PG_POOL_SIZE", "HAKO_DEMO_DATA"];

function render(overlay: string): K8sObject[] {
  const out = execFileSync("kubectl", ["kustomize", path.join(overlaysDir, overlay)], { encoding: "utf8" });
  return parseAllDocuments(out).map((d) => d.toJSON() as K8sObject);
}

async function validate(o: K8sObject) {
  const [group, version] = o.apiVersion.includes("/") ? o.apiVersion.split("/") : ["", o.apiVersion];
  const modulePath = `kubernetes-models/${group ? `${group}/` : ""}${version}/${o.kind}`;
  const { [o.kind]: Model } = (await import(/* @vite-ignore */ modulePath)) as Record<string, new (data: unknown) => { validate(): void }>;
  new Model!(o).validate();
}

function podSpec(o: K8sObject): PodSpec | undefined {
  const spec = o.spec as Record<string, unknown> | undefined;
  if (o.kind === "Deployment" || o.kind === "Job") return (spec!.template as { spec: PodSpec }).spec;
  if (o.kind === "CronJob") return ((spec!.jobTemplate as { spec: { template: { spec: PodSpec } } }).spec.template.spec);
  return undefined;
}

const exposed = Number(/^EXPOSE (\d+)/m.exec(dockerfile)?.[1]);
const healthPath = /HEALTHCHECK[\s\S]*?(\/healthz)/.exec(dockerfile)?.[1];
const imageCommands = [...entrypoint.matchAll(/^\s+([a-z]+)\)/gm)].map((m) => m[1]);

describe("the Dockerfile", () => {
  it("builds on the official Node 20 base, runs as a non-root user and checks /healthz", () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(exposed).toBe(3000);
    expect(healthPath).toBe("/healthz");
    expect(dockerfile).toMatch(/npm ci /);
    expect(imageCommands).toEqual(expect.arrayContaining(["serve", "migrate", "jobs"]));
  });
});

describe.each(overlays)("the %s overlay", (overlay) => {
  const objects = render(overlay);

  it("renders objects that are valid against the Kubernetes API schemas", async () => {
    expect(objects.length).toBeGreaterThan(5);
    for (const o of objects) await expect(validate(o), `${o.kind}/${o.metadata.name}`).resolves.toBeUndefined();
  });

  it("has a Deployment with probes, resources, a PodDisruptionBudget, a Service and an Ingress that fit together", () => {
    const kinds = objects.map((o) => o.kind);
    for (const kind of ["Deployment", "PodDisruptionBudget", "Service", "Ingress", "ConfigMap", "Secret"]) expect(kinds).toContain(kind);
    const deployment = objects.find((o) => o.kind === "Deployment")!;
    const pod = podSpec(deployment)!;
    const web = pod.containers.find((c) => c.name === "hako")!;
    expect(pod.securityContext?.runAsNonRoot).toBe(true);
    expect(pod.securityContext?.runAsUser).toBe(1000);
    const http = web.ports!.find((p) => p.name === "http")!;
    expect(http.containerPort).toBe(exposed);
    expect(web.env?.find((e) => e.name === "PORT")?.value).toBe(String(exposed));
    expect(web.livenessProbe!.httpGet).toEqual({ path: healthPath, port: "http" });
    expect(web.startupProbe!.httpGet.path).toBe("/healthz");
    expect(web.readinessProbe!.httpGet).toEqual({ path: "/readyz", port: "http" });
    expect(web.resources?.requests).toBeTruthy();
    expect(web.resources?.limits).toBeTruthy();
    const config = objects.find((o) => o.kind === "ConfigMap") as K8sObject & { data: Record<string, string> };
    const metricsPort = web.ports!.find((p) => p.name === "metrics")!.containerPort;
    expect(config.data.HAKO_METRICS_PORT).toBe(String(metricsPort));
    const labels = (deployment.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels;
    for (const kind of ["Service", "PodDisruptionBudget"]) {
      const o = objects.find((x) => x.kind === kind)!;
      const selector = (o.spec as { selector: Record<string, unknown> }).selector;
      expect(kind === "Service" ? selector : selector.matchLabels).toEqual(labels);
    }
    const ingress = objects.find((o) => o.kind === "Ingress")! as K8sObject & { spec: { rules: { http: { paths: { backend: { service: { name: string; port: { name: string } } } }[] } }[] } };
    expect(ingress.spec.rules[0]!.http.paths[0]!.backend.service).toEqual({ name: "hako", port: { name: "http" } });
  });

  it("runs only the image's own commands, with variables lib/env.ts and the README know", () => {
    const config = objects.find((o) => o.kind === "ConfigMap") as K8sObject & { data: Record<string, string> };
    const secret = objects.find((o) => o.kind === "Secret") as K8sObject & { stringData: Record<string, string> };
    const names = new Set([...Object.keys(config.data), ...Object.keys(secret.stringData)]);
    for (const o of objects) {
      const pod = podSpec(o);
      if (!pod) continue;
      for (const c of [...pod.containers, ...(pod.initContainers ?? [])]) {
        expect(c.image, `${o.kind}/${c.name}`).toMatch(/^ghcr\.io\/hako-events\/hako:/);
        expect(imageCommands).toContain(c.args?.[0]);
        for (const e of c.env ?? []) names.add(e.name);
        for (const from of c.envFrom ?? []) {
          const ref = from.configMapRef?.name ?? from.secretRef?.name;
          expect(objects.some((x) => x.metadata.name === ref && (x.kind === "ConfigMap" || x.kind === "Secret")), `${ref} exists`).toBe(true);
        }
      }
    }
    for (const name of names) {
      expect([...ENV_NAMES, ...SERVER_VARIABLES], name).toContain(name);
      expect(readme, `${name} in the README`).toContain(`\`${name}\``);
    }
  });

  it("keeps the in-process scheduler and the jobs CronJob apart", () => {
    const config = objects.find((o) => o.kind === "ConfigMap") as K8sObject & { data: Record<string, string> };
    const cron = objects.find((o) => o.kind === "CronJob");
    if (config.data.HAKO_SCHEDULER === "off") expect(podSpec(cron!)!.containers[0]!.args).toEqual(["jobs"]);
    else expect(cron).toBeUndefined();
  });
});

describe("compose.yaml", () => {
  const compose = parse(readFileSync("compose.yaml", "utf8")) as { services: Record<string, { image?: string; build?: unknown; command?: string[] | string; deploy?: { replicas?: number }; environment?: Record<string, string>; healthcheck?: unknown; depends_on?: Record<string, { condition: string }> }> };
  const s = compose.services;

  it("runs PostgreSQL, a one-shot migration, two or more app replicas behind a proxy, the jobs runner and an S3 store", () => {
    for (const name of ["postgres", "migrate", "app", "proxy", "jobs", "s3"]) expect(Object.keys(s)).toContain(name);
    expect(s.migrate!.command).toEqual(["migrate"]);
    expect(s.app!.deploy!.replicas).toBeGreaterThanOrEqual(2);
    expect(s.app!.depends_on!.migrate!.condition).toBe("service_completed_successfully");
    expect(s.jobs!.command).toEqual(["jobs", "--every", "60"]);
    expect(s.app!.environment!.HAKO_SCHEDULER).toBe("off");
    expect(s.app!.environment!.S3_BUCKET).toBeTruthy();
  });

  it("uses only variables lib/env.ts and the README know", () => {
    for (const name of ["app", "migrate", "jobs"]) {
      for (const v of Object.keys(s[name]!.environment ?? {})) {
        expect([...ENV_NAMES, ...SERVER_VARIABLES], `${name}: ${v}`).toContain(v);
        expect(readme, `${v} in the README`).toContain(`\`${v}\``);
      }
    }
  });
});
