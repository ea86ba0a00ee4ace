# One image for the three processes; docker-compose picks the entry point per service.
FROM node:26.12-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
# The image has its own Node.js: the pinned runtime package (node-linux-*, for machines whose Node is older) goes.
RUN npm run build:apps && npm prune --omit=dev && rm -rf node_modules/node-linux-* node_modules/.bin/node

FROM node:26.12-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY scripts ./scripts
USER node
# Overridden per service in docker-compose.yml.
CMD ["node", "--enable-source-maps", "dist/apps/bff/src/main.js"]
