# newsgraph — the two commands that matter:
#   make demo   start Neo4j if NEO4J_URI is not set, ingest the sample articles, serve the explorer
#   make test   unit and integration tests against a real Neo4j started for the run
SHELL := bash
.DEFAULT_GOAL := help
GO ?= go
BIN := bin/newsgraph
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
NPM ?= npm
FRONTEND := web/frontend
BUNDLE := web/ui/dist/app.js
# npm ci writes node_modules/.package-lock.json: it is older than the lock
# file only when the lock changed since, so npm ci runs only then (or when
# node_modules is missing).
NPM_STAMP := $(FRONTEND)/node_modules/.package-lock.json

.PHONY: help build frontend e2e demo test test-unit vet bench neo4j-start neo4j-stop neo4j-status clean

help: ## list targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

build: frontend ## bundle the explorer (npm ci when needed, esbuild), then build bin/newsgraph
	$(GO) build -trimpath -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/newsgraph

frontend: $(BUNDLE) ## bundle the explorer into web/ui/dist (embedded by go build)

$(NPM_STAMP): $(FRONTEND)/package-lock.json $(FRONTEND)/package.json
	cd $(FRONTEND) && $(NPM) ci --no-audit --no-fund
	@touch $@

$(BUNDLE): $(NPM_STAMP) $(wildcard $(FRONTEND)/src/*)
	cd $(FRONTEND) && $(NPM) run --silent build

demo: build ## Neo4j (local unless NEO4J_URI is set) + sample articles + explorer on :8080
	scripts/demo

e2e: ## the explorer's browser tests against a running server: NEWSGRAPH_URL=http://127.0.0.1:8080 make e2e
	node --test web/frontend/test/ web/e2e/

test: ## all tests; starts a throw-away Neo4j instance (ports 7688/7475) unless NEO4J_URI is set
	scripts/test

bench: ## every benchmark (extraction, ingest 10k/100k, queries on a 1M-node graph); ~30 min, see BENCHMARKS.md
	scripts/bench

test-unit: ## tests that need no database (graph tests skip)
	$(GO) test ./...

vet: ## gofmt and go vet
	@test -z "$$(gofmt -l cmd graph ingest web cypher)" || { gofmt -l cmd graph ingest web cypher; exit 1; }
	$(GO) vet ./...

neo4j-start: ## start the local development Neo4j (scripts/neo4j start)
	scripts/neo4j start

neo4j-stop: ## stop it
	scripts/neo4j stop

neo4j-status:
	scripts/neo4j status

clean: ## remove build outputs (not the Neo4j cache, not node_modules)
	rm -rf bin
	find web/ui/dist -type f ! -name .gitkeep -delete
