# Multi-stage build of the newsgraph app for docker-compose.yml.
# Stage 1 bundles the explorer (d3 from npm, esbuild); stage 2 builds a
# static binary that embeds the bundle; stage 3 is a small runtime with the
# sample articles, which the container ingests (idempotently) before serving.
FROM node:20-bookworm-slim AS frontend
WORKDIR /src/web/frontend
COPY web/frontend/package.json web/frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/frontend/ ./
RUN npm run build

FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
COPY --from=frontend /src/web/ui/dist/ web/ui/dist/
ARG VERSION=docker
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/newsgraph ./cmd/newsgraph

FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --home /app newsgraph && mkdir -p /app/articles
COPY --from=build /out/newsgraph /usr/local/bin/newsgraph
COPY testdata/articles /app/articles
USER newsgraph
WORKDIR /app
EXPOSE 8080
# Ingest is idempotent (unchanged articles are skipped), so running it on
# every start is the same as running it on the first start only.
CMD ["sh", "-c", "newsgraph ingest --wait 3m --quiet /app/articles && exec newsgraph serve --addr 0.0.0.0:8080"]
