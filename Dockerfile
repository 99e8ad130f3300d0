# GCM Tracker server image. Build: docker build -t gcm-tracker .
# Run on the embedded database (kept in the volume /data):
#   docker run -d --name gcm-tracker -p 3000:3000 -v gcm-data:/data gcm-tracker
# The command line uses the built code, and reaches the running server over its command channel:
#   docker exec -it gcm-tracker npm run cli -- create-user --email you@un.org --name "You" --role SECRETARIAT
FROM node:20-bookworm-slim AS build
WORKDIR /app
# argon2's install script compiles it from source where its prebuilt binary does not load.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# The web app is an npm workspace: its package.json is part of the one install.
COPY web/package.json ./web/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY scripts ./scripts
# The web app (web/): `npm run build` builds it too, typed against schema.gql.
COPY schema.gql ./
COPY web ./web
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 EMBEDDED_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
# `npm run cli` and the migration scripts check the build first; without sources they use it as it is.
COPY --from=build /app/scripts/build-if-changed.mjs ./scripts/
COPY reference ./reference
RUN mkdir -p /data && chown node:node /data
# The embedded database lives here: a volume, so it outlives the container.
VOLUME /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "dist/src/main.js"]
