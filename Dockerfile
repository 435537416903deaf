# border-brief as users deploy bots: `docker build -t border-brief .`, then
# `docker run --init --env-file .env border-brief` (or `docker compose up -d` for the bot with Redis).
# The bot runs TypeScript through tsx, which is a runtime dependency, so the production install is enough.
FROM node:20-slim

ENV NODE_ENV=production
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY tsconfig.json ./
COPY src ./src
COPY commands ./commands
COPY knowledge ./knowledge
# /kb add stores the article in knowledge/sources/ and rewrites knowledge/kb.json.
RUN chown -R node:node /app/knowledge

USER node
# node itself is the process (no npm, no shell in between), so `docker stop`'s SIGTERM reaches the bot,
# which finishes the answers in flight and closes the gateway and the store. --v8-pool-size=0: see README.
STOPSIGNAL SIGTERM
# One process per gateway shard instead: run src/shard-manager.ts with the same flags (README, Sharding); it
# passes SIGTERM on to every shard.
CMD ["node", "--v8-pool-size=0", "--import", "tsx", "src/main.ts"]
