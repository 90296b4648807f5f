#!/usr/bin/env bash
# The test command of the README: installs what a fresh machine lacks (the software WebGPU driver, npm packages),
# then builds, type-checks and runs every test. `.ci/run` runs exactly this with CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."

# Folders made here, removed on exit.
made=()
trap 'rm -rf "${made[@]}"' EXIT

if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  XDG_RUNTIME_DIR="$(mktemp -d "${TMPDIR:-/tmp}/mdlc-xdg-runtime.XXXXXX")"
  export XDG_RUNTIME_DIR
  made+=("$XDG_RUNTIME_DIR")
fi

echo "test: system packages"
bash scripts/install-system-deps.sh

echo "test: npm dependencies"
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi

# webgpu's postinstall only clears a macOS quarantine flag, so npm skipping it is harmless; the prebuilt binary must be there.
dawn="node_modules/webgpu/dist/$(node -p 'process.platform + "-" + (process.platform === "darwin" ? "universal" : process.arch)')/dawn.node"
if [ ! -f "$dawn" ]; then echo "test: $dawn is missing after install" >&2; exit 1; fi

echo "test: the largest source files (no file over 400 lines; test/size.test.ts enforces it)"
find core grammar compiler runtime node -name '*.ts' -exec wc -l {} + | grep -v ' total$' | sort -rn | sed -n '1,8p'   # sed reads to the end: head would close the pipe early, a SIGPIPE under pipefail

echo "test: build, type-check and test"
# Tests run on Dawn's Vulkan backend, pinned so no test process spends time measuring which backend is faster (the
# backend-choice test unpins it in a child process of its own), and with a cache folder of their own, so no test
# reads choices a user's runs remembered or writes to ~/.cache.
export MDLC_WEBGPU_BACKEND=vulkan
# Mesa keeps its shader cache under XDG_CACHE_HOME too: it stays where it was, so compiled shaders outlive a run.
export MESA_SHADER_CACHE_DIR="${MESA_SHADER_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}}" # Mesa adds mesa_shader_cache_db
XDG_CACHE_HOME="$(mktemp -d "${TMPDIR:-/tmp}/mdlc-test-cache.XXXXXX")"
export XDG_CACHE_HOME
made+=("$XDG_CACHE_HOME")
npm test
