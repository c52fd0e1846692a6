# newsgraph — the two commands that matter:
#   make demo   start Neo4j if NEO4J_URI is not set, ingest the sample articles, serve the explorer
#   make test   unit and integration tests against a real Neo4j started for the run
SHELL := bash
.DEFAULT_GOAL := help
GO ?= go
BIN := bin/newsgraph
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)

.PHONY: help build demo test test-unit vet neo4j-start neo4j-stop neo4j-status clean

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

build: ## build bin/newsgraph
	$(GO) build -trimpath -ldflags "-X main.version=$(VERSION)" -o $(BIN) ./cmd/newsgraph

demo: build ## Neo4j (local unless NEO4J_URI is set) + sample articles + explorer on :8080
	scripts/demo

test: ## all tests; starts a throw-away Neo4j instance (ports 7688/7475) unless NEO4J_URI is set
	scripts/test

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

clean: ## remove build outputs (not the Neo4j cache)
	rm -rf bin
