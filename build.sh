#!/usr/bin/env bash
# Builds crossquote's static site (the page runs entirely in the browser).
#
#   ./build.sh [-prefix /PATH]          generate the site into _site/
#   ./build.sh serve [-prefix /PATH]    generate it and serve it on 127.0.0.1 (ADDR=host:port)
#   ./build.sh test [ARGS]              run every test (.ci/test)
#
# -prefix is the sub-path the site is served under: "" for the root of a
# host, /crossquote for a GitHub project page at https://USER.github.io/crossquote/.
#
# Outputs. _site/ holds the whole site (index.html, app.js, wasm_exec.js,
# app-worker.js, manifest.webmanifest, app.css, web/ with app.wasm, the
# engine's engine.wasm and engine-worker.js, icons and styles); it is
# gitignored. The top-level index.html is the committed entry page for
# the root prefix: the same HTML the generator writes into
# _site/index.html when -prefix is empty. It is generated deterministically
# (attributes sorted, no version or size in it, those live in app.js), so
# ./build.sh only rewrites it when the UI changed, and a clean checkout
# stays clean after a build. A test in wasm/ regenerates it and fails with
# "run ./build.sh" when the committed file is stale.
set -euo pipefail
cd "$(dirname "$0")"

mode=build
case "${1:-}" in
serve) mode=serve; shift ;;
test) shift; exec bash .ci/test "$@" ;;
esac

prefix=""
while [ $# -gt 0 ]; do
	case "$1" in
	-prefix|--prefix) prefix="${2:-}"; shift 2 ;;
	-prefix=*|--prefix=*) prefix="${1#*=}"; shift ;;
	*) echo "build.sh: unknown argument $1" >&2; exit 2 ;;
	esac
done

go run ./wasm build -o _site -prefix "$prefix" -entry index.html
for wasm in _site/web/app.wasm _site/web/engine.wasm; do
	echo "${wasm##*/}: $(wc -c <"$wasm") bytes, $(gzip -9c "$wasm" | wc -c) gzipped"
done

if [ "$mode" = serve ]; then
	exec go run ./wasm serve -addr "${ADDR:-127.0.0.1:8080}" -prefix "$prefix" _site
fi
