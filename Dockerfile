# The bot as a container: compiled once, run with production dependencies only, as the unprivileged
# `node` user. It needs MONGODB_URI (the embedded database is for development and is not in the image).
#
#   docker build -t csp-escalation-bot .
#   docker run -p 3978:3978 -e MONGODB_URI=mongodb+srv://... -e BOT_ID=... csp-escalation-bot

# 1. Compile TypeScript with every dependency.
FROM node:20.19-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY adaptiveCards ./adaptiveCards
COPY src ./src
RUN npm run build

# 2. Production dependencies only; no install scripts (none is needed to run).
FROM node:20.19-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# 3. What runs: root-owned, read-only to the bot's user.
FROM node:20.19-bookworm-slim
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0
WORKDIR /app
COPY package.json ./
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/dist/adaptiveCards ./dist/adaptiveCards
# The image's `node` user, by id so that runtimes enforcing non-root can check it.
USER 1000:1000
EXPOSE 3978
# Liveness only (/healthz): the orchestrator's readiness probe should use /readyz (the database).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The heap limit as `npm start` sets it (npm run infra:check holds them equal; see README, Memory).
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=32", "dist/src/index.js"]
