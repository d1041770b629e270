#!/bin/sh
# The image's commands. serve (default): the server. migrate: apply migrations (and the demo
# data when HAKO_DEMO_DATA=1), then exit. jobs: one scheduler tick; `jobs --every N` ticks every
# N seconds until stopped. seed, backup, restore: as npm run db:seed / db:backup / db:restore.
set -e
cmd="${1:-serve}"
[ $# -gt 0 ] && shift
case "$cmd" in
  serve) exec node --max-old-space-size="${HAKO_HEAP_MB:-256}" --max-semi-space-size=8 /app/dist/server.js "$@" ;;
  migrate)
    node /app/dist/migrate.js
    if [ "$HAKO_DEMO_DATA" = "1" ]; then exec node /app/dist/seed.js --if-empty; fi ;;
  jobs)
    if [ "$1" = "--every" ]; then
      trap 'exit 0' TERM INT
      while :; do
        node /app/dist/jobs.js || echo "jobs: tick failed" >&2
        sleep "${2:-60}" & wait $!
      done
    fi
    exec node /app/dist/jobs.js ;;
  seed) exec node /app/dist/seed.js "$@" ;;
  backup) exec node /app/dist/backup.js "$@" ;;
  restore) exec node /app/dist/restore.js "$@" ;;
  *) exec "$@" ;;
esac
