# syntax=docker/dockerfile:1
# Hako's container image: Next's standalone output and the bundled operations commands on
# Node 20. `docker run IMAGE` serves; `docker run IMAGE migrate` applies the migrations and exits;
# `docker run IMAGE jobs` runs one scheduler tick (`jobs --every 60` keeps ticking).
# Configuration only by environment (README, docs/operations.md).
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# better-sqlite3 compiles from source when no prebuilt binary can be fetched.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Install scripts stay off (Prisma's engines are not needed: the client runs on JS engines);
# only better-sqlite3's native build runs, against the headers that come with this Node.
RUN npm ci --ignore-scripts --no-audit --no-fund \
 && npm_config_nodedir=/usr/local npm rebuild better-sqlite3

FROM deps AS build
WORKDIR /app
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NODE_ENV=production
RUN node node_modules/tsx/dist/cli.mjs scripts/prisma-generate.ts \
 && node node_modules/next/dist/bin/next build \
 && node node_modules/tsx/dist/cli.mjs scripts/build-server.ts

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HAKO_HOST=0.0.0.0 \
    DATABASE_URL=file:/data/hako.db \
    UPLOAD_DIR=/data/uploads
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma/migrations ./prisma/migrations
COPY deploy/docker-entrypoint.sh /usr/local/bin/hako
RUN mkdir -p /data/uploads .next/cache && chown -R node:node /data .next/cache
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["hako"]
CMD ["serve"]
